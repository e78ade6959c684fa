import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { DateInput } from './DateInput';

describe('DateInput', () => {
  beforeEach(() => resetDevMessages());

  it('is a labelled text field with the format as its hint, and gives an ISO value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateInput label="Start date" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Start date' });
    expect(input).toHaveAccessibleDescription('Format: dd/mm/yyyy');
    await user.type(input, '1/2/2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-02-01', { text: '1/2/2027', error: null });
    await user.tab();
    expect(input).toHaveValue('01/02/2027');
  });

  it('speaks Finnish and Swedish and writes d.M.yyyy in both', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <PolkuProvider locale="fi">
        <DateInput label="Alkaa" />
      </PolkuProvider>,
    );
    const input = screen.getByRole('textbox', { name: 'Alkaa' });
    expect(input).toHaveAccessibleDescription('Muodossa p.k.vvvv');
    await user.type(input, '31.2.2027');
    await user.tab();
    expect(input).toHaveAccessibleDescription(
      'Muodossa p.k.vvvv Virhe: Päivämäärää 31.2.2027 ei ole kalenterissa. Tarkista päivä ja kuukausi.',
    );
    unmount();
    render(
      <PolkuProvider locale="sv">
        <DateInput label="Börjar" defaultValue="2027-02-01" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('textbox', { name: 'Börjar' })).toHaveAccessibleDescription('I formatet d.M.åååå');
    expect(screen.getByRole('textbox', { name: 'Börjar' })).toHaveValue('1.2.2027');
  });

  it('keeps text that is not a date and explains it once the field is left, never resetting it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateInput label="Due date" defaultValue="2027-02-01" onChange={onChange} />);
    const input = screen.getByRole('textbox');
    await user.clear(input);
    await user.type(input, '1/2/27');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(onChange).toHaveBeenLastCalledWith(null, {
      text: '1/2/27',
      error: 'Write the year with four digits, for example 24/03/2027',
    });
    await user.tab();
    expect(input).toHaveValue('1/2/27');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Write the year with four digits, for example 24/03/2027')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'tomorrow{Enter}');
    expect(input).toHaveAccessibleDescription(
      'Format: dd/mm/yyyy Error: Enter the date in the format dd/mm/yyyy, for example 24/03/2027',
    );
  });

  it('explains dates outside min and max, and unavailable dates with their reason', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <DateInput
        label="Appointment"
        min="2027-02-01"
        max="2027-02-28"
        isDateUnavailable={(iso) => (iso === '2027-02-14' ? 'The branch is closed' : false)}
        onChange={onChange}
      />,
    );
    const input = screen.getByRole('textbox');
    await user.type(input, '31/01/2027{Enter}');
    expect(screen.getByText('Choose a date from 01/02/2027 to 28/02/2027')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(null, expect.objectContaining({ text: '31/01/2027' }));
    await user.clear(input);
    await user.type(input, '14/02/2027{Enter}');
    expect(screen.getByText('14/02/2027 cannot be chosen: The branch is closed')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '28/02/2027{Enter}');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(onChange).toHaveBeenLastCalledWith('2027-02-28', { text: '28/02/2027', error: null });
  });

  it('uses the format of dateLocale (en-US M/d/yyyy)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<DateInput label="Start" dateLocale="en-US" onChange={onChange} />);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Format: m/d/yyyy');
    await user.type(screen.getByRole('textbox'), '2/29/2028');
    expect(onChange).toHaveBeenLastCalledWith('2028-02-29', expect.anything());
  });

  it('works controlled: a new value rewrites the text, typing keeps it', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string | null>('2027-02-01');
      return (
        <>
          <DateInput label="Date" value={value} onChange={(next) => setValue(next)} />
          <output>{value ?? 'empty'}</output>
          <button type="button" onClick={() => setValue('2027-12-24')}>
            Christmas Eve
          </button>
        </>
      );
    }
    render(<Controlled />);
    const input = screen.getByRole('textbox');
    expect(input).toHaveValue('01/02/2027');
    await user.clear(input);
    await user.type(input, '31/02/2027');
    expect(screen.getByRole('status')).toHaveTextContent('empty');
    expect(input).toHaveValue('31/02/2027');
    await user.click(screen.getByRole('button', { name: 'Christmas Eve' }));
    expect(input).toHaveValue('24/12/2027');
  });

  it('submits the ISO value under name through a hidden input', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <form>
        <DateInput label="Date" name="start" defaultValue="2027-02-01" />
      </form>,
    );
    const form = container.querySelector('form')!;
    expect(new FormData(form).get('start')).toBe('2027-02-01');
    await user.clear(screen.getByRole('textbox'));
    await user.type(screen.getByRole('textbox'), '29/02/2027');
    expect(new FormData(form).get('start')).toBe('');
    expect(screen.getByRole('textbox')).not.toHaveAttribute('name');
  });

  it('forwards the ref to the input, className to the wrapper, other attributes to the input', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<DateInput ref={ref} label="Date" className="mine" data-testid="d" disabled />);
    expect(ref.current).toBe(screen.getByTestId('d'));
    expect(ref.current).toBeDisabled();
    expect(container.firstElementChild).toHaveClass('mine');
  });

  it('warns in development about a value that is not an ISO date and a min after max, naming the prop', () => {
    const console = captureConsole();
    try {
      render(<DateInput label="Date" defaultValue="1.2.2027" min="2027-03-01" max="2027-02-01" />);
      const warnings = console.warnings().join('\n');
      expect(warnings).toMatch(/DateInput: prop `defaultValue` must be an ISO date YYYY-MM-DD .*\(got "1\.2\.2027"\)/);
      expect(warnings).toMatch(/DateInput: prop `min` \(2027-03-01\) is after `max` \(2027-02-01\)/);
      render(<DateInput label="Other" value="2027-02-30" onChange={() => {}} />);
      expect(console.warnings().join('\n')).toMatch(/prop `value` must be an ISO date .*\(got "2027-02-30"\)/);
      // @ts-expect-error: label is required
      render(<DateInput />);
      expect(console.errors().join('\n')).toMatch(/DateInput: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any state', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <DateInput label="Empty" />
        <DateInput label="Filled" defaultValue="2027-02-01" hint="The first day of the loan" />
        <DateInput label="Invalid" defaultValue="" />
        <DateInput label="Disabled" disabled defaultValue="2027-02-01" />
        <DateInput label="Required" required />
      </div>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Invalid' }), '45/2/2027{Enter}');
    expect(screen.getByRole('textbox', { name: 'Invalid' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(
      <DateInput label="Start date" defaultValue="2027-02-01" name="start" />,
    );
    expect(html).toContain('value="01/02/2027"');
    expect(html).toContain('value="2027-02-01"');
    expect(css).toContain('var(--polku-color-border-strong)');
  });
});
