import { describe, expect, it } from 'vitest';
import { deliveryStatusReducer, type DeliveryAction, type DeliveryStatus } from './delivery-status';

const run = (actions: DeliveryAction[], from: DeliveryStatus = { state: 'idle' }) => actions.reduce(deliveryStatusReducer, from);

describe('deliveryStatusReducer: the one status machine', () => {
  it('idle → saving → queued → sending → sent, and sent is final', () => {
    const status = run([
      { type: 'saving' },
      { type: 'kept', keeping: { place: 'device' }, offline: false },
      { type: 'sending', id: 'a', attempt: 1 },
      { type: 'sent', id: 'a', attempts: 1 },
      { type: 'failed', id: 'a', attempts: 2, kind: 'transient', reason: 'late news' },
    ]);
    expect(status).toEqual({ state: 'sent' });
  });

  it('carries "kept in memory only" (and why) through sending and not-sent-yet', () => {
    const status = run([
      { type: 'saving' },
      { type: 'kept', keeping: { place: 'memory', memoryReason: 'quota' }, offline: false },
      { type: 'sending', id: 'a', attempt: 1 },
      { type: 'failed', id: 'a', attempts: 1, kind: 'transient', reason: 'HTTP 503', nextAttemptAt: 5 },
    ]);
    expect(status).toEqual({
      state: 'not-sent-yet',
      attempts: 1,
      offline: false,
      earlier: false,
      reason: 'HTTP 503',
      nextAttemptAt: 5,
      place: 'memory',
      memoryReason: 'quota',
    });
  });

  it('a waiting state that stalls becomes not-sent-yet ("timeout"); settled states ignore the stall', () => {
    const sending = run([{ type: 'saving' }, { type: 'kept', keeping: { place: 'device' }, offline: false }, { type: 'sending', id: 'a', attempt: 2 }]);
    expect(deliveryStatusReducer(sending, { type: 'stalled' })).toMatchObject({ state: 'not-sent-yet', attempts: 2, reason: 'timeout', place: 'device' });
    expect(deliveryStatusReducer({ state: 'saving' }, { type: 'stalled' })).toMatchObject({ state: 'not-sent-yet', reason: 'timeout' });
    const refused = run([{ type: 'failed', id: 'a', attempts: 1, kind: 'permanent', reason: 'HTTP 409' }], sending);
    expect(deliveryStatusReducer(refused, { type: 'stalled' })).toBe(refused);
  });

  it('an answer restored after a reload is marked earlier, and stays so while it is sent again', () => {
    const restored = run([{ type: 'restored', keeping: { place: 'device' }, attempts: 2, state: 'pending', lastError: 'HTTP 503', offline: false }]);
    expect(restored).toMatchObject({ state: 'not-sent-yet', earlier: true, attempts: 2 });
    expect(deliveryStatusReducer(restored, { type: 'sending', id: 'a', attempt: 3 })).toMatchObject({ state: 'sending', earlier: true });
    expect(run([{ type: 'restored', keeping: { place: 'device' }, attempts: 1, state: 'failed', offline: false }])).toMatchObject({ state: 'failed' });
  });

  it('cannot be kept → unsaved; connectivity only changes the offline flag of waiting states', () => {
    expect(run([{ type: 'saving' }, { type: 'not-kept', reason: 'no storage' }])).toEqual({ state: 'unsaved', reason: 'no storage' });
    const queued = run([{ type: 'saving' }, { type: 'kept', keeping: { place: 'device' }, offline: true }]);
    expect(deliveryStatusReducer(queued, { type: 'connectivity', offline: false })).toMatchObject({ state: 'queued', offline: false });
  });
});
