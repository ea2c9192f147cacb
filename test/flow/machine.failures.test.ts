import { describe, expect, it } from 'vitest';
import type { TwoFactorErrorCode } from '../../src/api/errors';
import {
  canRequest,
  DEFAULT_RATE_LIMIT_WAIT_MS,
  flowReducer,
  isBlocked,
  isBusy,
  isHalted,
} from '../../src/flow/machine';

import {
  authChanged,
  changeNumber,
  codeIdle,
  codeResending,
  codeVerifying,
  err,
  failed,
  live,
  PHONE,
  phoneIdle,
  phoneLinking,
  REQUEST_CONTEXTS,
  rejected,
  run,
  sendIdle,
  sendingEvent,
  submitCode,
  submitPhone,
  T0,
} from './fixtures';

describe('rate limit (W5001)', () => {
  it('waits 30 s by default', () => {
    expect(DEFAULT_RATE_LIMIT_WAIT_MS).toBe(30_000);
  });

  describe.each(REQUEST_CONTEXTS)('from $name', ({ make, landsIn }) => {
    const at = T0 + 2_000;

    it('sets retryAt = at + retryAfterMs', () => {
      const error = err('W5001', 12_345);
      expect(flowReducer(make(), failed(error, at))).toEqual(landsIn(error, at + 12_345, at));
    });

    it('sets retryAt = at + 30 000 without retryAfterMs', () => {
      const error = err('W5001');
      expect(flowReducer(make(), failed(error, at))).toEqual(landsIn(error, at + 30_000, at));
    });

    it('treats retryAfterMs 0 as "no wait" (retryAt = at)', () => {
      const error = err('W5001', 0);
      const next = flowReducer(make(), failed(error, at));
      expect(next).toEqual(landsIn(error, at, at));
      expect(isBlocked(next, at)).toBe(false);
    });

    it('sets no retryAt for other failures', () => {
      const error = err('W5000', 9_000); // a retryAfterMs on a non-W5001 error is ignored
      expect(flowReducer(make(), failed(error, at))).toEqual(landsIn(error, null, at));
    });

    it('refuses to send (same object) until retryAt, then accepts', () => {
      const blocked = flowReducer(make(), failed(err('W5001', 10_000), at));
      const retryAt = at + 10_000;

      for (const now of [at, at + 1, retryAt - 1]) {
        expect(isBlocked(blocked, now)).toBe(true);
        expect(canRequest(blocked, now)).toBe(false);
        expect(flowReducer(blocked, sendingEvent(blocked, now))).toBe(blocked);
      }

      expect(isBlocked(blocked, retryAt)).toBe(false);
      expect(canRequest(blocked, retryAt)).toBe(true);
      for (const now of [retryAt, retryAt + 60_000]) {
        const next = flowReducer(blocked, sendingEvent(blocked, now));
        expect(next).not.toBe(blocked);
        expect(next).toMatchObject({
          step: blocked.step,
          activity: blocked.step === 'phone' ? 'linking' : 'requesting',
          error: null,
          retryAt: null,
        });
      }
    });

    it('is not halted: AUTH_CHANGED keeps the error and the wait (same object)', () => {
      const blocked = flowReducer(make(), failed(err('W5001'), at));
      expect(isHalted(blocked)).toBe(false);
      expect(flowReducer(blocked, authChanged)).toBe(blocked);
    });
  });

  it('still lets the viewer enter a code while blocked, keeping retryAt', () => {
    const blocked = run(codeResending(), failed(err('W5001'), T0 + 40_000));
    const verifying = flowReducer(blocked, submitCode());
    expect(verifying).toEqual({
      step: 'code',
      activity: 'verifying',
      phone: PHONE,
      codeSentAt: T0 + 1_000,
      error: null,
      retryAt: T0 + 70_000,
    });
    expect(flowReducer(verifying, rejected())).toMatchObject({ retryAt: T0 + 70_000 });
  });
});

describe('halting failures (W2000, W2003, W2101)', () => {
  const HALTING: TwoFactorErrorCode[] = ['W2000', 'W2003', 'W2101'];
  const RETRYABLE: TwoFactorErrorCode[] = [
    'W5000',
    'W5001',
    'W9999',
    'NETWORK',
    'TIMEOUT',
    'BAD_RESPONSE',
  ];

  describe.each(REQUEST_CONTEXTS)('from $name', ({ make, landsIn }) => {
    it.each(HALTING)('%s halts sending until AUTH_CHANGED', (code) => {
      const error = err(code);
      const halted = flowReducer(make(), failed(error, T0));
      expect(halted).toEqual(landsIn(error, null, T0));
      expect(isHalted(halted)).toBe(true);
      expect(isBusy(halted)).toBe(false);
      expect(isBlocked(halted, T0)).toBe(false);
      for (const now of [T0, T0 + 60_000, T0 + 86_400_000]) {
        expect(canRequest(halted, now)).toBe(false);
        expect(flowReducer(halted, sendingEvent(halted, now))).toBe(halted);
      }

      const lifted = flowReducer(halted, authChanged);
      expect(lifted).toEqual({ ...halted, error: null });
      expect(isHalted(lifted)).toBe(false);
      expect(canRequest(lifted, T0)).toBe(true);
      expect(flowReducer(lifted, sendingEvent(lifted, T0))).not.toBe(lifted);
    });

    it.each(RETRYABLE)('%s does not halt; AUTH_CHANGED keeps it (same object)', (code) => {
      const failedState = flowReducer(make(), failed(err(code), T0));
      expect(isHalted(failedState)).toBe(false);
      expect(flowReducer(failedState, authChanged)).toBe(failedState);
    });
  });

  it('a rejected code does not halt and survives AUTH_CHANGED', () => {
    const state = run(codeVerifying(), rejected());
    expect(isHalted(state)).toBe(false);
    expect(canRequest(state, T0 + 1_000)).toBe(true);
    expect(flowReducer(state, authChanged)).toBe(state);
  });

  it.each([
    ['phone/idle', phoneIdle],
    ['phone/linking', phoneLinking],
    ['send/idle', sendIdle],
    ['code/idle', codeIdle],
    ['code/verifying', codeVerifying],
  ])('AUTH_CHANGED without an error is ignored in %s (same object)', (_, make) => {
    const state = make();
    expect(flowReducer(state, authChanged)).toBe(state);
  });
});

describe('a halting auth failure survives everything but AUTH_CHANGED', () => {
  it.each<TwoFactorErrorCode>(['W2000', 'W2003', 'W2101'])(
    'CHANGE_NUMBER after %s keeps the error and keeps sending off',
    (code) => {
      const error = err(code);
      const halted = run(codeResending(), failed(error, T0 + 41_000), changeNumber);
      expect(halted).toEqual({
        step: 'phone',
        activity: 'idle',
        pending: null,
        error,
        retryAt: null,
      });
      expect(canRequest(halted, T0 + 50_000)).toBe(false);
      expect(flowReducer(halted, submitPhone(T0 + 50_000))).toBe(halted);
      expect(live(run(halted, authChanged)).error).toBeNull();
    },
  );

  it('refuses a code while halted, so the halt cannot be erased by a code check', () => {
    const halted = run(codeResending(), failed(err('W2101'), T0 + 41_000));
    expect(flowReducer(halted, submitCode())).toBe(halted);
    const lifted = run(halted, authChanged);
    expect(live(flowReducer(lifted, submitCode())).activity).toBe('verifying');
  });

  it('a retryable failure does not survive CHANGE_NUMBER', () => {
    const state = run(codeResending(), failed(err('W5000'), T0 + 41_000), changeNumber);
    expect(live(state).error).toBeNull();
  });
});
