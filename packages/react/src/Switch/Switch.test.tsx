import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Switch } from './Switch';

describe('Switch', () => {
  beforeEach(() => resetDevMessages());

  it('is a button with role switch named by its label only, with the state in aria-checked and in text', () => {
    render(<Switch label="Notifications" />);
    const toggle = screen.getByRole('switch', { name: 'Notifications' });
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle).toHaveAttribute('type', 'button');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(toggle).toHaveTextContent('Off');
  });

  it('toggles with Space and Enter after Tab (uncontrolled)', async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(<Switch label="Dark mode" onCheckedChange={onCheckedChange} />);
    await user.tab();
    const toggle = screen.getByRole('switch');
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(toggle).toHaveTextContent('On');
    expect(screen.getByRole('switch', { name: 'Dark mode' })).toBe(toggle);
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(onCheckedChange.mock.calls).toEqual([[true], [false]]);
  });

  it('toggles when its label is clicked', async () => {
    const user = userEvent.setup();
    render(<Switch label="Wi-Fi" defaultChecked />);
    await user.click(screen.getByText('Wi-Fi'));
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'false');
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [on, setOn] = useState(true);
      return (
        <>
          <Switch label="Alerts" checked={on} onCheckedChange={setOn} />
          <output>{on ? 'yes' : 'no'}</output>
        </>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('switch'));
    expect(screen.getByRole('status')).toHaveTextContent('no');
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'false');
  });

  it('stays put when controlled without a handler, or when onClick prevents default', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Switch label="Fixed" checked />
        <Switch label="Vetoed" onClick={(event) => event.preventDefault()} />
      </>,
    );
    await user.click(screen.getByRole('switch', { name: 'Fixed' }));
    await user.click(screen.getByRole('switch', { name: 'Vetoed' }));
    expect(screen.getByRole('switch', { name: 'Fixed' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('switch', { name: 'Vetoed' })).toHaveAttribute('aria-checked', 'false');
  });

  it('submits its value through a hidden input while on', async () => {
    const user = userEvent.setup();
    const { container } = render(<Switch label="News" name="news" value="yes" />);
    expect(container.querySelector('input[name="news"]')).toBeNull();
    await user.click(screen.getByRole('switch'));
    expect(container.querySelector('input[name="news"]')).toHaveValue('yes');
  });

  it('links hint and error, and speaks Finnish', () => {
    render(
      <PolkuProvider locale="fi">
        <Switch id="n" label="Ilmoitukset" hint="Sähköpostiin" error="Ei voitu tallentaa" defaultChecked />
      </PolkuProvider>,
    );
    const toggle = screen.getByRole('switch', { name: 'Ilmoitukset' });
    expect(toggle).toHaveAttribute('aria-describedby', 'n-hint n-error');
    expect(toggle).toHaveAccessibleDescription('Sähköpostiin Virhe: Ei voitu tallentaa');
    expect(toggle).toHaveTextContent('Päällä');
  });

  it('forwards the ref and passes attributes through', () => {
    const ref = createRef<HTMLButtonElement>();
    const { container } = render(<Switch ref={ref} label="X" className="sw" data-testid="s" disabled />);
    expect(ref.current).toBe(screen.getByTestId('s'));
    expect(ref.current).toBeDisabled();
    expect(container.firstElementChild).toHaveClass('sw');
  });

  it('reports a missing label in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: label is required
      render(<Switch />);
      expect(console.errors().join('\n')).toMatch(/Switch: the "label" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations', async () => {
    render(
      <>
        <Switch label="One" />
        <Switch label="Two" defaultChecked hint="Hint" error="Error" />
        <Switch label="Three" disabled />
      </>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<Switch label="Notifications" defaultChecked />);
    expect(html).toContain('role="switch"');
    expect(html).toContain('aria-checked="true"');
  });
});
