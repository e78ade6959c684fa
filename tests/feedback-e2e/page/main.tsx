/**
 * The exactly-once test page: FeedbackWidgets from @polku/cx (public API only) sending through the fetch transport
 * to `?endpoint=` (the fault proxy). `window.__polku` is this page's automation hook, never part of the package:
 * `answer(n)` mounts n new widgets and answers each through its real form; `statuses()` reads what each widget shows.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { PolkuProvider } from '@polku/react';
import { FeedbackWidget, createFetchTransport, feedbackMessages, type CxEvent } from '@polku/cx';

const params = new URLSearchParams(location.search);
const tab = params.get('tab') ?? '1';
const endpoint = new URL(params.get('endpoint') ?? '/v1/feedback', location.href).href;
/** A fresh prefix per page load, so a reloaded page asks new questions (touchpoints) instead of the old ones. */
const load = Math.random().toString(36).slice(2, 8);
const kinds = ['nps', 'csat', 'ces', 'emotion'] as const;

/**
 * Two transports, as an app would create them once: the widgets alternate between queue `a` and queue `b` (the same
 * receiver, told apart by the query), so an answer sent through the other widget's transport shows in the proxy log.
 */
const queues = ['a', 'b'] as const;
const transports = queues.map((queue) =>
  createFetchTransport(queue === 'a' ? endpoint : `${endpoint}${endpoint.includes('?') ? '&' : '?'}queue=${queue}`, { timeoutMs: 8_000, batch: true }),
);

interface Answered {
  touchpoint: string;
  queue: (typeof queues)[number];
  id?: string;
}
const answered = new Map<string, Answered>();
/** Reports to the driver (a Playwright binding) so a reload right after answering loses nothing the UI said. */
const report = (event: object) => (window as unknown as { __polkuRecord?: (e: object) => void }).__polkuRecord?.({ tab, load, ...event });

function onCxEvent(event: CxEvent | { type: string }) {
  if (event.type !== 'feedback.submitted') return;
  const submitted = event as Extract<CxEvent, { type: 'feedback.submitted' }>;
  const entry = submitted.touchpoint ? answered.get(submitted.touchpoint) : undefined;
  if (entry) entry.id = submitted.responseId;
  report({ type: 'submitted', id: submitted.responseId, queue: entry?.queue, touchpoint: submitted.touchpoint, score: submitted.score });
}

let mount: (touchpoints: string[]) => void = () => {};

function Page() {
  const [touchpoints, setTouchpoints] = useState<string[]>([]);
  // Set after mount, not during render (React Compiler rule react-hooks/globals); answer() runs long after.
  useEffect(() => {
    mount = (more) => setTouchpoints((list) => [...list, ...more]);
  }, []);
  return (
    <PolkuProvider locale="fi" onCxEvent={onCxEvent as never}>
      <h1>Palaute</h1>
      {/* Always mounted, never answered: a reloaded page drains what earlier loads left pending in each queue. */}
      {transports.map((transport, index) => (
        <FeedbackWidget key={index} kind="nps" touchpoint={`e2e/tab${tab}/keeper${index}`} transport={transport} />
      ))}
      {touchpoints.map((touchpoint, index) => (
        <FeedbackWidget
          key={touchpoint}
          kind={kinds[index % kinds.length]!}
          touchpoint={touchpoint}
          transport={transports[index % transports.length]!}
          followUp={false}
          contactChannels={[]}
          data-touchpoint={touchpoint}
        />
      ))}
    </PolkuProvider>
  );
}

function widget(touchpoint: string): HTMLElement | null {
  return document.querySelector(`[data-touchpoint="${CSS.escape(touchpoint)}"]`);
}

/** Mounts `n` widgets and answers each through its form: pick a radio, press Send. Returns the answer ids. */
function answer(n: number): string[] {
  const start = answered.size;
  const batch = Array.from({ length: n }, (_, i) => `e2e/tab${tab}/${load}/q${start + i}`);
  batch.forEach((touchpoint, i) => answered.set(touchpoint, { touchpoint, queue: queues[(start + i) % queues.length]! }));
  flushSync(() => mount(batch));
  for (const touchpoint of batch) {
    const root = widget(touchpoint);
    const radios = root ? [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')] : [];
    if (radios.length === 0) throw new Error(`no question shown for ${touchpoint}`);
    radios[(start + radios.length) % radios.length]!.click();
    root!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }
  return batch.map((touchpoint) => answered.get(touchpoint)?.id ?? `missing:${touchpoint}`);
}

/** The built-in (fi) notices that say an answer is kept only while the page is open. */
const memoryOnlyNotices = ['feedback.status.memoryOnly', 'feedback.status.storageFull', 'feedback.status.retryingMemory', 'feedback.status.offlineMemory']
  .map((id) => (feedbackMessages.fi as Record<string, unknown>)[id])
  .filter((text): text is string => typeof text === 'string');

/** What each answered widget shows now: its status region's state, its text, and whether it says memory-only. */
function statuses() {
  return [...answered.values()].map(({ touchpoint, id }) => {
    const result = widget(touchpoint)?.querySelector<HTMLElement>('[data-state]');
    const text = result?.textContent ?? '';
    return { touchpoint, id, state: result?.dataset.state ?? 'none', text, memoryOnly: memoryOnlyNotices.some((notice) => text.includes(notice)) };
  });
}

Object.assign(window, { __polku: { answer, statuses, tab, load } });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
