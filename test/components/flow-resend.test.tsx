import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { advance, setupUser, withFakeClock } from '../support/clock';
import { codeInput, deferred, ENDPOINT, ok, reachCodeStep, renderGate } from '../support/gate';

withFakeClock();

const resendButton = () => screen.getByRole('button', { name: /^send(ing)? a new code/i });

/** On the code step, clicks "send a new code" and leaves that GET unanswered until `get`. */
async function startHangingResend() {
  const user = setupUser();
  const get = deferred<Response>();
  const view = renderGate({
    user,
    script: [ok(), ok(), () => get.promise],
    props: { resendCooldownSeconds: 1 },
  });
  await reachCodeStep(user);
  advance(1_500);
  await user.click(resendButton());
  return { ...view, user, get };
}

describe('code step: send a new code', () => {
  it('counts down from resendCooldownSeconds, then sends exactly one GET per click', async () => {
    const user = setupUser();
    const { sent } = renderGate({ user });
    await reachCodeStep(user);
    expect(resendButton()).toBeVisible();
    expect(resendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(resendButton()).toHaveTextContent(/^Send a new code in 0:(30|29)$/);
    advance(10_000);
    expect(resendButton()).toHaveTextContent(/^Send a new code in 0:(20|19)$/);
    expect(resendButton()).toHaveAttribute('aria-disabled', 'true');
    advance(20_500);
    expect(resendButton()).not.toHaveAttribute('aria-disabled');
    expect(resendButton()).toHaveTextContent(/^Send a new code$/);
    await user.dblClick(resendButton());
    await waitFor(() => expect(resendButton()).toHaveTextContent(/^Send a new code in 0:30$/));
    expect(sent()).toEqual([
      ['POST', ENDPOINT, '{"phone":2015550123,"country_code":1}'],
      ['GET', ENDPOINT, undefined],
      ['GET', ENDPOINT, undefined],
    ]);
  });

  it('honours a custom cooldown', async () => {
    const user = setupUser();
    renderGate({ user, props: { resendCooldownSeconds: 5 } });
    await reachCodeStep(user);
    expect(resendButton()).toHaveTextContent(/^Send a new code in 0:0[45]$/);
    advance(5_500);
    expect(resendButton()).not.toHaveAttribute('aria-disabled');
  });

  it('shows progress while the new code is requested', async () => {
    const { user, get, calls } = await startHangingResend();
    const sending = await screen.findByRole('button', { name: 'Sending a new code…' });
    expect(sending).toHaveAttribute('aria-disabled', 'true');
    expect(sending).toHaveAttribute('aria-busy', 'true');
    await user.click(resendButton());
    expect(calls).toHaveLength(3);
    get.resolve(ok());
    await waitFor(() => expect(resendButton()).toHaveTextContent('Send a new code in 0:01'));
  });

  it('a code typed while a new one is on its way is not auto-submitted, nor remembered as sent', async () => {
    const { user, get, onCodeSubmit } = await startHangingResend();
    await user.type(codeInput(), '123456');
    expect(onCodeSubmit).not.toHaveBeenCalled();
    get.resolve(ok());
    const verify = screen.getByRole('button', { name: 'Verify' });
    await waitFor(() => expect(verify).toBeEnabled());
    // Typed again once idle, the same digits auto-submit: they were never counted as sent.
    await user.clear(codeInput());
    await user.type(codeInput(), '123456');
    expect(onCodeSubmit).toHaveBeenCalledTimes(1);
    expect(onCodeSubmit).toHaveBeenCalledWith('123456', { signal: expect.any(AbortSignal) });
  });

  it('keeps "Send a new code" usable while the host checks a code, once the cooldown is over (#13.3)', async () => {
    const user = setupUser();
    const check = deferred();
    const { onCodeSubmit } = renderGate({ user });
    onCodeSubmit.mockReturnValue(check.promise);
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    await screen.findByRole('button', { name: 'Checking…' });
    expect(resendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(resendButton()).toHaveTextContent(/^Send a new code in 0:(30|29)$/);
    advance(31_000);
    expect(resendButton()).toHaveTextContent(/^Send a new code$/);
    expect(resendButton()).not.toHaveAttribute('aria-disabled');
    check.resolve();
  });
});
