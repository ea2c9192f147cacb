import { describe, expect, it, vi } from 'vitest';
import { TwoFactorError } from '../../src/api/errors';
import { type FlowEvent, type FlowState, initialFlowState } from '../../src/flow/machine';
import { createFlowStore } from '../../src/flow/store';

const T0 = 1_700_000_000_000;

const PHONE = { phone: 2015550123, countryCode: 1, display: '+1 201-555-0123' };
const submitPhone: FlowEvent = { type: 'PHONE_SUBMITTED', phone: PHONE, at: T0 };

describe('createFlowStore', () => {
  it('returns the initial state object as is', () => {
    const initial = initialFlowState(false);
    const store = createFlowStore(initial);
    expect(store.getState()).toBe(initial);
  });

  it('returns true and moves to the next state when the reducer accepts an event', () => {
    const store = createFlowStore(initialFlowState(false));
    expect(store.dispatch(submitPhone)).toBe(true);
    expect(store.getState()).toEqual({
      step: 'phone',
      activity: 'linking',
      pending: PHONE,
      error: null,
      retryAt: null,
    });
  });

  it('returns false and keeps the very same state when the reducer ignores an event', () => {
    const store = createFlowStore(initialFlowState(false));
    const before = store.getState();
    expect(store.dispatch({ type: 'LINK_SUCCEEDED' })).toBe(false);
    expect(store.getState()).toBe(before);
  });

  it('refuses the second of two synchronous submissions (double click)', () => {
    const store = createFlowStore(initialFlowState(false));
    expect(store.dispatch(submitPhone)).toBe(true);
    const afterFirst = store.getState();
    expect(store.dispatch({ ...submitPhone, at: T0 + 1 })).toBe(false);
    expect(store.getState()).toBe(afterFirst);
  });

  it('refuses sending while rate limited and accepts it after retryAt', () => {
    const store = createFlowStore(initialFlowState(true));
    expect(store.dispatch({ type: 'CODE_REQUESTED', at: T0 })).toBe(true);
    expect(
      store.dispatch({
        type: 'REQUEST_FAILED',
        error: new TwoFactorError('W5001', { retryAfterMs: 5_000 }),
        at: T0 + 100,
      }),
    ).toBe(true);
    expect(store.dispatch({ type: 'CODE_REQUESTED', at: T0 + 5_099 })).toBe(false);
    expect(store.dispatch({ type: 'CODE_REQUESTED', at: T0 + 5_100 })).toBe(true);
  });

  it('calls listeners only when the state changes, after the state is updated', () => {
    const store = createFlowStore(initialFlowState(false));
    const seen: FlowState[] = [];
    const listener = vi.fn(() => {
      seen.push(store.getState());
    });
    store.subscribe(listener);

    store.dispatch({ type: 'CODE_SENT', at: T0 }); // ignored
    store.dispatch({ type: 'AUTH_CHANGED' }); // ignored
    expect(listener).not.toHaveBeenCalled();

    store.dispatch(submitPhone); // accepted
    store.dispatch(submitPhone); // ignored (double click)
    store.dispatch({ type: 'LINK_SUCCEEDED' }); // accepted
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledWith();
    expect(seen.map((s) => (s.step === 'verified' ? s.step : `${s.step}/${s.activity}`))).toEqual([
      'phone/linking',
      'phone/requesting',
    ]);
    expect(seen[1]).toBe(store.getState());
  });

  it('calls every listener once per change', () => {
    const store = createFlowStore(initialFlowState(true));
    const a = vi.fn();
    const b = vi.fn();
    store.subscribe(a);
    store.subscribe(b);
    store.dispatch({ type: 'CODE_REQUESTED', at: T0 });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('stops calling a listener after it unsubscribes, leaving the others', () => {
    const store = createFlowStore(initialFlowState(true));
    const a = vi.fn();
    const b = vi.fn();
    const unsubscribeA = store.subscribe(a);
    store.subscribe(b);

    store.dispatch({ type: 'CODE_REQUESTED', at: T0 });
    unsubscribeA();
    store.dispatch({ type: 'CODE_SENT', at: T0 + 1 });

    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('tolerates unsubscribing twice and subscribing the same listener twice', () => {
    const store = createFlowStore(initialFlowState(true));
    const listener = vi.fn();
    const first = store.subscribe(listener);
    const second = store.subscribe(listener);

    store.dispatch({ type: 'CODE_REQUESTED', at: T0 });
    expect(listener).toHaveBeenCalledTimes(1); // a set: one registration

    first();
    first();
    second();
    store.dispatch({ type: 'CODE_SENT', at: T0 + 1 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lets a listener unsubscribe itself during notification', () => {
    const store = createFlowStore(initialFlowState(true));
    const other = vi.fn();
    const once = vi.fn(() => unsubscribe());
    const unsubscribe = store.subscribe(once);
    store.subscribe(other);

    store.dispatch({ type: 'CODE_REQUESTED', at: T0 });
    store.dispatch({ type: 'CODE_SENT', at: T0 + 1 });

    expect(once).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(2);
  });

  it('keeps stores independent', () => {
    const a = createFlowStore(initialFlowState(true));
    const b = createFlowStore(initialFlowState(true));
    const listenerB = vi.fn();
    b.subscribe(listenerB);
    expect(a.dispatch({ type: 'CODE_REQUESTED', at: T0 })).toBe(true);
    expect(b.getState()).toEqual(initialFlowState(true));
    expect(listenerB).not.toHaveBeenCalled();
  });

  it('ignores everything once verified, without notifying', () => {
    const store = createFlowStore(initialFlowState(true));
    for (const event of [
      { type: 'CODE_REQUESTED', at: T0 },
      { type: 'CODE_SENT', at: T0 + 1 },
      { type: 'CODE_SUBMITTED', code: '123456' },
      { type: 'CODE_ACCEPTED', code: '123456' },
    ] satisfies FlowEvent[]) {
      expect(store.dispatch(event)).toBe(true);
    }
    const final = store.getState();
    expect(final).toEqual({ step: 'verified', code: '123456' });

    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.dispatch({ type: 'CHANGE_NUMBER' })).toBe(false);
    expect(store.dispatch({ type: 'AUTH_CHANGED' })).toBe(false);
    expect(store.dispatch({ type: 'CODE_REQUESTED', at: T0 + 60_000 })).toBe(false);
    expect(store.getState()).toBe(final);
    expect(listener).not.toHaveBeenCalled();
  });
});
