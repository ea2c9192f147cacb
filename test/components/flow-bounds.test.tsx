import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TokenGetter } from '../../src';
import { advance, setupUser, withFakeClock } from '../support/clock';
import {
  codeInput,
  deferred,
  phoneInput,
  reachCodeStep,
  renderGate,
  sendPhoneButton,
  stubWebOtp,
} from '../support/gate';

// Every wait of the gate is bounded (#13.2, #13.3). Fake timers: no test waits for real time.
withFakeClock();

const resendButton = () => screen.getByRole('button', { name: /^send(ing)? a new code/i });
const changeNumberButton = () => screen.getByRole('button', { name: 'Use a different number' });

describe('a token getter that never settles (#13.2)', () => {
  it('ends in TIMEOUT after requestTimeoutMs with nothing sent, and the retry works', async () => {
    const user = setupUser();
    let hang = true;
    const token = vi.fn<TokenGetter>(() => (hang ? new Promise<string>(() => {}) : 'demo-jwt'));
    const gate = renderGate({
      user,
      props: { auth: { type: 'jwt', token }, requestTimeoutMs: 1_000 },
    });
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(token).toHaveBeenCalledTimes(1));
    advance(1_000);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'TIMEOUT');
    expect(gate.sent()).toHaveLength(0);
    expect(gate.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'TIMEOUT' }));
    expect(sendPhoneButton()).toBeEnabled();
    hang = false;
    await user.click(sendPhoneButton());
    expect(await screen.findByLabelText('Verification code')).toBeInTheDocument();
    expect(gate.sent()).toHaveLength(2);
  });
});

describe('a host code check that never settles (#13.3)', () => {
  it('ends in its own TIMEOUT state after codeCheckTimeoutMs, aborting the check, and Verify retries', async () => {
    const user = setupUser();
    const gate = renderGate({ user, props: { codeCheckTimeoutMs: 5_000 } });
    const signals: AbortSignal[] = [];
    gate.onCodeSubmit.mockImplementation((_code, context?: { signal: AbortSignal }) => {
      if (context) signals.push(context.signal);
      return new Promise(() => {});
    });
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    await screen.findByRole('button', { name: 'Checking…' });
    advance(5_000);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'TIMEOUT');
    expect(alert).toHaveTextContent('Checking your code took too long. Please try again.');
    expect(signals[0]?.aborted).toBe(true);
    // The code stays, and Verify sends it again.
    expect(codeInput()).toHaveValue('123456');
    gate.onCodeSubmit.mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(gate.root()).toHaveAttribute('data-step', 'verified'));
    expect(gate.onVerified).toHaveBeenCalledTimes(1);
  });

  it('"Use a different number" works while a check is pending; its late answer is ignored', async () => {
    const user = setupUser();
    const check = deferred();
    const gate = renderGate({ user });
    gate.onCodeSubmit.mockReturnValue(check.promise);
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    await screen.findByRole('button', { name: 'Checking…' });
    expect(changeNumberButton()).toBeEnabled();
    await user.click(changeNumberButton());
    expect(gate.root()).toHaveAttribute('data-step', 'phone');
    check.resolve();
    await act(async () => {});
    expect(gate.root()).toHaveAttribute('data-step', 'phone');
    expect(gate.onVerified).not.toHaveBeenCalled();
  });

  it('"Send a new code" works while a check is pending once the cooldown is over', async () => {
    const user = setupUser();
    const check = deferred();
    const gate = renderGate({
      user,
      props: { resendCooldownSeconds: 1 },
    });
    gate.onCodeSubmit.mockReturnValue(check.promise);
    await reachCodeStep(user);
    advance(1_500);
    await user.type(codeInput(), '123456');
    await screen.findByRole('button', { name: 'Checking…' });
    await user.click(resendButton());
    await waitFor(() => expect(gate.sent()).toHaveLength(3));
    check.resolve();
    await act(async () => {});
    expect(gate.root()).toHaveAttribute('data-step', 'code');
    expect(gate.onVerified).not.toHaveBeenCalled();
  });
});

describe('WebOTP across a resend (#13.6)', () => {
  it('keeps the one pending credentials.get through a resend', async () => {
    const stub = stubWebOtp();
    try {
      const user = setupUser();
      renderGate({ user, props: { resendCooldownSeconds: 1 } });
      await reachCodeStep(user);
      await waitFor(() => expect(stub.get).toHaveBeenCalledTimes(1));
      advance(1_500);
      await user.click(resendButton());
      await waitFor(() => expect(resendButton()).toHaveTextContent(/^Send a new code in 0:01$/));
      expect(stub.get).toHaveBeenCalledTimes(1);
      expect(stub.signals[0]?.aborted).toBe(false);
    } finally {
      stub.restore();
    }
  });
});
