import { isAuthError, type TwoFactorError } from '../api/errors';
import type { ConfirmedPhone } from '../phone/types';

/** The four steps of the gate, as the root's `data-step` shows them. */
export type FlowStep = 'phone' | 'send' | 'code' | 'verified';

/** Failure-related fields every waiting step carries. */
export interface FlowFailure {
  /** The last failure, shown until the next attempt. */
  error: TwoFactorError | null;
  /** Epoch ms before which sending is blocked (rate limit), else `null`. */
  retryAt: number | null;
}

/**
 * The whole flow as one discriminated union. Booleans such as "is busy" are derived from
 * `activity`; nothing is stored beside it. Form text is not here: the view keeps it.
 */
export type FlowState =
  | ({
      step: 'phone';
      activity: 'idle' | 'linking' | 'requesting';
      /** The number being linked, while linking or asking for the first code. */
      pending: ConfirmedPhone | null;
    } & FlowFailure)
  | ({
      step: 'send';
      activity: 'idle' | 'requesting';
      /** Known when the viewer linked it in this session; `null` for `phoneRegistered`. */
      phone: ConfirmedPhone | null;
    } & FlowFailure)
  | ({
      step: 'code';
      activity: 'idle' | 'verifying' | 'requesting';
      phone: ConfirmedPhone | null;
      /** Epoch ms of the last code sent; the resend cooldown counts from it. */
      codeSentAt: number;
    } & FlowFailure)
  | { step: 'verified'; code: string };

/** Everything that can happen to the flow. Time arrives in events so the reducer stays pure. */
export type FlowEvent =
  | { type: 'PHONE_SUBMITTED'; phone: ConfirmedPhone; at: number }
  | { type: 'LINK_SUCCEEDED' }
  | { type: 'CODE_REQUESTED'; at: number }
  | { type: 'CODE_SENT'; at: number }
  | { type: 'REQUEST_FAILED'; error: TwoFactorError; at: number }
  | { type: 'CODE_SUBMITTED'; code: string }
  | { type: 'CODE_ACCEPTED'; code: string }
  /** The host refused the code, or did not answer in time (`TIMEOUT`). */
  | { type: 'CODE_FAILED'; error: TwoFactorError }
  | { type: 'CHANGE_NUMBER' }
  | { type: 'AUTH_CHANGED' };

/** How long sending stays blocked after W5001 without a `Retry-After` header. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 30_000;

/**
 * The state a gate starts in. `fault` is a host mistake found before any request (no usable
 * `auth`): the gate starts halted on it instead of letting the viewer type in vain.
 */
export function initialFlowState(
  phoneRegistered: boolean,
  fault: TwoFactorError | null = null,
): FlowState {
  const failure = { error: fault, retryAt: null };
  return phoneRegistered
    ? { step: 'send', activity: 'idle', phone: null, ...failure }
    : { step: 'phone', activity: 'idle', pending: null, ...failure };
}

/** True while rate limiting forbids sending at `now`. */
export function isBlocked(state: FlowState, now: number): boolean {
  return state.step !== 'verified' && state.retryAt !== null && state.retryAt > now;
}

/**
 * True when the last failure cannot be fixed by trying again (sign-in or integration
 * faults): sending stays off until the host changes `auth`.
 */
export function isHalted(state: FlowState): boolean {
  return state.step !== 'verified' && state.error !== null && isAuthError(state.error);
}

/** True while a request or the host's code check is under way. */
export function isBusy(state: FlowState): boolean {
  return state.step !== 'verified' && state.activity !== 'idle';
}

/**
 * True when asking for a code may send a request at `now`. A pending code check does not
 * stand in the way: a new code makes the one being checked moot, so the check is dropped.
 */
export function canRequest(state: FlowState, now: number): boolean {
  if (state.step === 'verified' || isHalted(state) || isBlocked(state, now)) return false;
  return state.activity === 'idle' || (state.step === 'code' && state.activity === 'verifying');
}

function failed(error: TwoFactorError, at: number) {
  const retryAt =
    error.kind === 'rate-limited' ? at + (error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS) : null;
  return { error, retryAt, activity: 'idle' as const };
}

function codeSent(phone: ConfirmedPhone | null, at: number): FlowState {
  return { step: 'code', activity: 'idle', phone, codeSentAt: at, error: null, retryAt: null };
}

/**
 * The flow's reducer. Events that make no sense in the current state return the very same
 * state object, so callers can tell an accepted event from an ignored one (double clicks).
 */
export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  if (state.step === 'verified') return state;
  if (event.type === 'AUTH_CHANGED') {
    return isHalted(state) ? { ...state, error: null } : state;
  }
  switch (state.step) {
    case 'phone':
      switch (event.type) {
        case 'PHONE_SUBMITTED':
          if (!canRequest(state, event.at)) return state;
          return {
            ...state,
            activity: 'linking',
            pending: event.phone,
            error: null,
            retryAt: null,
          };
        case 'LINK_SUCCEEDED':
          return state.activity === 'linking' ? { ...state, activity: 'requesting' } : state;
        case 'CODE_SENT':
          return state.activity === 'requesting' ? codeSent(state.pending, event.at) : state;
        case 'REQUEST_FAILED':
          if (state.activity === 'linking') {
            return { ...state, pending: null, ...failed(event.error, event.at) };
          }
          if (state.activity === 'requesting') {
            // The phone is linked; only the code request failed. Offer "send code" again
            // rather than linking the same number twice.
            return { step: 'send', phone: state.pending, ...failed(event.error, event.at) };
          }
          return state;
        default:
          return state;
      }
    case 'send':
    case 'code':
      switch (event.type) {
        case 'CODE_REQUESTED':
          if (!canRequest(state, event.at)) return state;
          return { ...state, activity: 'requesting', error: null, retryAt: null };
        case 'CODE_SENT':
          return state.activity === 'requesting' ? codeSent(state.phone, event.at) : state;
        case 'REQUEST_FAILED':
          return state.activity === 'requesting'
            ? { ...state, ...failed(event.error, event.at) }
            : state;
        case 'CODE_SUBMITTED':
          // Halted (sign-in or integration fault): nothing the gate does can succeed now.
          if (state.step !== 'code' || state.activity !== 'idle' || isHalted(state)) return state;
          if (event.code === '') return state;
          return { ...state, activity: 'verifying', error: null };
        case 'CODE_ACCEPTED':
          return state.step === 'code' && state.activity === 'verifying'
            ? { step: 'verified', code: event.code }
            : state;
        case 'CODE_FAILED':
          return state.step === 'code' && state.activity === 'verifying'
            ? { ...state, activity: 'idle', error: event.error }
            : state;
        case 'CHANGE_NUMBER':
          // Allowed while a resend or a code check is pending: the controller aborts it, so
          // no late answer lands on the phone step.
          return {
            step: 'phone',
            activity: 'idle',
            pending: null,
            // A halting auth failure applies to the screener too: only AUTH_CHANGED lifts it.
            error: isHalted(state) ? state.error : null,
            // A rate limit applies to the screener, not the number: keep the wait.
            retryAt: state.retryAt,
          };
        default:
          return state;
      }
    default:
      return state;
  }
}
