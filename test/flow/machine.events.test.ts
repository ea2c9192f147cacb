import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TwoFactorErrorCode } from '../../src/api/errors';
import {
  canRequest,
  type FlowEvent,
  type FlowState,
  flowReducer,
  initialFlowState,
  isBlocked,
  isBusy,
  isHalted,
} from '../../src/flow/machine';

import {
  accepted,
  authChanged,
  changeNumber,
  codeIdle,
  codeResending,
  codeSent,
  codeVerifying,
  err,
  failed,
  linked,
  live,
  OTHER_PHONE,
  PHONE,
  phoneIdle,
  phoneLinking,
  phoneRequesting,
  rejected,
  requestCode,
  run,
  sendAfterFailure,
  sendIdle,
  sendRequesting,
  submitCode,
  submitPhone,
  T0,
  verified,
} from './fixtures';

describe('double actions', () => {
  it('ignores a second PHONE_SUBMITTED (same object), even for another number', () => {
    const first = phoneLinking();
    expect(flowReducer(first, submitPhone(T0))).toBe(first);
    expect(flowReducer(first, submitPhone(T0 + 1, OTHER_PHONE))).toBe(first);
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
      pending: null,
      error: null,
      retryAt: null,
    });
    expect(flowReducer(back, codeSent(T0 + 41_000))).toBe(back);
    expect(flowReducer(back, failed(err('W5000'), T0 + 41_000))).toBe(back);
  });

  it('is accepted while the code is being verified: the check is dropped (#13.3)', () => {
    expect(flowReducer(codeVerifying(), changeNumber)).toEqual({
      step: 'phone',
      activity: 'idle',
      pending: null,
      error: null,
      retryAt: null,
    });
  });

  it('lets a new code be requested while the code is being verified (#13.3)', () => {
    const state = live(flowReducer(codeVerifying(), requestCode(T0 + 100_000)));
    expect(state).toMatchObject({ step: 'code', activity: 'requesting', error: null });
  });

  it('goes back to phone entry from send after a failed first request', () => {
    expect(flowReducer(sendAfterFailure(), changeNumber)).toEqual({
      step: 'phone',
      activity: 'idle',
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
    expect(canRequest(state, T0)).toBe(false);
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

  const TABLE: [
    string,
    () => FlowState,
    { busy: boolean; canRequest: boolean; blocked: boolean },
  ][] = [
    ['phone/idle', phoneIdle, { busy: false, canRequest: true, blocked: false }],
    ['phone/linking', phoneLinking, { busy: true, canRequest: false, blocked: false }],
    ['phone/requesting', phoneRequesting, { busy: true, canRequest: false, blocked: false }],
    ['send/idle', sendIdle, { busy: false, canRequest: true, blocked: false }],
    ['send/requesting', sendRequesting, { busy: true, canRequest: false, blocked: false }],
    ['send/rate-limited', blockedSend, { busy: false, canRequest: false, blocked: true }],
    ['send/halted', haltedSend, { busy: false, canRequest: false, blocked: false }],
    ['code/idle', codeIdle, { busy: false, canRequest: true, blocked: false }],
    ['code/requesting', codeResending, { busy: true, canRequest: false, blocked: false }],
    ['code/verifying', codeVerifying, { busy: true, canRequest: true, blocked: false }],
    ['verified', verified, { busy: false, canRequest: false, blocked: false }],
  ];

  it.each(TABLE)('%s', (_, make, expected) => {
    const state = make();
    expect({
      busy: isBusy(state),
      canRequest: canRequest(state, T0 + 1),
      blocked: isBlocked(state, T0 + 1),
    }).toEqual(expected);
  });

  it('isBlocked compares retryAt strictly with now', () => {
    const state = blockedSend();
    expect(live(state).retryAt).toBe(T0 + 10_000);
    expect(isBlocked(state, T0 + 9_999)).toBe(true);
    expect(isBlocked(state, T0 + 10_000)).toBe(false);
    expect(canRequest(state, T0 + 9_999)).toBe(false);
    expect(canRequest(state, T0 + 10_000)).toBe(true);
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
      .map(([at, other]) => (other ? submitPhone(at, OTHER_PHONE) : submitPhone(at, PHONE))),
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

  it('accepts a sending event only when canRequest holds, and keeps activity consistent', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(eventArb, { maxLength: 40 }), (registered, events) => {
        let state = initialFlowState(registered);
        for (const event of events) {
          const next = flowReducer(state, event);
          const sends =
            (event.type === 'PHONE_SUBMITTED' && next.step === 'phone' && next !== state) ||
            (event.type === 'CODE_REQUESTED' && next !== state);
          if (sends) {
            expect(canRequest(state, (event as { at: number }).at)).toBe(true);
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
