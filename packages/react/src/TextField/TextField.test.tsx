import { createRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { TextField } from './TextField';

function liveRegion(container: HTMLElement) {
  return container.querySelector('[aria-live="polite"]')!;
}

describe('TextField', () => {
  beforeEach(() => resetDevMessages());
  afterEach(() => vi.useRealTimers());

  it('is a labelled input with the required state written in text and set natively', () => {
    render(<TextField label="Email" type="email" required />);
    const input = screen.getByRole('textbox', { name: 'Email (required)' });
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('links hint, then error, then counter with aria-describedby, and marks the input invalid', () => {
    render(<TextField id="name" label="Name" hint="As in your passport" error="Enter your name" characterLimit={20} />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAttribute('aria-describedby', 'name-hint name-error name-counter');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('As in your passport Error: Enter your name 20 characters left');
    expect(document.getElementById('name-error')!.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('decides aria-invalid, aria-required and required itself, over what the caller passed', () => {
    // the field's wiring leaves undefined keys off the input's props, yet still overrides a caller's stale value
    render(<TextField label="Name" id="n" aria-invalid="true" aria-required="true" data-width="s" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-required');
    expect(input).not.toHaveAttribute('data-width');
    expect(input).not.toBeRequired();
    expect(input.closest('div')!.querySelector('label')!.childNodes).toHaveLength(1);
  });

  it("keeps the caller's own aria-describedby after its own ids", () => {
    render(<TextField label="Name" hint="Hint" aria-describedby="extra" id="n" />);
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-describedby', 'n-hint extra');
  });

  it('works uncontrolled with defaultValue', async () => {
    const user = userEvent.setup();
    render(<TextField label="City" defaultValue="Tur" />);
    const input = screen.getByRole('textbox', { name: 'City' });
    await user.type(input, 'ku');
    expect(input).toHaveValue('Turku');
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <>
          <TextField
            label="City"
            value={value}
            characterLimit={10}
            onChange={(event) => {
              onChange(event.target.value);
              setValue(event.target.value.toUpperCase());
            }}
          />
          <output>{value}</output>
        </>
      );
    }
    render(<Controlled />);
    await user.type(screen.getByRole('textbox'), 'oulu');
    expect(screen.getByRole('textbox')).toHaveValue('OULU');
    expect(screen.getByRole('status')).toHaveTextContent('OULU');
    expect(onChange).toHaveBeenLastCalledWith('OULu');
    expect(screen.getByText('6 characters left')).toBeInTheDocument();
  });

  it('is reached with Tab in document order', async () => {
    const user = userEvent.setup();
    render(
      <>
        <TextField label="First" />
        <TextField label="Second" type="tel" />
      </>,
    );
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'First' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Second' })).toHaveFocus();
  });

  it('counts characters left and over the limit, and announces politely only after typing pauses', () => {
    vi.useFakeTimers();
    const { container } = render(<TextField label="Title" characterLimit={5} />);
    const input = screen.getByRole('textbox');
    expect(screen.getByText('5 characters left')).toBeInTheDocument();
    expect(liveRegion(container)).toHaveTextContent('');
    fireEvent.change(input, { target: { value: 'abcd' } });
    act(() => vi.advanceTimersByTime(300));
    fireEvent.change(input, { target: { value: 'abcdef' } });
    expect(screen.getByText('1 character too many')).toHaveAttribute('data-over');
    act(() => vi.advanceTimersByTime(500));
    expect(liveRegion(container)).toHaveTextContent('');
    act(() => vi.advanceTimersByTime(600));
    expect(liveRegion(container)).toHaveTextContent('1 character too many');
  });

  it('uses Finnish plural forms for the counter and Finnish required and error texts', () => {
    const { rerender } = render(
      <PolkuProvider locale="fi">
        <TextField label="Otsikko" characterLimit={4} defaultValue="abc" required error="Kirjoita otsikko" />
      </PolkuProvider>,
    );
    expect(screen.getByText('1 merkki jäljellä')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Otsikko (pakollinen)' })).toHaveAccessibleDescription(
      'Virhe: Kirjoita otsikko 1 merkki jäljellä',
    );
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'a' } });
    expect(screen.getByText('3 merkkiä jäljellä')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'abcde' } });
    expect(screen.getByText('1 merkki liikaa')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'abcdefg' } });
    expect(screen.getByText('3 merkkiä liikaa')).toBeInTheDocument();
    rerender(
      <PolkuProvider locale="sv">
        <TextField key="sv" label="Rubrik" characterLimit={4} defaultValue="abc" />
      </PolkuProvider>,
    );
    expect(screen.getByText('1 tecken kvar')).toBeInTheDocument();
  });

  it('hides prefix and suffix from assistive technology', () => {
    render(<TextField label="Price in euros" prefix="€" suffix="/ month" type="number" width="s" />);
    expect(screen.getByText('€')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('/ month')).toHaveAttribute('aria-hidden', 'true');
    const input = screen.getByRole('spinbutton', { name: 'Price in euros' });
    // the framed box around input and affixes carries the width, not the input inside it
    expect(input).not.toHaveAttribute('data-width');
    expect(input.parentElement).toHaveAttribute('data-width', 's');
  });

  it('forwards the ref to the input, className and style to the wrapper, other attributes to the input', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <TextField ref={ref} label="Name" className="mine" style={{ marginTop: 3 }} data-testid="i" name="n" width="m" />,
    );
    const input = screen.getByTestId('i');
    expect(ref.current).toBe(input);
    expect(input).toHaveAttribute('name', 'n');
    expect(container.firstElementChild).toHaveClass('mine');
    expect(container.firstElementChild).toHaveStyle({ marginTop: '3px' });
    expect(input).toHaveAttribute('data-width', 'm');
  });

  it('falls back and warns on an unknown type or width, and reports a missing label', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown type and width
      render(<TextField label="X" type="password" width="huge" />);
      expect(screen.getByRole('textbox')).toHaveAttribute('type', 'text');
      expect(console.warnings().join('\n')).toMatch(/TextField: unknown type "password"/);
      expect(console.warnings().join('\n')).toMatch(/TextField: unknown width "huge"/);
      // @ts-expect-error: label is required
      render(<TextField />);
      expect(console.errors().join('\n')).toMatch(/TextField: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any state', async () => {
    render(
      <div>
        <TextField label="Plain" />
        <TextField label="Hinted" hint="Hint" required />
        <TextField label="Invalid" error="Wrong" characterLimit={10} defaultValue="abc" />
        <TextField label="Amount" prefix="€" suffix="EUR" type="number" />
        <TextField label="Search" type="search" disabled />
      </div>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(
      <TextField label="Email" hint="We never share it" error="Enter an email" characterLimit={50} />,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('50 characters left');
    expect(css).toContain('var(--polku-color-border-strong)');
  });
});
