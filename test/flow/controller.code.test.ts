/** The controller's code check, its bounds, and what the host's QueryClient sees. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CodeCheckContext } from '../../src/flow/controller-types';
import { indee, ok } from '../api/fake-fetcher';
import { flush, setup } from './controller-harness';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A mounted controller on the code step, with `onCodeSubmit` as given. */
async function onCodeStep(
  onCodeSubmit: (code: string, context: CodeCheckContext) => void | Promise<void>,
  overrides = {},
) {
  const onVerified = vi.fn();
  const made = setup([ok()], { phoneRegistered: true, onCodeSubmit, onVerified, ...overrides });
  const unmount = made.controller.mount();
  made.controller.requestCode();
  await flush();
  expect(made.controller.getSnapshot().step).toBe('code');
  return { ...made, onVerified, unmount };
}

describe('submitCode', () => {
  it('hands the code to the host and, once it resolves, is verified', async () => {
    const check = vi.fn(async () => {});
    const { controller, onVerified, config } = await onCodeStep(check);
    controller.submitCode('123456');
    expect(controller.getSnapshot()).toMatchObject({ isBusy: true, canVerify: false });
    await flush();
    expect(check).toHaveBeenCalledWith('123456', { signal: expect.any(AbortSignal) });
    expect(controller.getSnapshot().state).toEqual({ step: 'verified', code: '123456' });
    expect(onVerified).toHaveBeenCalledWith('123456');
    expect(config.onError).not.toHaveBeenCalled();
  });

  it('turns a refusal into CODE_REJECTED with the host error as cause, and lets the viewer retry', async () => {
    const refusal = new Error('playback refused');
    const { controller, onVerified, config } = await onCodeStep(() => Promise.reject(refusal));
    controller.submitCode('111111');
    await flush();
    const snapshot = controller.getSnapshot();
    expect(snapshot).toMatchObject({ step: 'code', canVerify: true, isBusy: false });
    expect(snapshot.error).toMatchObject({ code: 'CODE_REJECTED', cause: refusal });
    expect(config.onError).toHaveBeenCalledExactlyOnceWith(snapshot.error);
    expect(onVerified).not.toHaveBeenCalled();
  });

  it('ends a check that never settles after codeCheckTimeoutMs, aborting its signal', async () => {
    let signal: AbortSignal | undefined;
    const { controller, config } = await onCodeStep(
      (_code, context) => {
        signal = context.signal;
        return new Promise(() => {});
      },
      { codeCheckTimeoutMs: 1_000 },
    );
    controller.submitCode('123456');
    await vi.advanceTimersByTimeAsync(999);
    expect(controller.getSnapshot().isBusy).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(signal?.aborted).toBe(true);
    expect(controller.getSnapshot().error).toMatchObject({ code: 'TIMEOUT' });
    expect(config.onError).toHaveBeenCalledTimes(1);
  });

  it('"use a different number" during a check aborts it, and its late refusal is ignored', async () => {
    let signal: AbortSignal | undefined;
    let refuse: (cause: unknown) => void = () => {};
    const { controller, config } = await onCodeStep((_code, context) => {
      signal = context.signal;
      return new Promise((_resolve, reject) => {
        refuse = reject;
      });
    });
    controller.submitCode('123456');
    await flush();
    controller.changeNumber();
    expect(signal?.aborted).toBe(true);
    expect(controller.getSnapshot()).toMatchObject({ step: 'phone', error: null });
    refuse(new Error('late'));
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ step: 'phone', error: null });
    expect(config.onError).not.toHaveBeenCalled();
  });

  it('does nothing once unmounted', async () => {
    const check = vi.fn();
    const { controller, unmount } = await onCodeStep(check);
    unmount();
    controller.submitCode('123456');
    await flush();
    expect(check).not.toHaveBeenCalled();
    expect(controller.getSnapshot().step).toBe('code');
  });
});

describe('reporting and bounds', () => {
  it('reports a missing auth once, on the first mount, to onError and onAuthError', () => {
    const onAuthError = vi.fn();
    const { controller, config } = setup([], {
      auth: undefined as never,
      onAuthError,
    });
    expect(config.onError).not.toHaveBeenCalled();
    controller.mount()();
    controller.mount();
    expect(config.onError).toHaveBeenCalledTimes(1);
    expect(onAuthError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'W2000' }));
    expect(controller.getSnapshot()).toMatchObject({ isHalted: true, canSend: false });
  });

  it('tells onAuthError about a refused credential, not about a rate limit', async () => {
    const onAuthError = vi.fn();
    const w2101 = indee(403, { status_code: 'W2101', detail: 'x' });
    const { controller } = setup([w2101], { phoneRegistered: true, onAuthError });
    controller.mount();
    controller.requestCode();
    await flush();
    expect(onAuthError).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'W2101' }));

    const other = vi.fn();
    const limited = indee(429, { status_code: 'W5001', detail: 'x' }, { 'Retry-After': '1' });
    const second = setup([limited], { phoneRegistered: true, onAuthError: other });
    second.controller.mount();
    second.controller.requestCode();
    await flush();
    expect(second.config.onError).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '5' as unknown as number])(
    'uses the 30 s cooldown for resendCooldownSeconds %s',
    async (seconds) => {
      const { controller } = await onCodeStep(vi.fn(), { resendCooldownSeconds: seconds });
      expect(controller.getSnapshot().resendSeconds).toBe(30);
    },
  );

  it('allows a zero cooldown', async () => {
    const { controller } = await onCodeStep(vi.fn(), { resendCooldownSeconds: 0 });
    expect(controller.getSnapshot()).toMatchObject({ resendSeconds: 0, canSend: true });
  });

  it('sends nothing for a number confirmed after unmount', async () => {
    const { controller, calls } = setup([ok()]);
    controller.mount()();
    const check = await controller.submitPhone({ country: 'US', text: '201 555 0123' });
    expect(check.ok).toBe(true);
    await flush();
    expect(calls).toHaveLength(0);
    expect(controller.getSnapshot()).toMatchObject({ step: 'phone', isBusy: false });
  });
});

describe('the host QueryClient', () => {
  it('sees both calls as keyed mutations whose variables never hold the number', async () => {
    const { controller, config } = setup([ok(), ok()]);
    controller.mount();
    await controller.submitPhone({ country: 'US', text: '201 555 0123' });
    await flush();
    const mutations = config.queryClient.getMutationCache().getAll();
    expect(mutations.map((m) => m.options.mutationKey)).toEqual([
      ['screener-2fa', 'link-phone'],
      ['screener-2fa', 'request-code'],
    ]);
    expect(mutations.map((m) => m.state.status)).toEqual(['success', 'success']);
    for (const mutation of mutations) {
      expect(Object.keys(mutation.state.variables as object)).toEqual(['signal']);
    }
  });
});
