import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Select } from './Select';

const options = [
  { value: 'fi', label: 'Finland' },
  { value: 'se', label: 'Sweden' },
  { value: 'no', label: 'Norway', disabled: true },
];

describe('Select', () => {
  beforeEach(() => resetDevMessages());

  it('renders a labelled native select with a placeholder option selected first', () => {
    render(<Select label="Country" options={options} placeholder="Choose a country" required />);
    const select = screen.getByRole('combobox', { name: 'Country (required)' });
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Choose a country' })).toHaveAttribute('value', '');
    expect(screen.getByRole('option', { name: 'Norway' })).toBeDisabled();
    expect(select).toBeRequired();
    expect(select).toBeInvalid();
  });

  it('accepts option elements as children', () => {
    render(
      <Select label="Size" defaultValue="m">
        <option value="s">Small</option>
        <option value="m">Medium</option>
      </Select>,
    );
    expect(screen.getByRole('combobox')).toHaveValue('m');
  });

  it('works uncontrolled', async () => {
    const user = userEvent.setup();
    render(<Select label="Country" options={options} />);
    await user.selectOptions(screen.getByRole('combobox'), 'se');
    expect(screen.getByRole('combobox')).toHaveValue('se');
  });

  it('works controlled, and is reached with Tab', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [country, setCountry] = useState('fi');
      return (
        <>
          <Select label="Country" options={options} value={country} onChange={(e) => setCountry(e.target.value)} />
          <p data-testid="chosen">{country}</p>
        </>
      );
    }
    render(<Controlled />);
    await user.tab();
    expect(screen.getByRole('combobox')).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox'), 'se');
    expect(screen.getByTestId('chosen')).toHaveTextContent('se');
  });

  it('links hint and error and marks the select invalid', () => {
    render(<Select id="c" label="Country" hint="Where you live" error="Choose a country" options={options} />);
    const select = screen.getByRole('combobox');
    expect(select).toHaveAttribute('aria-describedby', 'c-hint c-error');
    expect(select).toHaveAttribute('aria-invalid', 'true');
  });

  it('speaks Finnish', () => {
    render(
      <PolkuProvider locale="fi">
        <Select label="Maa" error="Valitse maa" options={options} required />
      </PolkuProvider>,
    );
    expect(screen.getByRole('combobox', { name: 'Maa (pakollinen)' })).toHaveAccessibleDescription('Virhe: Valitse maa');
  });

  it('forwards the ref and passes attributes through', () => {
    const ref = createRef<HTMLSelectElement>();
    const { container } = render(<Select ref={ref} label="X" options={options} className="c" name="country" width="s" />);
    expect(ref.current).toBe(screen.getByRole('combobox'));
    expect(ref.current).toHaveAttribute('name', 'country');
    expect(container.firstElementChild).toHaveClass('c');
    expect(ref.current!).toHaveAttribute('data-width', 's');
  });

  it('reports a missing label in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: label is required
      render(<Select options={options} />);
      expect(console.errors().join('\n')).toMatch(/Select: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(<Select label="Country" hint="Hint" error="Error" options={options} placeholder="Choose" />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Select label="Country" options={options} placeholder="Choose" />);
    expect(html).toMatch(/<option value=""[^>]*>Choose<\/option>/);
  });
});
