/**
 * Tests added for mutants of src/flow/machine.ts that survived `npm run test:mutation`:
 * the verified state is final, the rate-limit wait is strict, and code answers or a change
 * of number only count in the states that expect them.
 */
import { describe, expect, it } from 'vitest';
import { TwoFactorError } from '../../src/api/errors';
import {
  canSend,
  type FlowEvent,
  type FlowState,
  flowReducer,
  initialFlowState,
  isBlocked,
} from '../../src/flow/machine';

describe('flow machine edges', () => {
  const verified: FlowState = { step: 'verified', code: '123456' };
  const error = new TwoFactorError('W5001', { retryAfterMs: 1000 });
  const send = initialFlowState(true);
  const requesting = flowReducer(send, { type: 'CODE_REQUESTED', at: 0 });
  const code = flowReducer(requesting, { type: 'CODE_SENT', at: 0 });

  it('a verified flow is never blocked, never sends and ignores every event', () => {
    expect(isBlocked(verified, 0)).toBe(false);
    expect(canSend(verified, 0)).toBe(false);
    const events: FlowEvent[] = [
      { type: 'AUTH_CHANGED' },
      { type: 'CHANGE_NUMBER' },
      { type: 'CODE_REQUESTED', at: 0 },
      { type: 'REQUEST_FAILED', error, at: 0 },
    ];
    for (const event of events) expect(flowReducer(verified, event)).toBe(verified);
  });

  it('is blocked strictly before retryAt', () => {
    const limited = flowReducer(requesting, { type: 'REQUEST_FAILED', error, at: 5_000 });
    expect(isBlocked(limited, 5_999)).toBe(true);
    expect(isBlocked(limited, 6_000)).toBe(false);
    expect(isBlocked(send, 0)).toBe(false);
  });

  it('accepts or rejects a code only while verifying', () => {
    const accepted: FlowEvent = { type: 'CODE_ACCEPTED', code: '1' };
    const rejected: FlowEvent = {
      type: 'CODE_REJECTED',
      error: new TwoFactorError('CODE_REJECTED'),
    };
    expect(flowReducer(code, accepted)).toBe(code);
    expect(flowReducer(code, rejected)).toBe(code);
    expect(flowReducer(requesting, accepted)).toBe(requesting);
    expect(flowReducer(requesting, rejected)).toBe(requesting);
  });

  it('goes back to the phone step from send, idle code and a resend in flight', () => {
    const resending = flowReducer(code, { type: 'CODE_REQUESTED', at: 60_000 });
    expect(resending).not.toBe(code);
    for (const state of [send, code, resending]) {
      expect(flowReducer(state, { type: 'CHANGE_NUMBER' })).toMatchObject({ step: 'phone' });
    }
    const verifying = flowReducer(code, { type: 'CODE_SUBMITTED', code: '123456' });
    expect(flowReducer(verifying, { type: 'CHANGE_NUMBER' })).toBe(verifying);
  });
});
