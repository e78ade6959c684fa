// The page of the independent fault run: a plain React app that uses only the public exports of the packed
// @polku/* tarballs, as a new team would. The runner (run.mjs) decides which widgets are on the page through
// window.ifr.render(); the customer's part (choosing on the scale, pressing Send) is done by clicking in Chromium.
import '@polku/tokens/css';
import { createRoot } from 'react-dom/client';
import { PolkuProvider } from '@polku/react';
import { FeedbackWidget, PermanentFeedbackError, createBeaconTransport, createFetchTransport, pendingFeedback } from '@polku/cx';

const params = new URLSearchParams(location.search);
const locale = params.get('locale') ?? 'en';
const tab = params.get('tab') ?? 'tab';

/**
 * One sender per endpoint, each with its own receiver behind the fault proxy:
 *   a: fetch transport, batches       → /a/v1/feedback
 *   b: fetch transport, single sends  → /b/v1/feedback
 *   c: beacon transport               → /c/v1/feedback
 *   d: onSubmit with the team's own fetch (queue name "d-submit") → /d/v1/feedback
 */
const transports = {
  a: createFetchTransport('/a/v1/feedback', { batch: true }),
  b: createFetchTransport('/b/v1/feedback'),
  c: createBeaconTransport('/c/v1/feedback'),
};
const queueOf = { a: '/a/v1/feedback', b: '/b/v1/feedback', c: '/c/v1/feedback', d: 'd-submit' };

async function submitToD(response) {
  const reply = await fetch('/d/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': response.id },
    body: JSON.stringify(response),
  });
  if (reply.status >= 200 && reply.status < 300) return;
  // as the receiver's guide says: 4xx other than 408/429 is for good, anything else is retried (ids dedupe)
  if (reply.status >= 400 && reply.status < 500 && reply.status !== 408 && reply.status !== 429)
    throw new PermanentFeedbackError(`d: HTTP ${reply.status}`);
  throw new Error(`d: HTTP ${reply.status}`);
}

function deliveryProps(endpoint) {
  return endpoint === 'd' ? { onSubmit: submitToD, endpoint: 'd-submit' } : { transport: transports[endpoint] };
}

const events = [];

function App({ widgets }) {
  return (
    <PolkuProvider locale={locale} onCxEvent={(event) => events.push({ ...event, tab, at: Date.now() })}>
      <main>
        <h1>Independent fault run ({tab})</h1>
        {widgets.map((w) => (
          <section key={`${w.situation}/${w.seq}`} data-seq={w.seq} data-endpoint={w.endpoint} aria-label={`answer ${w.seq}`}>
            <FeedbackWidget
              kind={w.kind}
              touchpoint={`ifr/${w.situation}/${w.seq}`}
              channel="web"
              followUp={false}
              metadata={{ ifrRun: w.run, ifrSituation: w.situation, ifrSeq: w.seq, ifrEndpoint: w.endpoint, ifrTab: tab }}
              {...deliveryProps(w.endpoint)}
            />
          </section>
        ))}
      </main>
    </PolkuProvider>
  );
}

const root = createRoot(document.getElementById('root'));
let current = [];

window.ifr = {
  /** Puts exactly these widgets on the page ({ run, situation, seq, kind, endpoint }). */
  render(widgets) {
    current = widgets;
    root.render(<App widgets={current} />);
  },
  /** What waits in the outbox of one endpoint (the documented `pendingFeedback`). */
  async pending(endpoint) {
    const entries = await pendingFeedback(queueOf[endpoint]);
    return entries.length;
  },
  events,
};
window.ifr.render([]);
window.ifrReady = true;
