import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { TextField } from '../TextField';
import { Fieldset } from './Fieldset';

function Address(props: { hint?: string; error?: string; required?: boolean; id?: string }) {
  return (
    <Fieldset legend="Address" {...props}>
      <TextField label="Street" />
      <TextField label="Postcode" width="s" />
    </Fieldset>
  );
}

describe('Fieldset', () => {
  beforeEach(() => resetDevMessages());

  it('groups controls under a legend', () => {
    render(<Address />);
    const group = screen.getByRole('group', { name: 'Address' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend')).toHaveTextContent('Address');
    expect(group).not.toHaveAttribute('aria-describedby');
  });

  it('links hint then error, and writes required in the legend', () => {
    render(<Address id="addr" hint="Where we post letters" error="Enter your address" required />);
    const group = screen.getByRole('group', { name: 'Address (required)' });
    expect(group).toHaveAttribute('aria-describedby', 'addr-hint addr-error');
    expect(group).toHaveAccessibleDescription('Where we post letters Error: Enter your address');
    expect(group).toHaveAttribute('data-invalid');
  });

  it('keeps the tab order of its controls', async () => {
    const user = userEvent.setup();
    render(<Address />);
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Street' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveFocus();
  });

  it('disables every control inside when disabled', () => {
    render(
      <Fieldset legend="Locked" disabled>
        <TextField label="Inside" />
      </Fieldset>,
    );
    expect(screen.getByRole('textbox', { name: 'Inside' })).toBeDisabled();
  });

  it('speaks Finnish', () => {
    render(
      <PolkuProvider locale="fi">
        <Fieldset legend="Osoite" error="Anna osoite" required />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: 'Osoite (pakollinen)' })).toHaveAccessibleDescription('Virhe: Anna osoite');
  });

  it('forwards the ref and passes attributes through', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<Fieldset ref={ref} legend="L" className="fs" data-testid="fs" aria-describedby="more" hint="H" id="f" />);
    expect(ref.current).toBe(screen.getByTestId('fs'));
    expect(ref.current).toHaveClass('fs');
    expect(ref.current).toHaveAttribute('aria-describedby', 'f-hint more');
  });

  it('reports a missing legend in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: legend is required
      render(<Fieldset />);
      expect(console.errors().join('\n')).toMatch(/Fieldset: the "legend" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(<Address hint="Hint" error="Error" required />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Address hint="Hint" />);
    expect(html).toContain('<fieldset');
  });
});
