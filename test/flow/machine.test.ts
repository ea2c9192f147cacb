import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TwoFactorError, type TwoFactorErrorCode } from '../../src/api/errors';
import {
  type ConfirmedPhone,
  canSend,
  DEFAULT_RATE_LIMIT_WAIT_MS,
  type FlowEvent,
  type FlowState,
  flowReducer,
  initialFlowState,
  isBlocked,
  isBusy,
  isHalted,
  type PhoneDraft,
} from '../../src/flow/machine';

// ---------------------------------------------------------------------------------------------
// Fixtures

const T0 = 1_700_000_000_000;

const PHONE: ConfirmedPhone = { phone: 2015550123, countryCode: 1, hint: '+1 ••• ••• ••23' };
const DRAFT: PhoneDraft = { country: 'US', text: '(201) 555-0123' };
const OTHER_PHONE: ConfirmedPhone = { phone: 7700900123, countryCode: 44, hint: '+44 •••• ••23' };
const OTHER_DRAFT: PhoneDraft = { country: 'GB', text: '07700 900123' };

const err = (code: TwoFactorErrorCode, retryAfterMs?: number) =>
  new TwoFactorError(code, retryAfterMs === undefined ? {} : { retryAfterMs });

const submitPhone = (at = T0, phone = PHONE, draft = DRAFT): FlowEvent => ({
  type: 'PHONE_SUBMITTED',
  phone,
  draft,
  at,
});
const linked: FlowEvent = { type: 'LINK_SUCCEEDED' };
const requestCode = (at = T0): FlowEvent => ({ type: 'CODE_REQUESTED', at });
const codeSent = (at = T0): FlowEvent => ({ type: 'CODE_SENT', at });
const failed = (error: TwoFactorError, at = T0): FlowEvent => ({
  type: 'REQUEST_FAILED',
  error,
  at,
});
const submitCode = (code = '123456'): FlowEvent => ({ type: 'CODE_SUBMITTED', code });
const accepted = (code = '123456'): FlowEvent => ({ type: 'CODE_ACCEPTED', code });
const rejected = (error = err('CODE_REJECTED')): FlowEvent => ({ type: 'CODE_REJECTED', error });
const changeNumber: FlowEvent = { type: 'CHANGE_NUMBER' };
const authChanged: FlowEvent = { type: 'AUTH_CHANGED' };

/** Applies events in order. */
const run = (state: FlowState, ...events: FlowEvent[]): FlowState =>
  events.reduce(flowReducer, state);

/** Narrows to a live (not verified) state, failing the test otherwise. */
function live(state: FlowState): Exclude<FlowState, { step: 'verified' }> {
  if (state.step === 'verified') throw new Error('expected a live state, got verified');
  return state;
}

// Reachable states, built only through the reducer.
const phoneIdle = () => initialFlowState(false);
const phoneLinking = () => run(phoneIdle(), submitPhone(T0));
const phoneRequesting = () => run(phoneLinking(), linked);
const codeIdle = () => run(phoneRequesting(), codeSent(T0 + 1_000));
const codeResending = () => run(codeIdle(), requestCode(T0 + 40_000));
const codeVerifying = () => run(codeIdle(), submitCode());
const verified = () => run(codeVerifying(), accepted());
const sendIdle = () => initialFlowState(true);
const sendRequesting = () => run(sendIdle(), requestCode(T0));
/** `send` reached because the first code request failed after a successful link. */
const sendAfterFailure = () => run(phoneRequesting(), failed(err('W5000'), T0 + 500));

/** Every context in which a request is in flight, with the state a failure lands in. */
const REQUEST_CONTEXTS: {
  name: string;
  make: () => FlowState;
  landsIn: (error: TwoFactorError, retryAt: number | null, at: number) => FlowState;
}[] = [
  {
    name: 'phone/linking',
    make: phoneLinking,
    landsIn: (error, retryAt) => ({
      step: 'phone',
      activity: 'idle',
      draft: DRAFT,
      pending: null,
      error,
      retryAt,
    }),
  },
  {
    name: 'phone/requesting (first code after link)',
    make: phoneRequesting,
    landsIn: (error, retryAt) => ({
      step: 'send',
      activity: 'idle',
      phone: PHONE,
      draft: DRAFT,
      error,
      retryAt,
    }),
  },
  {
    name: 'send/requesting (phoneRegistered)',
    make: sendRequesting,
    landsIn: (error, retryAt) => ({
      step: 'send',
      activity: 'idle',
      phone: null,
      draft: null,
      error,
      retryAt,
    }),
  },
  {
    name: 'code/requesting (resend)',
    make: codeResending,
    landsIn: (error, retryAt) => ({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      draft: DRAFT,
      codeSentAt: T0 + 1_000,
      error,
      retryAt,
    }),
  },
];

/** The event that would send a request from the idle state of the same step. */
const sendingEvent = (state: FlowState, at: number): FlowEvent =>
  state.step === 'phone' ? submitPhone(at, OTHER_PHONE, OTHER_DRAFT) : requestCode(at);

// ---------------------------------------------------------------------------------------------

describe('initialFlowState', () => {
  it('starts at phone entry without phoneRegistered', () => {
    expect(initialFlowState(false)).toEqual({
      step: 'phone',
      activity: 'idle',
      draft: null,
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
      draft: null,
      error: null,
      retryAt: null,
    });
  });

  it.each([false, true])('returns a fresh, sendable state (phoneRegistered=%s)', (registered) => {
    const a = initialFlowState(registered);
    expect(a).not.toBe(initialFlowState(registered));
    expect(canSend(a, T0)).toBe(true);
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
      draft: DRAFT,
      pending: PHONE,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, linked);
    expect(state).toEqual({
      step: 'phone',
      activity: 'requesting',
      draft: DRAFT,
      pending: PHONE,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, codeSent(T0 + 1_000));
    expect(state).toEqual({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      draft: DRAFT,
      codeSentAt: T0 + 1_000,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, submitCode('654321'));
    expect(state).toEqual({
      step: 'code',
      activity: 'verifying',
      phone: PHONE,
      draft: DRAFT,
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
      draft: null,
      error: null,
      retryAt: null,
    });

    state = flowReducer(state, codeSent(T0 + 200));
    expect(state).toEqual({
      step: 'code',
      activity: 'idle',
      phone: null,
      draft: null,
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
      submitPhone(T0 + 50_000, OTHER_PHONE, OTHER_DRAFT),
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
        draft: DRAFT,
        pending: null,
        error,
        retryAt: null,
      });
      expect(live(next).error).toBe(error);
    },
  );

  it('lets the viewer submit again after a retryable failure, clearing the error', () => {
    const failedState = run(phoneLinking(), failed(err('NETWORK'), T0 + 10));
    const next = flowReducer(failedState, submitPhone(T0 + 20, OTHER_PHONE, OTHER_DRAFT));
    expect(next).toEqual({
      step: 'phone',
      activity: 'linking',
      draft: OTHER_DRAFT,
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
      draft: DRAFT,
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
      draft: DRAFT,
      error: null,
      retryAt: null,
    });
    expect(flowReducer(requesting, codeSent(T0 + 700))).toEqual({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      draft: DRAFT,
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
      draft: DRAFT,
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
      draft: DRAFT,
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
      draft: DRAFT,
      codeSentAt: T0 + 1_000,
      error,
      retryAt: null,
    });
  });
});

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
        expect(canSend(blocked, now)).toBe(false);
        expect(flowReducer(blocked, sendingEvent(blocked, now))).toBe(blocked);
      }

      expect(isBlocked(blocked, retryAt)).toBe(false);
      expect(canSend(blocked, retryAt)).toBe(true);
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
      draft: DRAFT,
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
        expect(canSend(halted, now)).toBe(false);
        expect(flowReducer(halted, sendingEvent(halted, now))).toBe(halted);
      }

      const lifted = flowReducer(halted, authChanged);
      expect(lifted).toEqual({ ...halted, error: null });
      expect(isHalted(lifted)).toBe(false);
      expect(canSend(lifted, T0)).toBe(true);
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
    expect(canSend(state, T0 + 1_000)).toBe(true);
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

describe('double actions', () => {
  it('ignores a second PHONE_SUBMITTED (same object), even for another number', () => {
    const first = phoneLinking();
    expect(flowReducer(first, submitPhone(T0))).toBe(first);
    expect(flowReducer(first, submitPhone(T0 + 1, OTHER_PHONE, OTHER_DRAFT))).toBe(first);
    const requesting = phoneRequesting();
    expect(flowReducer(requesting, submitPhone(T0 + 2))).toBe(requesting);
  });

  it.each([
    ['send', sendRequesting],
    ['code', codeResending],
  ])('ignores a second CODE_REQUESTED in %s (same object)', (_, make) => {
    const state = make();
    expect(flowReducer(state, requestCode(T0 + 100_000))).toBe(state);
  });

  it('ignores a second CODE_SUBMITTED while verifying (same object)', () => {
    const state = codeVerifying();
    expect(flowReducer(state, submitCode())).toBe(state);
    expect(flowReducer(state, submitCode('999999'))).toBe(state);
  });

  it('ignores a second LINK_SUCCEEDED (same object)', () => {
    const state = phoneRequesting();
    expect(flowReducer(state, linked)).toBe(state);
  });
});

describe('CODE_SUBMITTED', () => {
  it('ignores an empty code (same object)', () => {
    const state = codeIdle();
    expect(flowReducer(state, submitCode(''))).toBe(state);
  });

  it('is ignored while a resend is in flight (same object)', () => {
    const state = codeResending();
    expect(flowReducer(state, submitCode())).toBe(state);
  });

  it('clears the previous error', () => {
    const afterRejection = run(codeVerifying(), rejected());
    expect(flowReducer(afterRejection, submitCode('111111'))).toEqual({
      step: 'code',
      activity: 'verifying',
      phone: PHONE,
      draft: DRAFT,
      codeSentAt: T0 + 1_000,
      error: null,
      retryAt: null,
    });
  });
});

describe('CODE_REJECTED', () => {
  it('returns to idle with the error, keeping codeSentAt, phone and draft', () => {
    const error = err('CODE_REJECTED');
    const next = flowReducer(codeVerifying(), rejected(error));
    expect(next).toEqual({
      step: 'code',
      activity: 'idle',
      phone: PHONE,
      draft: DRAFT,
      codeSentAt: T0 + 1_000,
      error,
      retryAt: null,
    });
    expect(live(next).error).toBe(error);
  });

  it('lets the viewer try another code', () => {
    const next = run(codeVerifying(), rejected(), submitCode('222222'), accepted('222222'));
    expect(next).toEqual({ step: 'verified', code: '222222' });
  });
});

describe('CHANGE_NUMBER', () => {
  it('goes back to phone entry from code, keeping the draft', () => {
    expect(flowReducer(codeIdle(), changeNumber)).toEqual({
      step: 'phone',
      activity: 'idle',
      draft: DRAFT,
      pending: null,
      error: null,
      retryAt: null,
    });
  });

  it('keeps the rate-limit wait (it applies to the screener, not the number)', () => {
    const blocked = run(codeResending(), failed(err('W5001', 20_000), T0 + 40_000));
    const next = flowReducer(blocked, changeNumber);
    expect(next).toEqual({
      step: 'phone',
      activity: 'idle',
      draft: DRAFT,
      pending: null,
      error: null,
      retryAt: T0 + 60_000,
    });
    expect(isBlocked(next, T0 + 59_999)).toBe(true);
    expect(flowReducer(next, submitPhone(T0 + 59_999))).toBe(next);
    expect(flowReducer(next, submitPhone(T0 + 60_000))).toMatchObject({ activity: 'linking' });
  });

  it('is allowed while a resend is in flight; the late answer is then ignored', () => {
    const back = flowReducer(codeResending(), changeNumber);
    expect(back).toEqual({
      step: 'phone',
      activity: 'idle',
      draft: DRAFT,
      pending: null,
      error: null,
      retryAt: null,
    });
    expect(flowReducer(back, codeSent(T0 + 41_000))).toBe(back);
    expect(flowReducer(back, failed(err('W5000'), T0 + 41_000))).toBe(back);
  });

  it('is ignored while the code is being verified (same object)', () => {
    const state = codeVerifying();
    expect(flowReducer(state, changeNumber)).toBe(state);
  });

  it('goes back to phone entry from send after a failed first request', () => {
    expect(flowReducer(sendAfterFailure(), changeNumber)).toEqual({
      step: 'phone',
      activity: 'idle',
      draft: DRAFT,
      pending: null,
      error: null,
      retryAt: null,
    });
  });

  it('goes to an empty phone entry from send with phoneRegistered', () => {
    expect(flowReducer(sendIdle(), changeNumber)).toEqual(initialFlowState(false));
  });

  it.each([
    ['phone/idle', phoneIdle],
    ['phone/linking', phoneLinking],
    ['phone/requesting', phoneRequesting],
  ])('is ignored in %s (same object)', (_, make) => {
    const state = make();
    expect(flowReducer(state, changeNumber)).toBe(state);
  });
});

describe('verified', () => {
  const ALL_EVENTS: FlowEvent[] = [
    submitPhone(T0 + 1e9),
    linked,
    requestCode(T0 + 1e9),
    codeSent(T0 + 1e9),
    failed(err('W5000'), T0 + 1e9),
    failed(err('W2003'), T0 + 1e9),
    submitCode(),
    accepted('other'),
    rejected(),
    changeNumber,
    authChanged,
  ];

  it.each(ALL_EVENTS.map((event) => [event.type, event] as const))(
    'ignores %s (same object)',
    (_, event) => {
      const state = verified();
      expect(flowReducer(state, event)).toBe(state);
      expect(state).toEqual({ step: 'verified', code: '123456' });
    },
  );

  it('is neither busy, blocked, halted nor able to send', () => {
    const state = verified();
    expect(isBusy(state)).toBe(false);
    expect(isBlocked(state, T0)).toBe(false);
    expect(isHalted(state)).toBe(false);
    expect(canSend(state, T0)).toBe(false);
  });
});

describe('stray events are ignored (same object)', () => {
  const STRAY: [string, () => FlowState, FlowEvent][] = [
    ['phone/idle', phoneIdle, linked],
    ['phone/idle', phoneIdle, codeSent()],
    ['phone/idle', phoneIdle, failed(err('W5000'))],
    ['phone/idle', phoneIdle, requestCode()],
    ['phone/idle', phoneIdle, submitCode()],
    ['phone/idle', phoneIdle, accepted()],
    ['phone/idle', phoneIdle, rejected()],
    ['phone/linking', phoneLinking, codeSent()],
    ['phone/linking', phoneLinking, requestCode()],
    ['phone/requesting', phoneRequesting, requestCode()],
    ['phone/requesting', phoneRequesting, submitCode()],
    ['send/idle', sendIdle, linked],
    ['send/idle', sendIdle, codeSent()],
    ['send/idle', sendIdle, failed(err('W5000'))],
    ['send/idle', sendIdle, submitPhone()],
    ['send/idle', sendIdle, submitCode()],
    ['send/idle', sendIdle, accepted()],
    ['send/idle', sendIdle, rejected()],
    ['send/requesting', sendRequesting, linked],
    ['send/requesting', sendRequesting, submitCode()],
    ['code/idle', codeIdle, linked],
    ['code/idle', codeIdle, codeSent(T0 + 5_000)],
    ['code/idle', codeIdle, failed(err('W5000'))],
    ['code/idle', codeIdle, submitPhone()],
    ['code/idle', codeIdle, accepted()],
    ['code/idle', codeIdle, rejected()],
    ['code/requesting', codeResending, accepted()],
    ['code/requesting', codeResending, rejected()],
    ['code/verifying', codeVerifying, requestCode(T0 + 100_000)],
    ['code/verifying', codeVerifying, codeSent(T0 + 5_000)],
    ['code/verifying', codeVerifying, failed(err('W5000'))],
    ['code/verifying', codeVerifying, linked],
  ];

  it.each(STRAY.map(([name, make, event]) => [event.type, name, make, event] as const))(
    '%s in %s',
    (_, __, make, event) => {
      const state = make();
      expect(flowReducer(state, event)).toBe(state);
    },
  );
});

describe('selectors', () => {
  const blockedSend = () => run(sendRequesting(), failed(err('W5001', 10_000), T0));
  const haltedSend = () => run(sendRequesting(), failed(err('W2101'), T0));

  const TABLE: [string, () => FlowState, { busy: boolean; canSend: boolean; blocked: boolean }][] =
    [
      ['phone/idle', phoneIdle, { busy: false, canSend: true, blocked: false }],
      ['phone/linking', phoneLinking, { busy: true, canSend: false, blocked: false }],
      ['phone/requesting', phoneRequesting, { busy: true, canSend: false, blocked: false }],
      ['send/idle', sendIdle, { busy: false, canSend: true, blocked: false }],
      ['send/requesting', sendRequesting, { busy: true, canSend: false, blocked: false }],
      ['send/rate-limited', blockedSend, { busy: false, canSend: false, blocked: true }],
      ['send/halted', haltedSend, { busy: false, canSend: false, blocked: false }],
      ['code/idle', codeIdle, { busy: false, canSend: true, blocked: false }],
      ['code/requesting', codeResending, { busy: true, canSend: false, blocked: false }],
      ['code/verifying', codeVerifying, { busy: true, canSend: false, blocked: false }],
      ['verified', verified, { busy: false, canSend: false, blocked: false }],
    ];

  it.each(TABLE)('%s', (_, make, expected) => {
    const state = make();
    expect({
      busy: isBusy(state),
      canSend: canSend(state, T0 + 1),
      blocked: isBlocked(state, T0 + 1),
    }).toEqual(expected);
  });

  it('isBlocked compares retryAt strictly with now', () => {
    const state = blockedSend();
    expect(live(state).retryAt).toBe(T0 + 10_000);
    expect(isBlocked(state, T0 + 9_999)).toBe(true);
    expect(isBlocked(state, T0 + 10_000)).toBe(false);
    expect(canSend(state, T0 + 9_999)).toBe(false);
    expect(canSend(state, T0 + 10_000)).toBe(true);
  });
});

describe('invariants over random event sequences', () => {
  const codeArb = fc.constantFrom<TwoFactorErrorCode>(
    'W2000',
    'W2003',
    'W2101',
    'W5001',
    'W5000',
    'W9999',
    'NETWORK',
    'TIMEOUT',
    'BAD_RESPONSE',
  );
  const atArb = fc.integer({ min: 0, max: 120_000 }).map((d) => T0 + d);
  const eventArb: fc.Arbitrary<FlowEvent> = fc.oneof(
    fc
      .tuple(atArb, fc.boolean())
      .map(([at, other]) =>
        other ? submitPhone(at, OTHER_PHONE, OTHER_DRAFT) : submitPhone(at, PHONE, DRAFT),
      ),
    fc.constant(linked),
    atArb.map(requestCode),
    atArb.map(codeSent),
    fc
      .tuple(codeArb, fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }), atArb)
      .map(([code, wait, at]) => failed(err(code, wait), at)),
    fc.constantFrom('', '123456').map(submitCode),
    fc.constant(accepted()),
    fc.constant(rejected()),
    fc.constant(changeNumber),
    fc.constant(authChanged),
  );

  it('accepts a sending event only when canSend holds, and keeps activity consistent', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(eventArb, { maxLength: 40 }), (registered, events) => {
        let state = initialFlowState(registered);
        for (const event of events) {
          const next = flowReducer(state, event);
          const sends =
            (event.type === 'PHONE_SUBMITTED' && next.step === 'phone' && next !== state) ||
            (event.type === 'CODE_REQUESTED' && next !== state);
          if (sends) {
            expect(canSend(state, (event as { at: number }).at)).toBe(true);
            expect(isBusy(next)).toBe(true);
          }
          if (next.step !== 'verified') {
            expect(isBusy(next)).toBe(next.activity !== 'idle');
            if (next.step === 'send') expect(['idle', 'requesting']).toContain(next.activity);
          }
          if (state.step === 'verified') expect(next).toBe(state);
          state = next;
        }
      }),
      { numRuns: 500 },
    );
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
        draft: DRAFT,
        pending: null,
        error,
        retryAt: null,
      });
      expect(canSend(halted, T0 + 50_000)).toBe(false);
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
