/** Shared fixtures of the flow-machine tests: events, times and reachable states. */
import { TwoFactorError, type TwoFactorErrorCode } from '../../src/api/errors';
import {
  type FlowEvent,
  type FlowState,
  flowReducer,
  initialFlowState,
} from '../../src/flow/machine';
import type { ConfirmedPhone } from '../../src/phone/types';

// ---------------------------------------------------------------------------------------------
// Fixtures

export const T0 = 1_700_000_000_000;

export const PHONE: ConfirmedPhone = {
  phone: 2015550123,
  countryCode: 1,
  display: '+1 201 555 0123',
};
export const OTHER_PHONE: ConfirmedPhone = {
  phone: 7700900123,
  countryCode: 44,
  display: '+44 7700 900123',
};

export const err = (code: TwoFactorErrorCode, retryAfterMs?: number) =>
  new TwoFactorError(code, retryAfterMs === undefined ? {} : { retryAfterMs });

export const submitPhone = (at = T0, phone = PHONE): FlowEvent => ({
  type: 'PHONE_SUBMITTED',
  phone,
  at,
});
export const linked: FlowEvent = { type: 'LINK_SUCCEEDED' };
export const requestCode = (at = T0): FlowEvent => ({ type: 'CODE_REQUESTED', at });
export const codeSent = (at = T0): FlowEvent => ({ type: 'CODE_SENT', at });
export const failed = (error: TwoFactorError, at = T0): FlowEvent => ({
  type: 'REQUEST_FAILED',
  error,
  at,
});
export const submitCode = (code = '123456'): FlowEvent => ({ type: 'CODE_SUBMITTED', code });
export const accepted = (code = '123456'): FlowEvent => ({ type: 'CODE_ACCEPTED', code });
export const rejected = (error = err('CODE_REJECTED')): FlowEvent => ({
  type: 'CODE_FAILED',
  error,
});
export const changeNumber: FlowEvent = { type: 'CHANGE_NUMBER' };
export const authChanged: FlowEvent = { type: 'AUTH_CHANGED' };

/** Applies events in order. */
export const run = (state: FlowState, ...events: FlowEvent[]): FlowState =>
  events.reduce(flowReducer, state);

/** Narrows to a live (not verified) state, failing the test otherwise. */
export function live(state: FlowState): Exclude<FlowState, { step: 'verified' }> {
  if (state.step === 'verified') throw new Error('expected a live state, got verified');
  return state;
}

// Reachable states, built only through the reducer.
export const phoneIdle = () => initialFlowState(false);
export const phoneLinking = () => run(phoneIdle(), submitPhone(T0));
export const phoneRequesting = () => run(phoneLinking(), linked);
export const codeIdle = () => run(phoneRequesting(), codeSent(T0 + 1_000));
export const codeResending = () => run(codeIdle(), requestCode(T0 + 40_000));
export const codeVerifying = () => run(codeIdle(), submitCode());
export const verified = () => run(codeVerifying(), accepted());
export const sendIdle = () => initialFlowState(true);
export const sendRequesting = () => run(sendIdle(), requestCode(T0));
/** `send` reached because the first code request failed after a successful link. */
export const sendAfterFailure = () => run(phoneRequesting(), failed(err('W5000'), T0 + 500));

/** Every context in which a request is in flight, with the state a failure lands in. */
export const REQUEST_CONTEXTS: {
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
      codeSentAt: T0 + 1_000,
      error,
      retryAt,
    }),
  },
];

/** The event that would send a request from the idle state of the same step. */
export const sendingEvent = (state: FlowState, at: number): FlowEvent =>
  state.step === 'phone' ? submitPhone(at, OTHER_PHONE) : requestCode(at);

// ---------------------------------------------------------------------------------------------
