import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Checkbox } from './Checkbox';

describe('Checkbox', () => {
  beforeEach(() => resetDevMessages());

  it('is a native checkbox named by its label', () => {
    render(<Checkbox label="Send me a copy" />);
    const box = screen.getByRole('checkbox', { name: 'Send me a copy' });
    expect(box).toHaveAttribute('type', 'checkbox');
    expect(box).not.toBeChecked();
  });

  it('toggles with Space after Tab, and with a click on the label (uncontrolled)', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Accept" defaultChecked />);
    const box = screen.getByRole('checkbox');
    expect(box).toBeChecked();
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
    await user.click(screen.getByText('Accept'));
    expect(box).toBeChecked();
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    function Controlled() {
      const [on, setOn] = useState(false);
      return (
        <Checkbox
          label="Accept"
          checked={on}
          onChange={(event) => {
            spy(event.target.checked);
            setOn(event.target.checked);
          }}
        />
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('checkbox'));
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(spy).toHaveBeenCalledWith(true);
  });

  it('shows the mixed state with indeterminate until toggled', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Checkbox label="All" indeterminate />);
    const box = screen.getByRole('checkbox') as HTMLInputElement;
    expect(box.indeterminate).toBe(true);
    expect(box).toBePartiallyChecked();
    rerender(<Checkbox label="All" indeterminate={false} />);
    expect(box.indeterminate).toBe(false);
    rerender(<Checkbox label="All" indeterminate />);
    await user.click(box);
    expect(box.indeterminate).toBe(false);
    expect(box).toBeChecked();
  });

  it('links hint then error, and writes required in text', () => {
    render(<Checkbox id="terms" label="I accept the terms" hint="Read them first" error="Accept the terms" required />);
    const box = screen.getByRole('checkbox', { name: 'I accept the terms (required)' });
    expect(box).toHaveAttribute('aria-describedby', 'terms-hint terms-error');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toBeRequired();
    expect(box).toHaveAccessibleDescription('Read them first Error: Accept the terms');
  });

  it('speaks Swedish', () => {
    render(
      <PolkuProvider locale="sv">
        <Checkbox label="Jag godkänner villkoren" error="Godkänn villkoren" required />
      </PolkuProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Jag godkänner villkoren (obligatoriskt)' })).toHaveAccessibleDescription(
      'Fel: Godkänn villkoren',
    );
  });

  it('forwards the ref (merged with its own) and passes attributes through', () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(<Checkbox ref={ref} label="X" className="row" name="x" value="1" data-testid="cb" />);
    expect(ref.current).toBe(screen.getByTestId('cb'));
    expect(ref.current).toHaveAttribute('name', 'x');
    expect(container.firstElementChild).toHaveClass('row');
  });

  it('reports a missing label in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: label is required
      render(<Checkbox />);
      expect(console.errors().join('\n')).toMatch(/Checkbox: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(
      <>
        <Checkbox label="One" />
        <Checkbox label="Two" hint="Hint" error="Error" required />
        <Checkbox label="Three" disabled indeterminate />
      </>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Checkbox label="Subscribe" defaultChecked />);
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('checked=""');
  });
});
