import { createRef, useState } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Button } from '../Button';
import { Dialog, type DialogProps } from './Dialog';

// jsdom has <dialog> but not showModal(); this test-only polyfill opens it (real browsers also make the page inert).
const original = { showModal: HTMLDialogElement.prototype.showModal, close: HTMLDialogElement.prototype.close };
const showModal = vi.fn(function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
});
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = showModal;
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterAll(() => {
  HTMLDialogElement.prototype.showModal = original.showModal;
  HTMLDialogElement.prototype.close = original.close;
});

function Example(props: Partial<DialogProps> & { withField?: boolean }) {
  const { withField = true, ...rest } = props;
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete account</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Delete account?"
        description="This cannot be undone."
        footer={<Button onClick={() => setOpen(false)}>Cancel</Button>}
        {...rest}
      >
        {withField && (
          <label>
            Type DELETE <input />
          </label>
        )}
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  beforeEach(() => {
    resetDevMessages();
    showModal.mockClear();
  });

  it('opens modally, labelled by its title and described by its description', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.click(screen.getByRole('button', { name: 'Delete account' }));
    expect(showModal).toHaveBeenCalledTimes(1);
    const dialog = screen.getByRole('dialog', { name: 'Delete account?' });
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.');
    expect(dialog).toHaveAttribute('open');
  });

  it('moves focus to the first field, traps Tab and Shift+Tab, and Escape returns focus to the opener', async () => {
    const user = userEvent.setup();
    render(<Example />);
    const opener = screen.getByRole('button', { name: 'Delete account' });
    opener.focus();
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox');
    expect(input).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('focuses the close button when the content has nothing focusable; Enter and Space close and return focus', async () => {
    const user = userEvent.setup();
    render(<Example withField={false} footer={undefined} />);
    const opener = screen.getByRole('button', { name: 'Delete account' });
    await user.click(opener);
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(opener).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard(' ');
    expect(opener).toHaveFocus();
  });

  it('keeps the page behind from scrolling while open, also with a dialog inside a dialog', async () => {
    const user = userEvent.setup();
    const root = document.documentElement;
    root.style.overflow = 'scroll';
    function Nested() {
      const [outer, setOuter] = useState(false);
      const [inner, setInner] = useState(false);
      return (
        <>
          <Button onClick={() => setOuter(true)}>Delete account</Button>
          <Dialog
            open={outer}
            onClose={() => setOuter(false)}
            title="Delete account?"
            footer={<Button onClick={() => setOuter(false)}>Cancel</Button>}
          >
            <Button onClick={() => setInner(true)}>Why?</Button>
            <Dialog open={inner} onClose={() => setInner(false)} title="Why delete?">
              Because.
            </Dialog>
          </Dialog>
        </>
      );
    }
    render(<Nested />);
    await user.click(screen.getByRole('button', { name: 'Delete account' }));
    expect(root.style.overflow).toBe('hidden');
    await user.click(screen.getByRole('button', { name: 'Why?' }));
    expect(root.style.overflow).toBe('hidden');
    await user.keyboard('{Enter}'); // the inner dialog's close button has focus
    expect(screen.queryByRole('dialog', { name: 'Why delete?' })).toBeNull();
    expect(root.style.overflow).toBe('hidden');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(root.style.overflow).toBe('scroll');
    root.style.overflow = '';
  });

  it('closes through the native cancel event (Escape in browsers) without closing itself', () => {
    const onClose = vi.fn();
    render(<Dialog open onClose={onClose} title="Settings" />);
    const dialog = screen.getByRole('dialog');
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('names the close button in Finnish and Swedish', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <Dialog open onClose={() => {}} title="Asetukset" />
        </PolkuProvider>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Sulje' })).toBeInTheDocument();
  });

  it('names the close button in Swedish', () => {
    render(
      <PolkuProvider locale="sv">
        <Dialog open onClose={() => {}} title="Inställningar" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('button', { name: 'Stäng' })).toBeInTheDocument();
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLDialogElement>();
    render(<Dialog ref={ref} open onClose={() => {}} title="Settings" className="mine" />);
    expect(ref.current).toBe(screen.getByRole('dialog'));
    expect(ref.current).toHaveClass('mine');
  });

  it('reports a missing title in development', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: title is required
      render(<Dialog open onClose={() => {}} />);
      expect(console.errors().join('\n')).toMatch(/Dialog: the "title" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations while open', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.click(screen.getByRole('button', { name: 'Delete account' }));
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML (closed until hydrated)', async () => {
    const { html } = await expectAccessibleServerRender(<Example />);
    expect(html).toContain('<dialog');
    expect(html).not.toContain(' open=');
  });
});
