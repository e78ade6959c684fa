import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { NumberField } from './NumberField';

const fi = (node: React.ReactNode) => <PolkuProvider locale="fi">{node}</PolkuProvider>;

describe('NumberField', () => {
  beforeEach(() => resetDevMessages());

  it('reads Finnish input with a decimal comma and space grouping, and shows it in the Finnish format on blur', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(fi(<NumberField label="Lainasumma" onChange={onChange} maximumFractionDigits={2} />));
    const input = screen.getByRole('spinbutton', { name: 'Lainasumma' });
    await user.type(input, '12 500,5');
    expect(onChange).toHaveBeenLastCalledWith(12500.5);
    await user.tab();
    expect(input).toHaveValue('12\u00a0500,5');
    expect(input).toHaveAttribute('aria-valuenow', '12500.5');
  });

  it('formats currency and percent with Intl and reads them back', async () => {
    const user = userEvent.setup();
    const onRate = vi.fn();
    render(
      fi(
        <>
          <NumberField label="Hinta" format="currency" currency="EUR" defaultValue={1234.5} />
          <NumberField label="Korko" format="percent" maximumFractionDigits={2} onChange={onRate} />
        </>,
      ),
    );
    expect(screen.getByRole('spinbutton', { name: 'Hinta' })).toHaveValue('1\u00a0234,50\u00a0€');
    await user.type(screen.getByRole('spinbutton', { name: 'Korko' }), '3,25');
    expect(onRate).toHaveBeenLastCalledWith(0.0325);
    await user.tab();
    expect(screen.getByRole('spinbutton', { name: 'Korko' })).toHaveValue('3,25\u00a0%');
  });

  it('steps with Arrow keys and Page Up/Down, jumps with Home/End, and stays within min and max', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberField label="Months" defaultValue={12} min={1} max={48} step={1} onChange={onChange} />);
    const input = screen.getByRole('spinbutton', { name: 'Months' });
    await user.click(input);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveValue('14');
    await user.keyboard('{PageUp}');
    expect(input).toHaveValue('24');
    await user.keyboard('{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith(23);
    await user.keyboard('{End}');
    expect(input).toHaveValue('48');
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveValue('48');
    await user.keyboard('{Home}{PageDown}');
    expect(input).toHaveValue('1');
    expect(input).toHaveAttribute('aria-valuemin', '1');
    expect(input).toHaveAttribute('aria-valuemax', '48');
  });

  it('never changes the value on scroll: a text input, which browsers do not step on the wheel', () => {
    render(<NumberField label="Amount" defaultValue={5} />);
    const input = screen.getByRole('spinbutton');
    expect(input).toHaveAttribute('type', 'text');
    input.focus();
    fireEvent.wheel(input, { deltaY: -100 });
    fireEvent.wheel(input, { deltaY: 100 });
    expect(input).toHaveValue('5');
  });

  it('keeps unreadable text and says what to type instead of resetting it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(fi(<NumberField label="Summa" onChange={onChange} />));
    const input = screen.getByRole('spinbutton', { name: 'Summa' });
    await user.type(input, '12,3,4');
    await user.tab();
    expect(input).toHaveValue('12,3,4');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Virhe: Anna luku, esimerkiksi 1\u00a0234,5');
    await user.clear(input);
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('reports a value outside min and max instead of changing it silently', async () => {
    const user = userEvent.setup();
    render(
      <>
        <NumberField label="Both" min={1} max={10} />
        <NumberField label="Low" min={100} />
        <NumberField label="High" max={5} />
      </>,
    );
    await user.type(screen.getByRole('spinbutton', { name: 'Both' }), '11{Enter}');
    expect(screen.getByRole('spinbutton', { name: 'Both' })).toHaveAccessibleDescription('Error: Enter a number from 1 to 10');
    expect(screen.getByRole('spinbutton', { name: 'Both' })).toHaveValue('11');
    await user.type(screen.getByRole('spinbutton', { name: 'Low' }), '99');
    await user.type(screen.getByRole('spinbutton', { name: 'High' }), '6');
    await user.tab();
    expect(screen.getByRole('spinbutton', { name: 'Low' })).toHaveAccessibleDescription('Error: Enter a number of at least 100');
    expect(screen.getByRole('spinbutton', { name: 'High' })).toHaveAccessibleDescription('Error: Enter a number of at most 5');
  });

  it("shows the caller's error in place of its own", async () => {
    const user = userEvent.setup();
    render(<NumberField label="Amount" error="Amount is over your limit" max={5} />);
    await user.type(screen.getByRole('spinbutton'), '9');
    await user.tab();
    expect(screen.getByRole('spinbutton')).toHaveAccessibleDescription('Error: Amount is over your limit');
  });

  it('works controlled, and a new value from outside replaces the text', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<number | null>(3);
      return (
        <>
          <NumberField label="Count" value={value} onChange={setValue} />
          <button type="button" onClick={() => setValue(42)}>
            Set 42
          </button>
          <output>{String(value)}</output>
        </>
      );
    }
    render(<Controlled />);
    const input = screen.getByRole('spinbutton');
    await user.clear(input);
    await user.type(input, '7');
    expect(screen.getByRole('status')).toHaveTextContent('7');
    await user.click(screen.getByRole('button', { name: 'Set 42' }));
    expect(input).toHaveValue('42');
  });

  it('has − and + buttons for pointers, out of the Tab order, disabled at the limits', async () => {
    const user = userEvent.setup();
    render(<NumberField label="Travellers" steppers defaultValue={1} min={1} max={3} />);
    const input = screen.getByRole('spinbutton');
    const decrease = screen.getByRole('button', { name: 'Decrease' });
    const increase = screen.getByRole('button', { name: 'Increase' });
    expect(decrease).toBeDisabled();
    expect(decrease).toHaveAttribute('tabindex', '-1');
    await user.click(increase);
    await user.click(increase);
    expect(input).toHaveValue('3');
    expect(increase).toBeDisabled();
    await user.tab();
    expect(document.activeElement).not.toBe(decrease);
  });

  it('submits the plain number under `name` in a native form', () => {
    const { container } = render(
      fi(
        <form>
          <NumberField label="Summa" name="amount" defaultValue={1234.5} />
        </form>,
      ),
    );
    const form = container.querySelector('form')!;
    expect(new FormData(form).get('amount')).toBe('1234.5');
    expect(screen.getByRole('spinbutton')).not.toHaveAttribute('name');
  });

  it('speaks Swedish', async () => {
    const user = userEvent.setup();
    render(
      <PolkuProvider locale="sv">
        <NumberField label="Belopp" steppers min={0} max={10} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('button', { name: 'Öka' })).toBeInTheDocument();
    await user.type(screen.getByRole('spinbutton'), '11');
    await user.tab();
    expect(screen.getByRole('spinbutton')).toHaveAccessibleDescription('Fel: Ange ett tal mellan 0 och 10');
  });

  it('forwards the ref to the input and className to the wrapper', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<NumberField ref={ref} label="N" className="mine" data-testid="n" width="s" />);
    expect(ref.current).toBe(screen.getByTestId('n'));
    expect(container.firstElementChild).toHaveClass('mine');
    expect(screen.getByTestId('n')).toHaveAttribute('data-width', 's');
  });

  it('warns in development on a bad format, a currency without code, and min above max', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: unknown format
      render(<NumberField label="X" format="money" />);
      render(<NumberField label="Y" format="currency" min={5} max={1} />);
      const warnings = console.warnings().join('\n');
      expect(warnings).toMatch(/NumberField: unknown format "money"/);
      expect(warnings).toMatch(/NumberField: format "currency" needs the `currency` prop/);
      expect(warnings).toMatch(/NumberField: `min` \(5\) is above `max` \(1\)/);
      // @ts-expect-error: label is required
      render(<NumberField />);
      expect(console.errors().join('\n')).toMatch(/NumberField: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any state', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <NumberField label="Plain" defaultValue={3} />
        <NumberField label="Money" format="currency" currency="EUR" hint="Euros" required />
        <NumberField label="Steppers" steppers defaultValue={2} min={0} max={5} />
        <NumberField label="Invalid" defaultValue={20} max={10} />
        <NumberField label="Disabled" disabled defaultValue={1} />
      </div>,
    );
    await user.click(screen.getByRole('spinbutton', { name: 'Invalid' }));
    await user.tab();
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML with its styles', async () => {
    const { html, css } = await expectAccessibleServerRender(
      <NumberField label="Price" format="currency" currency="EUR" defaultValue={10} steppers />,
    );
    expect(html).toContain('role="spinbutton"');
    expect(html).toContain('€10.00');
    expect(css).toContain('tabular-nums');
  });
});
