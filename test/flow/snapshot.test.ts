/** What the view reads: derived flags, the two countdowns, and one timer for both. */
import { describe, expect, it } from 'vitest';
import { initialFlowState } from '../../src/flow/machine';
import { deriveSnapshot, nextTickIn } from '../../src/flow/snapshot';
import {
  accepted,
  codeSent,
  err,
  failed,
  linked,
  PHONE,
  requestCode,
  run,
  submitCode,
  submitPhone,
  T0,
} from './fixtures';

const COOLDOWN = 30_000;
const phoneStep = initialFlowState(false, null);
const codeStep = run(phoneStep, submitPhone(), linked, codeSent(T0));
const derive = (state = phoneStep, now = T0, previous?: ReturnType<typeof deriveSnapshot>) =>
  deriveSnapshot(state, now, COOLDOWN, previous);

describe('deriveSnapshot', () => {
  it('on a fresh phone step: may send, nothing to verify, no countdown', () => {
    expect(derive()).toEqual({
      state: phoneStep,
      step: 'phone',
      error: null,
      isBusy: false,
      isHalted: false,
      canSend: true,
      canVerify: false,
      rateLimitSeconds: 0,
      resendSeconds: 0,
      phone: null,
      codeSentAt: null,
    });
  });

  it('while linking: busy, cannot send, and the pending number is the phone', () => {
    const linking = run(phoneStep, submitPhone());
    expect(derive(linking)).toMatchObject({ isBusy: true, canSend: false, phone: PHONE });
  });

  it('on the code step: verifies, and counts the resend cooldown in whole seconds up', () => {
    expect(derive(codeStep, T0)).toMatchObject({
      step: 'code',
      canVerify: true,
      canSend: false,
      resendSeconds: 30,
      codeSentAt: T0,
      phone: PHONE,
    });
    expect(derive(codeStep, T0 + 29_001).resendSeconds).toBe(1);
    expect(derive(codeStep, T0 + 30_000)).toMatchObject({ resendSeconds: 0, canSend: true });
    expect(derive(codeStep, T0 + 99_000).resendSeconds).toBe(0);
  });

  it('cannot verify while a code is being checked', () => {
    expect(derive(run(codeStep, submitCode()), T0)).toMatchObject({
      canVerify: false,
      isBusy: true,
    });
  });

  it('counts a rate limit down and blocks sending until it ends', () => {
    const limited = run(phoneStep, submitPhone(), failed(err('W5001', 5_000), T0));
    expect(derive(limited, T0)).toMatchObject({
      rateLimitSeconds: 5,
      canSend: false,
      error: { code: 'W5001' },
    });
    expect(derive(limited, T0 + 4_500).rateLimitSeconds).toBe(1);
    expect(derive(limited, T0 + 5_000)).toMatchObject({ rateLimitSeconds: 0, canSend: true });
  });

  it('a halting failure stops sending and verifying', () => {
    const halted = run(codeStep, requestCode(T0 + COOLDOWN), failed(err('W2101'), T0 + COOLDOWN));
    expect(derive(halted, T0 + COOLDOWN)).toMatchObject({
      isHalted: true,
      canSend: false,
      canVerify: false,
      error: { code: 'W2101' },
    });
  });

  it('once verified: no error, no phone, nothing to send', () => {
    const verified = run(codeStep, submitCode(), accepted());
    expect(derive(verified, T0 + COOLDOWN)).toMatchObject({
      step: 'verified',
      error: null,
      canSend: false,
      canVerify: false,
      phone: null,
      codeSentAt: null,
      resendSeconds: 0,
    });
  });

  it('returns the previous object when no field changed, a new one when one did', () => {
    const first = derive(codeStep, T0);
    expect(derive(codeStep, T0 + 200, first)).toBe(first);
    const later = derive(codeStep, T0 + 1_000, first);
    expect(later).not.toBe(first);
    expect(later.resendSeconds).toBe(29);
  });
});

describe('nextTickIn', () => {
  it('is undefined when nothing counts down', () => {
    expect(nextTickIn(derive(), T0, COOLDOWN)).toBeUndefined();
    const verified = run(codeStep, submitCode(), accepted());
    expect(nextTickIn(derive(verified), T0, COOLDOWN)).toBeUndefined();
  });

  it('waits until the shown whole second changes', () => {
    expect(nextTickIn(derive(codeStep, T0), T0, COOLDOWN)).toBe(1_000);
    expect(nextTickIn(derive(codeStep, T0 + 250), T0 + 250, COOLDOWN)).toBe(750);
    expect(nextTickIn(derive(codeStep, T0 + 30_000), T0 + 30_000, COOLDOWN)).toBeUndefined();
  });

  it('serves the sooner of the rate limit and the cooldown', () => {
    const limited = run(
      codeStep,
      requestCode(T0 + 29_600),
      failed(err('W5001', 10_000), T0 + 29_600),
    );
    const now = T0 + 29_600;
    // The cooldown ends in 400 ms, the rate limit's second changes in 1,000.
    expect(nextTickIn(derive(limited, now), now, COOLDOWN)).toBe(400);
  });
});
