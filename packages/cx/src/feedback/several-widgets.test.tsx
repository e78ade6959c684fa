import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PolkuProvider } from '@polku/react';
import { FeedbackWidget } from '../FeedbackWidget/FeedbackWidget';
import { createMemoryOutboxStore } from './outbox-store';
import type { FeedbackResponse } from './types';

/**
 * Issue #15 (independent fault run, `several-widgets`): widgets with `onSubmit` on one queue, replaced round after round
 * on one page while the last answer's send is still in flight. On a clean network each answer goes out exactly once.
 */
describe('several widgets with onSubmit on one endpoint', { timeout: 60_000 }, () => {
  it('sends each answer exactly once while widgets come and go with sends in flight', async () => {
    const storage = createMemoryOutboxStore('device');
    const calls = new Map<string, number>();
    let inFlight = 0;
    // The team's own fetch: a clean network that answers after a few milliseconds.
    const onSubmit = async (response: FeedbackResponse) => {
      calls.set(response.id, (calls.get(response.id) ?? 0) + 1);
      inFlight += 1;
      await new Promise((resolve) => setTimeout(resolve, 15));
      inFlight -= 1;
    };
    const page = (seqs: number[]) => (
      <PolkuProvider locale="en">
        {seqs.map((seq) => (
          <section key={seq} data-seq={seq} aria-label={`answer ${seq}`}>
            <FeedbackWidget kind="csat" touchpoint={`page/${seq}`} followUp={false} onSubmit={onSubmit} endpoint="d-submit" storage={storage} />
          </section>
        ))}
      </PolkuProvider>
    );
    const rounds = 8;
    const perRound = 3;
    const { rerender } = render(page([]));
    for (let round = 0; round < rounds; round += 1) {
      const seqs = Array.from({ length: perRound }, (_, k) => round * perRound + k);
      rerender(page(seqs));
      for (const seq of seqs) {
        const section = screen.getByRole('region', { name: `answer ${seq}` });
        fireEvent.click(within(section).getAllByRole('radio')[3]!);
        fireEvent.click(within(section).getByRole('button', { name: 'Send' }));
      }
      // The next round replaces these widgets as soon as the last answer is sent off, as a page that moves on does.
      await waitFor(() => expect(inFlight).toBeGreaterThan(0), { interval: 1 });
    }
    await waitFor(async () => {
      expect(calls.size).toBe(rounds * perRound);
      expect(inFlight).toBe(0);
      expect(await storage.list('d-submit')).toEqual([]);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 200))); // anything sent again late is counted too
    const repeated = [...calls].filter(([, n]) => n !== 1);
    expect(repeated).toEqual([]);
  });

  it('sends through the onSubmit of a widget still mounted once the first widget on the endpoint is gone', async () => {
    const storage = createMemoryOutboxStore('device');
    const sentBy: string[] = [];
    const submitOf = (name: string) => async () => {
      sentBy.push(name);
    };
    const page = (names: string[]) => (
      <PolkuProvider locale="en">
        {names.map((name) => (
          <section key={name} aria-label={name}>
            <FeedbackWidget kind="csat" touchpoint={`page/${name}`} followUp={false} onSubmit={submitOf(name)} endpoint="d-submit" storage={storage} />
          </section>
        ))}
      </PolkuProvider>
    );
    const { rerender } = render(page(['first', 'second']));
    rerender(page(['second']));
    const section = screen.getByRole('region', { name: 'second' });
    fireEvent.click(within(section).getAllByRole('radio')[4]!);
    fireEvent.click(within(section).getByRole('button', { name: 'Send' }));
    await waitFor(async () => expect(await storage.list('d-submit')).toEqual([]));
    expect(sentBy).toEqual(['second']);
  });
});
