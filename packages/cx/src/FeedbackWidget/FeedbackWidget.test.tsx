import { createRef } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PolkuProvider, type PolkuEvent } from '@polku/react';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '@polku/react/internal';
import { createFatigueControl } from '../feedback/fatigue';
import { createMemoryStorage } from '../feedback/storage';
import { createOutbox } from '../feedback/outbox';
import { createMemoryOutboxStore, OutboxStorageUnavailableError, type OutboxEntry, type OutboxStore } from '../feedback/outbox-store';
import { PermanentFeedbackError } from '../feedback/transport';
import type { FeedbackResponse } from '../feedback/types';
import { FeedbackWidget, type FeedbackWidgetProps } from './FeedbackWidget';

const original = { showModal: HTMLDialogElement.prototype.showModal, close: HTMLDialogElement.prototype.close };
beforeAll(() => {
  // jsdom has <dialog> but not showModal().
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterAll(() => {
  HTMLDialogElement.prototype.showModal = original.showModal;
  HTMLDialogElement.prototype.close = original.close;
});

const answer = (fields: Partial<FeedbackResponse> = {}): FeedbackResponse => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'nps',
  scale: { min: 0, max: 10 },
  score: 4,
  touchpoint: 'checkout/payment',
  locale: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});
/** An outbox record as an earlier page load left it (queue `submit`: the widgets' onSubmit). */
const waiting = (response: FeedbackResponse, fields: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: response.id,
  endpoint: 'submit',
  response,
  attempts: 1,
  nextAttemptAt: 0,
  state: 'pending',
  ...fields,
});

function setup(props: Partial<FeedbackWidgetProps> = {}, locale: 'en' | 'fi' | 'sv' = 'en') {
  const onSubmit = vi.fn(async (_r: FeedbackResponse) => undefined);
  const events: PolkuEvent[] = [];
  const user = userEvent.setup();
  const utils = render(
    <PolkuProvider locale={locale} onCxEvent={(e) => events.push(e)}>
      <FeedbackWidget kind="nps" touchpoint="checkout/payment" channel="web" onSubmit={onSubmit} storage={createMemoryOutboxStore('device')} {...props} />
    </PolkuProvider>,
  );
  return { ...utils, onSubmit, events, user, types: () => events.map((e) => e.type) };
}

// user-event typing is slow on a busy machine; the behaviour under test does not depend on speed.
describe('FeedbackWidget', { timeout: 60_000 }, () => {
  beforeEach(() => resetDevMessages());

  it('asks, takes a follow-up (redacted), sends once with a full typed response, and thanks politely', async () => {
    const { user, onSubmit, types, events } = setup({ journeyStep: 'pay', metadata: { plan: 'basic' } });
    expect(screen.getByRole('region', { name: 'Feedback' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '9' }));
    const text = screen.getByRole('textbox', { name: 'Tell us more (optional)' });
    expect(text).toHaveAccessibleDescription(/do not include personal details.*removed before sending/);
    expect(screen.getByText('500 characters left')).toBeInTheDocument();
    await user.type(text, 'Fast! Mail me at aino@example.fi');
    expect(screen.queryByText('We are sorry')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Thank you for your feedback!'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const response = onSubmit.mock.calls[0]![0];
    expect(response).toMatchObject({
      kind: 'nps',
      scale: { min: 0, max: 10 },
      score: 9,
      comment: 'Fast! Mail me at [email]',
      touchpoint: 'checkout/payment',
      channel: 'web',
      journeyStep: 'pay',
      locale: 'en',
      metadata: { plan: 'basic' },
    });
    expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(response.createdAt)).not.toBeNaN();
    expect(types()).toEqual(['feedback.shown', 'feedback.answered', 'feedback.submitted']);
    expect(new Set(events.map((e) => e.responseId))).toEqual(new Set([response.id]));
    expect(screen.getByRole('status').firstElementChild).toHaveFocus();
  });

  it('for an unhappy answer apologises and asks consent to be contacted through a chosen channel', async () => {
    const { user, onSubmit, types } = setup({ contactChannels: ['email', 'phone', 'chat'] });
    await user.click(screen.getByRole('radio', { name: '3' }));
    expect(screen.getByRole('heading', { name: 'We are sorry' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'You may contact me about this feedback' }));
    const channels = screen.getByRole('group', { name: 'How should we contact you?' });
    expect(within(channels).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['email', 'phone', 'chat']);
    await user.click(within(channels).getByRole('radio', { name: 'Chat' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('We will contact you soon.');
    expect(onSubmit.mock.calls[0]![0].contact).toEqual({ consent: true, channel: 'chat' });
    expect(types()).toContain('feedback.contact-requested');
  });

  it('Tab order: scale (one stop), follow-up, consent, channels, Send', async () => {
    const { user } = setup();
    await user.tab();
    expect(screen.getByRole('radio', { name: '0, Not at all likely' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('textbox')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox')).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'E-mail' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
  });

  it('keeps a failed answer on screen with "not sent yet — retrying" and a retry button', async () => {
    let serverUp = false;
    const onSubmit = vi.fn(async () => {
      if (!serverUp) throw new Error('HTTP 503');
    });
    const { user, types } = setup({ onSubmit });
    await user.click(screen.getByRole('radio', { name: '7' }));
    await user.type(screen.getByRole('textbox'), 'Slow page');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const status = screen.getByRole('status');
    await within(status).findByText(/Not sent yet — retrying/);
    expect(within(status).getByText('7 on a scale of 0–10')).toBeInTheDocument();
    expect(within(status).getByText('Slow page')).toBeInTheDocument();
    serverUp = true;
    await user.click(within(status).getByRole('button', { name: 'Try again now' }));
    await within(status).findByText('Thank you for your feedback!');
    const ids = onSubmit.mock.calls.map((call) => (call as unknown as [FeedbackResponse])[0].id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(1); // every attempt carries the same id
    expect(types()).toEqual(expect.arrayContaining(['feedback.failed', 'feedback.retried']));
  });

  it('offline: says the answer is saved and sends it when the connection returns', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const { user, onSubmit } = setup();
      await user.click(screen.getByRole('radio', { name: '6' }));
      await user.click(screen.getByRole('button', { name: 'Send' }));
      expect(screen.getByRole('status')).toHaveTextContent(/You are offline\. Your answer is saved/);
      expect(screen.getByText('6 on a scale of 0–10')).toBeInTheDocument();
      expect(onSubmit).not.toHaveBeenCalled();
      onLine.mockReturnValue(true);
      window.dispatchEvent(new Event('online'));
      await screen.findByText('Thank you for your feedback!');
      expect(onSubmit).toHaveBeenCalledTimes(1);
    } finally {
      onLine.mockRestore();
    }
  });

  it('tells the customer about a permanent refusal and offers another channel', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new PermanentFeedbackError('invalid', 422));
    const { user } = setup({ onSubmit, alternativeContact: 'Call 0800 123 456.' });
    await user.click(screen.getByRole('radio', { name: '8' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Your answer could not be sent');
    expect(screen.getByText('Call 0800 123 456.')).toBeInTheDocument();
    expect(screen.getByText('8 on a scale of 0–10')).toBeInTheDocument();
  });

  it('submits once on a double-click and asks for an answer first', async () => {
    const { user, onSubmit } = setup();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Choose an answer first\./);
    expect(screen.getByRole('radio', { name: '0, Not at all likely' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: '10, Extremely likely' }));
    await user.dblClick(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Thank you for your feedback!');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('sends answers left in the outbox by an earlier page load when it mounts', async () => {
    const storage = createMemoryOutboxStore('device');
    const earlier = waiting(answer({ kind: 'csat', scale: { min: 1, max: 5 }, score: 4, touchpoint: 'elsewhere' }));
    await storage.put(earlier);
    const { onSubmit } = setup({ storage });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(earlier.response));
    await waitFor(async () => expect(await storage.list('submit')).toEqual([]));
    expect(screen.getByRole('radio', { name: '0, Not at all likely' })).toBeInTheDocument(); // another question: asked as usual
  });

  it('after a reload shows this question’s waiting answer and its state, not a fresh question', async () => {
    const storage = createMemoryOutboxStore('device');
    await storage.put(waiting(answer({ score: 7, comment: 'Slow page' }), { attempts: 2, lastError: 'HTTP 503', nextAttemptAt: Date.now() + 60_000 }));
    let serverUp = false;
    const onSubmit = vi.fn(async () => {
      if (!serverUp) throw new Error('HTTP 503');
    });
    const { user } = setup({ storage, onSubmit });
    const status = screen.getByRole('status');
    await within(status).findByText('Your earlier answer is waiting to be sent.');
    expect(within(status).getByText(/Not sent yet — retrying\. Your answer is saved on this device\./)).toBeInTheDocument();
    expect(within(status).getByText('7 on a scale of 0–10')).toBeInTheDocument();
    expect(within(status).getByText('Slow page')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await expectNoAxeViolations();
    serverUp = true;
    await user.click(within(status).getByRole('button', { name: 'Try again now' }));
    await within(status).findByText('Thank you for your feedback!');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('a send that never answers turns "Sending…" into "not sent yet" with a retry button', async () => {
    const storage = createMemoryOutboxStore('device');
    const outbox = createOutbox({ transport: () => new Promise(() => {}), store: storage, broadcast: null, sendTimeoutMs: 200, baseDelayMs: 60_000 });
    const { user } = setup({ outbox, onSubmit: undefined });
    await user.click(screen.getByRole('radio', { name: '8' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('status')).toHaveTextContent('Sending…');
    await screen.findByText(/Not sent yet — retrying/);
    expect(screen.getByRole('button', { name: 'Try again now' })).toBeInTheDocument();
    outbox.dispose();
  });

  it('with no storage on the device: says the answer is lost if the page closes first, and sends it at once', async () => {
    const noStorage: OutboxStore = { ...createMemoryOutboxStore('device'), put: () => Promise.reject(new OutboxStorageUnavailableError()) };
    let release!: () => void;
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const { user } = setup({ storage: noStorage, onSubmit }, 'fi');
    await user.click(screen.getByRole('radio', { name: '9' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    const status = screen.getByRole('status');
    await within(status).findByText(/Vastaustasi ei voitu tallentaa tälle laitteelle\..*vastaus katoaa\./);
    expect(status).not.toHaveTextContent(/tallessa tällä laitteella/);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    await expectNoAxeViolations();
    release();
    await within(status).findByText('Kiitos palautteestasi!');
  });

  it('without a transport it never touches other widgets’ waiting answers', async () => {
    const storage = createMemoryOutboxStore('device');
    const others = { ...waiting(answer({ touchpoint: 'elsewhere' })), endpoint: 'https://other.example/v1/feedback' };
    await storage.put(others);
    const console = captureConsole();
    try {
      const { user } = setup({ storage, onSubmit: undefined });
      await user.click(screen.getByRole('radio', { name: '8' }));
      await user.click(screen.getByRole('button', { name: 'Send' }));
      await screen.findByText('Your answer could not be sent');
      expect(await storage.list(others.endpoint)).toEqual([others]);
    } finally {
      console.restore();
    }
  });

  it('composes the consumer’s onKeyDown, onFocus and onPointerDown with its own', async () => {
    const onKeyDown = vi.fn();
    const onFocus = vi.fn();
    const onPointerDown = vi.fn();
    const onDismiss = vi.fn();
    const { user } = setup({ onKeyDown, onFocus, onPointerDown, presentation: 'panel', autoCloseMs: 300, onDismiss });
    await user.tab();
    expect(onFocus).toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalledWith(expect.objectContaining({ key: 'ArrowRight' }));
    fireEvent.pointerDown(screen.getByRole('radio', { name: '3' }));
    expect(onPointerDown).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(onDismiss).not.toHaveBeenCalled(); // the widget's own handler ran too: auto-close stopped
  });

  it('as a corner panel: a named region with a close button that dismisses and reports it', async () => {
    const onDismiss = vi.fn();
    const { user, types } = setup({ presentation: 'panel', onDismiss, title: 'Quick question' });
    const panel = screen.getByRole('region', { name: 'Quick question' });
    expect(panel).toHaveAttribute('data-presentation', 'panel');
    await user.click(screen.getByRole('button', { name: 'Close feedback' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(types()).toEqual(['feedback.shown', 'feedback.dismissed']);
  });

  it('as a modal dialog titled by the title, closed with Escape', async () => {
    const onDismiss = vi.fn();
    const { user } = setup({ presentation: 'dialog', onDismiss });
    const dialog = screen.getByRole('dialog', { name: 'Feedback' });
    expect(within(dialog).getByRole('group', { name: /recommend us/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalled();
  });

  it('auto-closes only while untouched', async () => {
    const onDismiss = vi.fn();
    setup({ presentation: 'panel', autoCloseMs: 60, onDismiss });
    await waitFor(() => expect(onDismiss).toHaveBeenCalledTimes(1), { timeout: 1000 });
    const second = vi.fn();
    setup({ presentation: 'panel', autoCloseMs: 2000, onDismiss: second });
    fireEvent.pointerDown(screen.getAllByRole('radio', { name: '5' }).at(-1)!); // the customer starts answering
    await new Promise((r) => setTimeout(r, 2500));
    expect(second).not.toHaveBeenCalled();
  });

  it('respects fatigue control and offers "Don’t ask me again"', async () => {
    const storage = createMemoryStorage();
    const fatigue = createFatigueControl({ storage });
    const first = setup({ fatigue });
    await screen.findByRole('region');
    expect(fatigue.inCooldown('checkout/payment')).toBe(true);
    await first.user.click(screen.getByRole('button', { name: 'Don’t ask me again' }));
    expect(fatigue.isOptedOut()).toBe(true);
    first.unmount();
    setup({ fatigue });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('speaks Finnish', async () => {
    const { user } = setup({}, 'fi');
    expect(screen.getByRole('region', { name: 'Palaute' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '2' }));
    expect(screen.getByRole('heading', { name: 'Olemme pahoillamme' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lähetä' })).toBeInTheDocument();
  });

  it('forwards the ref, passes className, and warns about an unknown kind', () => {
    const console = captureConsole();
    try {
      const ref = createRef<HTMLElement>();
      // @ts-expect-error: unknown kind
      render(<FeedbackWidget ref={ref} kind="stars" touchpoint="t" onSubmit={async () => {}} className="mine" />);
      expect(ref.current).toHaveClass('mine');
      expect(console.warnings().join('\n')).toMatch(/FeedbackWidget: unknown kind "stars"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in the question, unhappy and retrying states, and server-renders', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new Error('offline'));
    const { user } = setup({ onSubmit, kind: 'csat' });
    await expectNoAxeViolations();
    await user.click(screen.getByRole('radio', { name: '1, Very dissatisfied' }));
    await user.click(screen.getByRole('checkbox'));
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText(/Not sent yet/);
    await expectNoAxeViolations();
    const { html } = await expectAccessibleServerRender(
      <FeedbackWidget kind="emotion" touchpoint="t" presentation="panel" onSubmit={async () => {}} />,
    );
    expect(html).toContain('data-presentation="panel"');
  });

  it('a malformed scale: warns, shows the standard scale, and the response carries the scale shown', async () => {
    const console = captureConsole();
    try {
      const { user, onSubmit } = setup({ scale: { min: 10, max: 0 } });
      expect(screen.getAllByRole('radio')).toHaveLength(11);
      await user.click(screen.getByRole('radio', { name: '3' }));
      await user.click(screen.getByRole('button', { name: 'Send' }));
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      expect(onSubmit.mock.calls[0]![0]).toMatchObject({ scale: { min: 0, max: 10 }, score: 3 });
      expect(console.warnings().join('\n')).toContain('NpsQuestion: prop `max` must be greater than min (10) (got 0)');
    } finally {
      console.restore();
    }
  });
});
