import { act, createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { PolkuProvider } from '@polku/react';
import { resetDevMessages } from '@polku/react/internal';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { PromiseBadge } from './PromiseBadge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const MIN = 60_000;
const start = Date.parse('2026-11-23T10:00:00Z');
const base = { promiseId: 'served-15', text: 'Served within 15 minutes', compensation: '€10', start, durationMs: 15 * MIN, timeZone: 'UTC' };

describe('PromiseBadge', () => {
  beforeEach(() => {
    resetDevMessages();
    vi.useFakeTimers({ now: start + 5 * MIN });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the promise, the state as text, the deadline in <time> and a silent timer', () => {
    render(<PromiseBadge {...base} />);
    const group = screen.getByRole('group', { name: 'Served within 15 minutes' });
    expect(group).toHaveAttribute('data-state', 'active');
    expect(group).toHaveTextContent('Status: On track');
    const time = group.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2026-11-23T10:15:00.000Z');
    expect(time).toHaveTextContent('by 10:15');
    const timer = screen.getByRole('timer');
    expect(timer).toHaveAttribute('aria-live', 'off');
    expect(timer).toHaveTextContent('10 min 0 sec left');
    expect(group).toHaveTextContent('If we are late: €10');
  });

  it('ticks at most once per second and announces crossing into at risk and broken once each', async () => {
    const onCxEvent = vi.fn();
    render(
      <PolkuProvider onCxEvent={onCxEvent}>
        <PromiseBadge {...base} journeyStep="branch/queue" />
      </PolkuProvider>,
    );
    const timer = screen.getByRole('timer');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    await act(async () => vi.advanceTimersByTime(1000));
    expect(timer).toHaveTextContent('9 min 59 sec left');
    await act(async () => vi.advanceTimersByTime(999));
    expect(timer).toHaveTextContent('9 min 59 sec left');
    await act(async () => vi.advanceTimersByTime(7 * MIN));
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'at-risk');
    await act(async () => vi.advanceTimersByTime(100));
    expect(status).toHaveTextContent('Served within 15 minutes: At risk, 3 minutes left');
    expect(onCxEvent).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'promise.state-changed', promiseId: 'served-15', from: 'active', to: 'at-risk', journeyStep: 'branch/queue' }),
    );
    await act(async () => vi.advanceTimersByTime(3 * MIN + 100));
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'broken');
    expect(screen.queryByRole('timer')).toBeNull();
    expect(status).toHaveTextContent('Served within 15 minutes: Broken');
    expect(screen.getByText('You are entitled to: €10')).toBeInTheDocument();
    expect(onCxEvent).toHaveBeenCalledTimes(2);
    // Nothing is scheduled once the state is final.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('in static mode shows the deadline and state and never schedules a tick', () => {
    render(<PromiseBadge {...base} static />);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('group')).toHaveTextContent('On track');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('corrects a skewed client clock with the server-time offset and accepts an injected clock', () => {
    render(<PromiseBadge {...base} serverTimeOffsetMs={8 * MIN} />);
    expect(screen.getByRole('group')).toHaveAttribute('data-state', 'at-risk');
    const clock = { now: () => start + 20 * MIN, setTimeout: vi.fn(), clearTimeout: vi.fn() };
    render(<PromiseBadge {...base} promiseId="b" text="Call back today" clock={clock} />);
    expect(screen.getByRole('group', { name: 'Call back today' })).toHaveAttribute('data-state', 'broken');
  });

  it('shows kept, waived and paused states in words', () => {
    render(
      <>
        <PromiseBadge {...base} promiseId="k" text="Kept one" fulfilledAt={start + 9 * MIN} />
        <PromiseBadge {...base} promiseId="w" text="Waived one" outcome="waived" />
        <PromiseBadge {...base} promiseId="p" text="Paused one" paused />
      </>,
    );
    expect(screen.getByRole('group', { name: 'Kept one' })).toHaveTextContent('Kept');
    expect(screen.getByRole('group', { name: 'Waived one' })).toHaveTextContent('Waived');
    expect(screen.getByRole('group', { name: 'Paused one' })).toHaveTextContent('Paused');
  });

  it('speaks Finnish and Swedish', () => {
    render(
      <PolkuProvider locale="fi">
        <PromiseBadge {...base} />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group')).toHaveTextContent('Aikataulussa');
    expect(screen.getByRole('group')).toHaveTextContent('viimeistään klo 10.15');
    expect(screen.getByRole('group')).toHaveTextContent('Jos myöhästymme: €10');
    render(
      <PolkuProvider locale="sv">
        <PromiseBadge {...base} promiseId="sv" text="Betjänad inom 15 minuter" outcome="broken" />
      </PolkuProvider>,
    );
    expect(screen.getByRole('group', { name: 'Betjänad inom 15 minuter' })).toHaveTextContent('Löftet brutet');
  });

  it('forwards the ref and passes className and attributes through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<PromiseBadge {...base} ref={ref} className="mine" data-testid="p" />);
    expect(ref.current).toBe(screen.getByTestId('p'));
    expect(ref.current).toHaveClass('mine');
  });

  it('reports a missing text in development, naming the prop', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: text is required
      render(<PromiseBadge {...base} text={undefined} />);
      expect(console.errors().join('\n')).toMatch(/PromiseBadge: the "text" prop is required/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations in any state', async () => {
    vi.useRealTimers();
    const now = Date.now();
    render(
      <div>
        <PromiseBadge {...base} start={now} />
        <PromiseBadge {...base} promiseId="b" text="B" outcome="broken" />
        <PromiseBadge {...base} promiseId="k" text="K" outcome="kept" />
        <PromiseBadge {...base} promiseId="p" text="P" paused />
      </div>,
    );
    await expectNoAxeViolations();
  });

  it('server-renders the static deadline and hydrates without a mismatch, then starts ticking', async () => {
    vi.useRealTimers();
    const { html } = await expectAccessibleServerRender(<PromiseBadge {...base} />);
    expect(html.toLowerCase()).toContain('datetime="2026-11-23t10:15:00.000z"');
    expect(html).toContain('data-state="pending"');
    expect(html).not.toContain('role="timer"');
    const live = { ...base, start: Date.now() };
    const host = document.createElement('div');
    host.innerHTML = renderToString(<PromiseBadge {...live} />);
    document.body.appendChild(host);
    const console = captureConsole();
    try {
      await act(async () => {
        hydrateRoot(host, <PromiseBadge {...live} />);
      });
      expect(console.errors()).toEqual([]);
      expect(host.querySelector('[role="timer"]')).not.toBeNull();
    } finally {
      console.restore();
    }
  });
});
