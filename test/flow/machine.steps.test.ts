import { describe, expect, it } from 'vitest';
import type { TwoFactorErrorCode } from '../../src/api/errors';
import {
  canRequest,
  flowReducer,
  initialFlowState,
  isBlocked,
  isBusy,
  isHalted,
} from '../../src/flow/machine';

import {
  accepted,
  changeNumber,
  codeResending,
  codeSent,
  codeVerifying,
  err,
  failed,
  linked,
  live,
  OTHER_PHONE,
  PHONE,
  phoneLinking,
  phoneRequesting,
  rejected,
  requestCode,
  run,
  sendAfterFailure,
  submitCode,
  submitPhone,
  T0,
} from './fixtures';

describe('initialFlowState', () => {
  it('starts at phone entry without phoneRegistered', () => {
    expect(initialFlowState(false)).toEqual({
      step: 'phone',
      activity: 'idle',
      pending: null,
      error: null,
      retryAt: null,
    });
  });

  it('starts at "send code" with phoneRegistered', () => {
    expect(initialFlowState(true)).toEqual({
      step: 'send',
      activity: 'idle',
      phone: null,
      error: null,
      retryAt: null,
    });
  });

  it.each([false, true])('returns a fresh, sendable state (phoneRegistered=%s)', (registered) => {
    const a = initialFlowState(registered);
    expect(a).not.toBe(initialFlowState(registered));
    expect(canRequest(a, T0)).toBe(true);
    expect(isBusy(a)).toBe(false);
    expect(isBlocked(a, T0)).toBe(false);
    expect(isHalted(a)).toBe(false);
  });
});

describe('happy path', () => {
  it('phone -> linking -> requesting -> code -> verifying -> verified', () => {
    let state = initialFlowState(false);

    state = flowReducer(state, submitPhone(T0));
    expect(state).toEqual({
      step: 'phone',
      activity: 'linking',
      pending: PHONE,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, linked);
    expect(state).toEqual({
      step: 'phone',
      activity: 'requesting',
      pending: PHONE,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, codeSent(T0 + 1_000));
    expect(state).toEqual({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      codeSentAt: T0 + 1_000,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, submitCode('654321'));
    expect(state).toEqual({
      step: 'code',
      activity: 'verifying',
      phone: PHONE,
      codeSentAt: T0 + 1_000,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, accepted('654321'));
    expect(state).toEqual({ step: 'verified', code: '654321' });
  });

  it('send -> requesting -> code -> verifying -> verified with phoneRegistered', () => {
    let state = initialFlowState(true);

    state = flowReducer(state, requestCode(T0));
    expect(state).toEqual({
      step: 'send',
      activity: 'requesting',
      phone: null,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, codeSent(T0 + 200));
    expect(state).toEqual({
      step: 'code',
      activity: 'idle',
      phone: null,
      codeSentAt: T0 + 200,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, submitCode('000111'));
    expect(state).toMatchObject({ step: 'code', activity: 'verifying' });

    state = flowReducer(state, accepted('000111'));
    expect(state).toEqual({ step: 'verified', code: '000111' });
  });

  it('never mutates the state it is given', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object' && !(value instanceof Error)) {
        for (const inner of Object.values(value)) deepFreeze(inner);
        Object.freeze(value);
      }
      return value;
    };
    const events = [
      submitPhone(T0),
      linked,
      codeSent(T0 + 1),
      requestCode(T0 + 40_000),
      failed(err('W5001', 5_000), T0 + 40_001),
      changeNumber,
      submitPhone(T0 + 50_000, OTHER_PHONE),
      linked,
      codeSent(T0 + 50_001),
      submitCode(),
      rejected(),
      submitCode(),
      accepted(),
    ];
    let state = deepFreeze(initialFlowState(false));
    for (const event of events) state = deepFreeze(flowReducer(state, event));
    expect(state).toEqual({ step: 'verified', code: '123456' });
  });
});

describe('link failure', () => {
  it.each<TwoFactorErrorCode>(['W5000', 'NETWORK', 'TIMEOUT', 'BAD_RESPONSE', 'W9999', 'W2003'])(
    'keeps step phone with the error (%s)',
    (code) => {
      const error = err(code);
      const next = flowReducer(phoneLinking(), failed(error, T0 + 10));
      // The number that failed to link is no longer pending: no hint lingers.
      expect(next).toEqual({
        step: 'phone',
        activity: 'idle',
        pending: null,
        error,
        retryAt: null,
      });
      expect(live(next).error).toBe(error);
    },
  );

  it('lets the viewer submit again after a retryable failure, clearing the error', () => {
    const failedState = run(phoneLinking(), failed(err('NETWORK'), T0 + 10));
    const next = flowReducer(failedState, submitPhone(T0 + 20, OTHER_PHONE));
    expect(next).toEqual({
      step: 'phone',
      activity: 'linking',
      pending: OTHER_PHONE,
      error: null,
      retryAt: null,
    });
  });
});

describe('code request failure after a successful link', () => {
  it('lands on step send with the pending phone and draft kept', () => {
    const error = err('W5000');
    expect(flowReducer(phoneRequesting(), failed(error, T0 + 500))).toEqual({
      step: 'send',
      activity: 'idle',
      phone: PHONE,
      error,
      retryAt: null,
    });
  });

  it('asks for a code again without linking again', () => {
    const state = sendAfterFailure();
    // No way to re-link from send: a phone submission is ignored.
    expect(flowReducer(state, submitPhone(T0 + 600))).toBe(state);

    const requesting = flowReducer(state, requestCode(T0 + 600));
    expect(requesting).toEqual({
      step: 'send',
      activity: 'requesting',
      phone: PHONE,
      error: null,
      retryAt: null,
    });
    expect(flowReducer(requesting, codeSent(T0 + 700))).toEqual({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      codeSentAt: T0 + 700,
      error: null,
      retryAt: null,
    });
  });
});

describe('resend from the code step', () => {
  it('goes to requesting, keeping codeSentAt, phone and draft', () => {
    expect(codeResending()).toEqual({
      step: 'code',
      activity: 'requesting',
      phone: PHONE,
      codeSentAt: T0 + 1_000,
      error: null,
      retryAt: null,
    });
  });

  it('moves codeSentAt forward when the new code is sent', () => {
    expect(flowReducer(codeResending(), codeSent(T0 + 41_000))).toEqual({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      codeSentAt: T0 + 41_000,
      error: null,
      retryAt: null,
    });
  });

  it('clears a previous rejection when resending', () => {
    const rejection = err('CODE_REJECTED');
    const afterRejection = run(codeVerifying(), rejected(rejection));
    expect(live(afterRejection).error).toBe(rejection);
    expect(flowReducer(afterRejection, requestCode(T0 + 40_000))).toMatchObject({
      step: 'code',
      activity: 'requesting',
      error: null,
    });
  });

  it('keeps the old codeSentAt when the resend fails', () => {
    const error = err('TIMEOUT');
    expect(flowReducer(codeResending(), failed(error, T0 + 55_000))).toEqual({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      codeSentAt: T0 + 1_000,
      error,
      retryAt: null,
    });
  });
});
