import { createRef, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Popover } from './Popover';

function Example({ withField = true }: { withField?: boolean }) {
  return (
    <>
      <Popover title="Opening hours" trigger={<button type="button">Hours</button>}>
        <p>Mon–Fri 9–17</p>
        {withField && (
          <label>
            Postcode <input />
          </label>
        )}
      </Popover>
      <button type="button">Next</button>
      <p>Outside</p>
    </>
  );
}

const trigger = () => screen.getByRole('button', { name: 'Hours' });

describe('Popover', () => {
  beforeEach(() => resetDevMessages());

  it('wires the trigger to a named dialog: aria-expanded, aria-controls, aria-labelledby, not modal', async () => {
    const user = userEvent.setup();
    render(<Example />);
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(trigger());
    const dialog = screen.getByRole('dialog', { name: 'Opening hours' });
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(trigger()).toHaveAttribute('aria-controls', dialog.id);
    expect(dialog).not.toHaveAttribute('aria-modal');
  });

  it('moves focus to the first focusable element of the content, else the dialog; Escape returns it', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Example />);
    trigger().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
    unmount();
    render(<Example withField={false} />);
    trigger().focus();
    await user.keyboard(' ');
    expect(screen.getByRole('dialog')).toHaveFocus();
  });

  it('does not trap Tab: Tab past the end moves on and closes it; Shift+Tab back to the trigger keeps it', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.click(trigger());
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(trigger()).toHaveFocus();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes on a press outside (focus stays where the press put it), the close button and the trigger', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <>
        <Popover title="Help" trigger={<button type="button">Help</button>} onOpenChange={onOpenChange}>
          Text
        </Popover>
        <p>Outside</p>
      </>,
    );
    const help = screen.getByRole('button', { name: 'Help' });
    await user.click(help);
    await user.click(screen.getByText('Outside'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(help);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(help).toHaveFocus();
    await user.click(help);
    await user.click(help);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onOpenChange.mock.calls.map(([open]) => open)).toEqual([true, false, true, false, true, false]);
  });

  it('works controlled, and an initially open popover does not take focus', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <Popover title="Help" open={open} onOpenChange={setOpen} trigger={<button type="button">Help</button>}>
            Text
          </Popover>
          <output>{open ? 'open' : 'closed'}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('dialog')).toBeVisible();
    expect(document.body).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(screen.getByRole('status')).toHaveTextContent('closed');
  });

  it('keeps the trigger handlers and ref, forwards the ref and className to the dialog', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const triggerRef = createRef<HTMLButtonElement>();
    const ref = createRef<HTMLDivElement>();
    render(
      <Popover ref={ref} className="mine" title="Help" trigger={<button type="button" ref={triggerRef} onClick={onClick}>Help</button>}>
        Text
      </Popover>,
    );
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(triggerRef.current).toBe(screen.getByRole('button', { name: 'Help' }));
    expect(ref.current).toBe(screen.getByRole('dialog'));
    expect(ref.current).toHaveClass('mine');
  });

  it('speaks Finnish and Swedish', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <PolkuProvider locale="fi">
        <Popover title="Aukioloajat" trigger={<button type="button">Ajat</button>}>
          ma–pe 9–17
        </Popover>
      </PolkuProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Ajat' }));
    expect(screen.getByRole('button', { name: 'Sulje' })).toBeInTheDocument();
    rerender(
      <PolkuProvider locale="sv">
        <Popover title="Öppettider" trigger={<button type="button">Ajat</button>}>
          mån–fre 9–17
        </Popover>
      </PolkuProvider>,
    );
    expect(screen.getByRole('button', { name: 'Stäng' })).toBeInTheDocument();
  });

  it('reports a missing title and an unknown placement in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: title is required, placement unknown
      render(<Popover placement="left" trigger={<button type="button">Help</button>}>Text</Popover>);
      expect(console.errors().join('\n')).toMatch(/Popover: the "title" prop is required/);
      expect(console.warnings().join('\n')).toMatch(/Popover: unknown placement "left"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations open and closed', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await expectNoAxeViolations();
    await user.click(trigger());
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML: the dialog hidden, the reference valid, no inline styles', async () => {
    const { html } = await expectAccessibleServerRender(<Example />);
    const controls = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(controls).toBeTruthy();
    expect(html).toContain(`id="${controls}"`);
    expect(html).toMatch(/role="dialog"[^>]*hidden/);
    expect(html).not.toContain('style=');
  });
});
