import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  codeInput,
  deferred,
  reachCodeStep,
  renderGate,
  settle,
  stubWebOtp,
  watchConsoleErrors,
} from '../support/gate';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function webOtp(answer?: () => Promise<unknown>) {
  const stub = stubWebOtp(answer);
  restore = stub.restore;
  return stub;
}

describe('WebOTP', () => {
  it('does not listen before the code step', async () => {
    const { get } = webOtp();
    renderGate();
    await settle();
    expect(get).not.toHaveBeenCalled();
  });

  it('fills the field and submits the code the browser reads from the SMS', async () => {
    const sms = deferred<unknown>();
    const { get } = webOtp(() => sms.promise);
    const check = deferred();
    const { user, onCodeSubmit, onVerified, root } = renderGate();
    onCodeSubmit.mockReturnValue(check.promise);
    await reachCodeStep(user);
    await waitFor(() => expect(get).toHaveBeenCalled());
    expect(get.mock.calls[0]?.[0]).toMatchObject({ otp: { transport: ['sms'] } });
    sms.resolve({ code: '654321', type: 'otp' });
    await waitFor(() => expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['654321']));
    expect(codeInput()).toHaveValue('654321');
    check.resolve();
    await waitFor(() => expect(root()).toHaveAttribute('data-step', 'verified'));
    expect(onVerified.mock.calls).toEqual([['654321']]);
  });

  it('listens again after the host rejects a code', async () => {
    const first = deferred<unknown>();
    const second = deferred<unknown>();
    const answers = [first, second];
    const { get } = webOtp(() => answers.shift()?.promise ?? new Promise(() => {}));
    const { user, onCodeSubmit, root } = renderGate();
    onCodeSubmit.mockRejectedValueOnce(new Error('expired'));
    await reachCodeStep(user);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    first.resolve({ code: '111111' });
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'CODE_REJECTED');
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
    second.resolve({ code: '222222' });
    await waitFor(() => expect(root()).toHaveAttribute('data-step', 'verified'));
    expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['111111', '222222']);
  });

  it('aborts the listener when the viewer submits by hand', async () => {
    const { get, signals } = webOtp();
    const { user, onCodeSubmit } = renderGate();
    onCodeSubmit.mockReturnValue(new Promise(() => {}));
    await reachCodeStep(user);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    expect(signals[0]?.aborted).toBe(false);
    await user.type(codeInput(), '123456');
    await screen.findByRole('button', { name: 'Checking…' });
    expect(signals[0]?.aborted).toBe(true);
    expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['123456']);
  });

  it('aborts the listener on unmount, without warnings', async () => {
    const noErrors = watchConsoleErrors();
    const { get, signals } = webOtp();
    const { user, unmount, onCodeSubmit } = renderGate();
    await reachCodeStep(user);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    unmount();
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    await settle();
    expect(onCodeSubmit).not.toHaveBeenCalled();
    noErrors();
  });

  it('ignores a code that arrives after the listener was aborted', async () => {
    const sms = deferred<unknown>();
    const { get, signals } = webOtp(() => sms.promise);
    const { user, unmount, onCodeSubmit } = renderGate();
    await reachCodeStep(user);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    unmount();
    expect(signals[0]?.aborted).toBe(true);
    sms.resolve({ code: '654321' });
    await settle();
    expect(onCodeSubmit).not.toHaveBeenCalled();
  });
});
