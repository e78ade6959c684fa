import { useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { createFatigueControl } from '../feedback/fatigue';
import { createMemoryStorage } from '../feedback/storage';
import { createIndexedDbOutboxStore, createMemoryOutboxStore, type OutboxStore } from '../feedback/outbox-store';
import { createOutbox } from '../feedback/outbox';
import { newResponseId } from '../feedback/id';
import { countingTransport } from '../feedback/test-helpers';
import { failTransiently, succeed, withPolkuLocale } from '../feedback/story-helpers';
import { PermanentFeedbackError } from '../feedback/transport';
import type { FeedbackResponse } from '../feedback/types';
import { FeedbackStatus } from './FeedbackStatus';
import { FeedbackWidget } from './FeedbackWidget';

const meta = {
  title: 'CX/Feedback/FeedbackWidget',
  component: FeedbackWidget,
  decorators: [withPolkuLocale],
  args: { kind: 'nps', touchpoint: 'checkout/payment', channel: 'web', onSubmit: succeed },
  argTypes: {
    kind: { control: 'inline-radio', options: ['nps', 'csat', 'ces', 'emotion'] },
    presentation: { control: 'inline-radio', options: ['inline', 'panel', 'dialog'] },
  },
  // Each story gets its own outbox store (in memory, reporting "device"), so stories never send each other's answers.
  render: (args) => <FeedbackWidget {...args} storage={createMemoryOutboxStore('device')} />,
} satisfies Meta<typeof FeedbackWidget>;

export default meta;
type Story = StoryObj<typeof meta>;

const thanks = /Thank you|Kiitos|Tack/;

export const Inline: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('radio', { name: /^10,/ })).toBeChecked();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox')).toHaveFocus();
    await userEvent.keyboard('Quick and clear.');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(thanks)).toBeInTheDocument();
  },
};

/** NPS 0–6, CSAT 1–2, CES 1–3, emotion 1–2: apology and consent to be contacted through a chosen channel. */
export const UnhappyWithContact: Story = {
  args: { contactChannels: ['email', 'phone', 'chat'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox')).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(canvas.getAllByRole('radio').at(-3)).toBeChecked();
  },
};

export const Csat: Story = { args: { kind: 'csat' } };
export const Ces: Story = { args: { kind: 'ces' } };
export const Emotion: Story = { args: { kind: 'emotion' } };

/** Non-modal corner panel; the page stays usable. */
export const Panel: Story = {
  args: { presentation: 'panel', onDismiss: fn() },
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <div style={{ minHeight: 640 }}>
      <p style={{ padding: 16 }}>Page content stays usable behind the panel.</p>
      <FeedbackWidget {...args} storage={createMemoryOutboxStore('device')} />
    </div>
  ),
};

export const Dialog: Story = {
  args: { presentation: 'dialog', onDismiss: fn() },
  // A modal takes over the whole docs page when rendered inline; give it its own frame there.
  parameters: { docs: { story: { inline: false, height: '420px' } } },
};

/** Fatigue control decides after mount; "Don't ask me again" is offered. */
export const WithFatigueControl: Story = {
  render: (args) => (
    <FeedbackWidget {...args} storage={createMemoryOutboxStore('device')} fatigue={createFatigueControl({ storage: createMemoryStorage() })} />
  ),
};

/** The server keeps failing: the answer stays on screen, "not sent yet — retrying", with a retry button. */
export const Failing: Story = {
  args: { onSubmit: failTransiently },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('button', { name: /Try again|Yritä|Försök/ })).toBeInTheDocument();
  },
};

/** The service refuses the answer (4xx): tell the customer and offer another channel. */
export const RefusedPermanently: Story = {
  args: {
    onSubmit: (() => Promise.reject(new PermanentFeedbackError('HTTP 422', 422))) as () => Promise<void>,
    alternativeContact: 'Call us on 0800 123 456 (free), weekdays 8–18.',
  },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(await within(canvasElement).findByText('Call us on 0800 123 456 (free), weekdays 8–18.')).toBeInTheDocument();
  },
};

export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };

const answer: FeedbackResponse = {
  id: '3b0c4e9a-5d1f-4c8e-9a7b-2f6d1e0c9b8a',
  kind: 'csat',
  scale: { min: 1, max: 5 },
  score: 2,
  comment: 'The delivery slot I chose was not available after all.',
  touchpoint: 'checkout/delivery',
  locale: 'en',
  createdAt: '2026-11-23T10:00:00.000Z',
};

/** The result area on its own, in each state (what FeedbackWidget and HelpfulPrompt show after sending). */
const statusStory = (status: Parameters<typeof FeedbackStatus>[0]['status']): Story => ({
  render: () => (
    <div role="status">
      <FeedbackStatus status={status} response={answer} onRetry={fn()} />
    </div>
  ),
});
export const StatusSending = statusStory({ state: 'sending', attempts: 1, earlier: false, place: 'device' });
export const StatusSent = statusStory({ state: 'sent' });
export const StatusRetrying = statusStory({ state: 'not-sent-yet', attempts: 1, offline: false, earlier: false, place: 'device' });
export const StatusOffline = statusStory({ state: 'not-sent-yet', attempts: 2, offline: true, earlier: false, place: 'device' });
/** Several attempts have failed: "taking longer than usual", still retrying, answer kept. */
export const StatusStuck = statusStory({ state: 'not-sent-yet', attempts: 6, offline: false, earlier: false, place: 'device' });
export const StatusFailed = statusStory({ state: 'failed', attempts: 1, reason: 'HTTP 422', place: 'device' });
/** After a reload: the answer from the earlier page load is shown with its state, not a fresh question. */
export const StatusEarlierAnswer = statusStory({ state: 'not-sent-yet', attempts: 2, offline: false, earlier: true, place: 'device' });
/** No storage on this device: sent at once, and the customer is told it is lost if the page closes first. */
export const StatusMemoryOnly = statusStory({ state: 'sending', attempts: 1, earlier: false, place: 'memory', memoryReason: 'unavailable' });
export const StatusStorageFull = statusStory({ state: 'queued', offline: false, earlier: false, place: 'memory', memoryReason: 'quota' });
export const StatusMemoryOnlyRetrying = statusStory({ state: 'not-sent-yet', attempts: 1, offline: false, earlier: false, place: 'memory' });
export const StatusUnsaved = statusStory({ state: 'unsaved', reason: 'The answer could not be kept' });

/** A device whose storage is full: the answer is kept in memory, the widget says so, and it is still delivered. */
const fullStore = (): OutboxStore => ({
  ...createMemoryOutboxStore('device'),
  put: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
});
export const StorageFull: Story = {
  render: (args) => <FeedbackWidget {...args} storage={fullStore()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(/storage is full|tallennustila on täynnä|lagringsutrymme är fullt/)).toBeInTheDocument();
    await expect(await canvas.findByText(thanks)).toBeInTheDocument();
  },
};

/** Two outboxes (as two tabs would) over one real IndexedDB, sending 30 answers through Chromium's real Web Locks. */
function TwoSenders() {
  const [result, setResult] = useState('Running…');
  useEffect(() => {
    const store = createIndexedDbOutboxStore({ name: `polku-story-${newResponseId()}` });
    const { transport, deliveries, most } = countingTransport('story');
    const tabs = [0, 1].map(() => createOutbox({ transport, store, maxConcurrent: 1 }));
    void (async () => {
      await Promise.all(Array.from({ length: 30 }, (_, i) => tabs[i % 2]!.enqueue({ ...answer, id: newResponseId() })));
      await Promise.all(tabs.map((t) => t.drain({ force: true })));
      while ((await store.list('story')).length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const once = [...deliveries.values()].every((n) => n === 1);
      const locks = typeof navigator.locks?.request === 'function' ? 'used' : 'missing';
      setResult(`${deliveries.size} answers, ${once ? 'each sent once' : 'some sent twice'}, at most ${most()} in flight, Web Locks ${locks}`);
    })();
    return () => {
      for (const t of tabs) t.dispose();
      void store.close();
    };
  }, []);
  return <p role="status">{result}</p>;
}

/** The one-sender rule in real Chromium: two outboxes share the Web Lock of the endpoint, so each answer goes once. */
export const OneSenderPerEndpoint: Story = {
  render: () => <TwoSenders />,
  play: async ({ canvasElement }) => {
    const done = await within(canvasElement).findByText(/^\d+ answers/, {}, { timeout: 15_000 });
    await expect(done).toHaveTextContent('30 answers, each sent once, at most 1 in flight, Web Locks used');
  },
};
