import type { TwoFactorError } from '../api/errors';
import type { ConfirmedPhone } from '../phone/types';
import { canRequest, type FlowState, type FlowStep, isBusy, isHalted } from './machine';

/**
 * Everything a view needs, derived from the flow state and the clock; nothing here is
 * stored beside the state. A new object only when a field changed, so it can feed
 * `useSyncExternalStore` directly.
 */
export interface TwoFactorSnapshot {
  /** The flow state; switch over `state.step`. */
  readonly state: FlowState;
  readonly step: FlowStep;
  /** The last failure of the current step, or `null`. */
  readonly error: TwoFactorError | null;
  /** A request or the host's code check is under way. */
  readonly isBusy: boolean;
  /** The last failure needs the host (sign-in, integration): sending stays off. */
  readonly isHalted: boolean;
  /**
   * A viewer action that sends (link the number, text a code, send a new code) would go out
   * now: not busy, halted, rate limited or, on the code step, within the resend cooldown.
   */
  readonly canSend: boolean;
  /** A code may be handed to `onCodeSubmit` now. */
  readonly canVerify: boolean;
  /** Whole seconds left of a rate limit (W5001), 0 when none. */
  readonly rateLimitSeconds: number;
  /** Whole seconds left before "send a new code" is allowed, 0 when allowed or not on the code step. */
  readonly resendSeconds: number;
  /** The number the code goes to, when the viewer typed it in this session. */
  readonly phone: ConfirmedPhone | null;
  /** Epoch ms of the last code sent, on the code step. */
  readonly codeSentAt: number | null;
}

function secondsUntil(at: number | null, now: number): number {
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Derives the snapshot at `now`; returns `previous` when nothing changed. */
export function deriveSnapshot(
  state: FlowState,
  now: number,
  cooldownMs: number,
  previous: TwoFactorSnapshot | undefined,
): TwoFactorSnapshot {
  const live = state.step === 'verified' ? null : state;
  const codeSentAt = live?.step === 'code' ? live.codeSentAt : null;
  const rateLimitSeconds = secondsUntil(live?.retryAt ?? null, now);
  const resendSeconds = secondsUntil(codeSentAt === null ? null : codeSentAt + cooldownMs, now);
  const next: TwoFactorSnapshot = {
    state,
    step: state.step,
    error: live?.error ?? null,
    isBusy: isBusy(state),
    isHalted: isHalted(state),
    canSend: canRequest(state, now) && state.step !== 'verified' && resendSeconds === 0,
    canVerify: live?.step === 'code' && live.activity === 'idle' && !isHalted(state),
    rateLimitSeconds,
    resendSeconds,
    phone: (live?.step === 'phone' ? live.pending : live?.phone) ?? null,
    codeSentAt,
  };
  if (previous && sameFields(previous, next)) return previous;
  return next;
}

function sameFields(a: TwoFactorSnapshot, b: TwoFactorSnapshot): boolean {
  for (const key of Object.keys(a) as (keyof TwoFactorSnapshot)[]) {
    if (a[key] !== b[key]) return false;
  }
  return true;
}

/**
 * Milliseconds until one of the snapshot's countdowns shows a different whole second, or
 * `undefined` when nothing counts down. One timer serves both countdowns.
 */
export function nextTickIn(snapshot: TwoFactorSnapshot, now: number, cooldownMs: number) {
  const state = snapshot.state;
  if (state.step === 'verified') return undefined;
  const targets = [
    state.retryAt,
    snapshot.codeSentAt === null ? null : snapshot.codeSentAt + cooldownMs,
  ];
  let soonest: number | undefined;
  for (const target of targets) {
    if (target === null || target <= now) continue;
    const left = target - now;
    const untilChange = left - (Math.ceil(left / 1000) - 1) * 1000;
    soonest = soonest === undefined ? untilChange : Math.min(soonest, untilChange);
  }
  return soonest;
}
