import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { ToastRegion, useToast } from './Toast';
import { createToaster, DEFAULT_TOAST_DURATION, toaster as sharedToaster, type Toaster } from './toaster';

let toaster: Toaster;

describe('Toast', () => {
  beforeEach(() => {
    resetDevMessages();
    toaster = createToaster();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders a labelled region with a polite status list and an assertive alert list', () => {
    render(<ToastRegion toaster={toaster} />);
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    expect(within(region).getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(within(region).getByRole('alert')).toHaveAttribute('aria-live', 'assertive');
  });

  it('puts info and success toasts in the polite list and errors in the assertive one, with tone prefixes', () => {
    render(<ToastRegion toaster={toaster} />);
    act(() => {
      toaster.show({ tone: 'success', message: 'Message sent.' });
      toaster.show({ tone: 'error', title: 'Not sent', message: 'Check your connection.' });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Success: Message sent.');
    expect(screen.getByRole('alert')).toHaveTextContent('Error: Not sent');
  });

  it('auto-dismisses after the duration; the timer pauses on hover and resumes with the time left', async () => {
    // shouldAdvanceTime lets Testing Library's internal zero-delay waits run; margins below cover real elapsed time.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<ToastRegion toaster={toaster} />);
    act(() => {
      toaster.show({ message: 'Saved.', duration: 5000 });
    });
    act(() => vi.advanceTimersByTime(3000));
    const toast = screen.getByText('Saved.', { exact: false });
    await user.hover(toast);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    await user.unhover(toast);
    act(() => vi.advanceTimersByTime(1500));
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    act(() => vi.advanceTimersByTime(600));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('pauses while focus is inside (Tab to the close button) and resumes when focus leaves', async () => {
    // shouldAdvanceTime lets Testing Library's internal zero-delay waits run; margins below cover real elapsed time.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <>
        <ToastRegion toaster={toaster} />
        <button type="button">After</button>
      </>,
    );
    act(() => {
      toaster.show({ message: 'Saved.' });
    });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close notification' })).toHaveFocus();
    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_DURATION * 10));
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    act(() => vi.advanceTimersByTime(DEFAULT_TOAST_DURATION));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('never auto-dismisses errors, even with a duration', () => {
    vi.useFakeTimers();
    render(<ToastRegion toaster={toaster} />);
    act(() => {
      toaster.show({ tone: 'error', message: 'Payment failed.', duration: 1000 });
    });
    act(() => vi.advanceTimersByTime(60 * 60 * 1000));
    expect(screen.getByRole('alert')).toHaveTextContent('Payment failed.');
  });

  it('closes with the dismiss button (Enter and Space)', async () => {
    const user = userEvent.setup();
    render(<ToastRegion toaster={toaster} />);
    act(() => {
      toaster.show({ tone: 'error', message: 'First' });
      toaster.show({ tone: 'error', message: 'Second' });
    });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).not.toHaveTextContent('First');
    await user.keyboard(' ');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('moves focus to the next toast when one is closed, and back to where it came from after the last', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Save</button>
        <ToastRegion toaster={toaster} />
      </>,
    );
    act(() => {
      toaster.show({ tone: 'error', message: 'First' });
      toaster.show({ tone: 'error', message: 'Second' });
      toaster.show({ tone: 'error', message: 'Third' });
    });
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}'); // closes Second: focus goes on to Third's button
    const [firstClose, thirdClose] = screen.getAllByRole('button', { name: 'Close notification' });
    expect(screen.getByRole('alert')).not.toHaveTextContent('Second');
    expect(thirdClose).toHaveFocus();
    await user.keyboard('{Enter}'); // closes Third, the last: focus goes back to First's button
    expect(firstClose).toHaveFocus();
    await user.keyboard('{Enter}'); // closes First, nothing left: focus returns to Save
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(save).toHaveFocus();
  });

  it('F8 moves focus to the notifications while any are shown, and Escape goes back', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Save</button>
        <ToastRegion toaster={toaster} />
      </>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    save.focus();
    await user.keyboard('{F8}');
    expect(save).toHaveFocus(); // nothing to reach yet
    act(() => {
      toaster.show({ tone: 'warning', message: 'Session ends in 2 minutes.' });
    });
    await user.keyboard('{F8}');
    expect(region).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close notification' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(save).toHaveFocus();
  });

  it('takes another hotkey, or none', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ToastRegion toaster={toaster} hotkey="F6" />);
    act(() => {
      toaster.show({ message: 'Saved.' });
    });
    await user.keyboard('{F8}');
    expect(document.body).toHaveFocus();
    await user.keyboard('{F6}');
    expect(screen.getByRole('region', { name: 'Notifications (F6)' })).toHaveFocus();
    rerender(<ToastRegion toaster={toaster} hotkey={null} />);
    expect(screen.getByRole('region', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('useToast() shows toasts on the shared toaster', async () => {
    const user = userEvent.setup();
    function Sender() {
      const toast = useToast();
      return (
        <button type="button" onClick={() => toast.show({ message: 'Hello' })}>
          Send
        </button>
      );
    }
    render(
      <>
        <Sender />
        <ToastRegion />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('status')).toHaveTextContent('Hello');
    act(() => sharedToaster.clear());
  });

  it('speaks Finnish and Swedish', () => {
    render(
      <>
        <PolkuProvider locale="fi">
          <ToastRegion toaster={toaster} />
        </PolkuProvider>
        <PolkuProvider locale="sv">
          <ToastRegion toaster={createToaster()} />
        </PolkuProvider>
      </>,
    );
    act(() => {
      toaster.show({ tone: 'error', message: 'Maksu epäonnistui.' });
    });
    expect(screen.getByRole('region', { name: 'Ilmoitukset (F8)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Aviseringar (F8)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sulje ilmoitus' })).toBeInTheDocument();
    expect(screen.getByText('Maksu epäonnistui.', { exact: false })).toHaveTextContent('Virhe: Maksu epäonnistui.');
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLElement>();
    render(<ToastRegion ref={ref} toaster={toaster} className="mine" />);
    expect(ref.current).toBe(screen.getByRole('region'));
    expect(ref.current).toHaveClass('mine');
  });

  it('warns on an unknown tone and falls back to info', () => {
    const console = captureConsole();
    try {
      render(<ToastRegion toaster={toaster} />);
      act(() => {
        // @ts-expect-error: unknown tone
        toaster.show({ tone: 'danger', message: 'Hi' });
      });
      expect(console.warnings().join('\n')).toMatch(/Toast: unknown tone "danger"/);
      expect(screen.getByRole('status')).toHaveTextContent('Information: Hi');
    } finally {
      console.restore();
    }
  });

  it('has no axe violations with toasts of every tone', async () => {
    render(<ToastRegion toaster={toaster} />);
    act(() => {
      for (const tone of ['info', 'success', 'warning', 'error'] as const) toaster.show({ tone, message: tone });
    });
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(<ToastRegion toaster={toaster} />);
    expect(html).toContain('aria-label="Notifications (F8)"');
    expect(html).toContain('aria-live="assertive"');
  });
});
