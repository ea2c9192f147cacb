/** The controller without React: a store, two mutations on a QueryClient, and timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indee, ok } from '../api/fake-fetcher';
import { flush, setup } from './controller-harness';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createTwoFactorController', () => {
  it('sends nothing until mounted, and ignores actions before', async () => {
    const { controller, calls } = setup([ok()], { phoneRegistered: true });
    controller.requestCode();
    await flush();
    expect(calls).toHaveLength(0);
    expect(controller.getSnapshot()).toMatchObject({ step: 'send', canSend: true, isBusy: false });
  });

  it('links then requests, and derives the resend countdown from one timer', async () => {
    const { controller, calls } = setup([ok(), ok(), ok()], { resendCooldownSeconds: 3 });
    const unmount = controller.mount();
    const seen: string[] = [];
    controller.subscribe(() => {
      const s = controller.getSnapshot();
      seen.push(
        `${s.step}/${s.state.step === 'verified' ? '' : s.state.activity}/${s.resendSeconds}`,
      );
    });
    const check = await controller.submitPhone({ country: 'GB', text: '07400 123456' });
    expect(check.ok).toBe(true);
    await flush();
    expect(calls.map((c) => [c.init.method, c.init.body])).toEqual([
      ['POST', '{"phone":7400123456,"country_code":44}'],
      ['GET', undefined],
    ]);
    expect(controller.getSnapshot()).toMatchObject({
      step: 'code',
      canSend: false,
      resendSeconds: 3,
      phone: { display: '+44 7400 123456' },
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(controller.getSnapshot()).toMatchObject({ resendSeconds: 0, canSend: true });
    expect(seen).toEqual([
      'phone/linking/0',
      'phone/requesting/0',
      'code/idle/3',
      'code/idle/2',
      'code/idle/1',
      'code/idle/0',
    ]);
    unmount();
    // No timer left behind once unmounted (react-query's own gc of the two mutations aside).
    await flush();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses an invalid number without a request', async () => {
    const { controller, calls } = setup([]);
    controller.mount();
    expect(await controller.submitPhone({ country: 'US', text: '12' })).toEqual({
      ok: false,
      reason: 'TOO_SHORT',
    });
    expect(calls).toHaveLength(0);
  });

  it('counts a rate limit down and allows sending again at its end', async () => {
    const limited = indee(
      429,
      { status_code: 'W5001', detail: 'slow down' },
      { 'Retry-After': '2' },
    );
    const { controller, config } = setup([limited, ok()], { phoneRegistered: true });
    controller.mount();
    controller.requestCode();
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ rateLimitSeconds: 2, canSend: false });
    expect(config.onError).toHaveBeenCalledTimes(1);
    controller.requestCode();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(controller.getSnapshot()).toMatchObject({ rateLimitSeconds: 0, canSend: true });
  });

  it('aborts the request in flight on unmount and ignores its answer', async () => {
    const { controller, calls, config } = setup([() => new Promise(() => {})], {
      phoneRegistered: true,
    });
    const unmount = controller.mount();
    controller.requestCode();
    await flush();
    unmount();
    expect(calls[0]?.init.signal?.aborted).toBe(true);
    await flush();
    expect(config.onError).not.toHaveBeenCalled();
  });

  it('lifts a halting failure when the credential changes, not on an equal one', async () => {
    const w2101 = indee(403, { status_code: 'W2101', detail: 'x' });
    const { controller, config } = setup([w2101], { phoneRegistered: true });
    controller.mount();
    controller.requestCode();
    await flush();
    expect(controller.getSnapshot().isHalted).toBe(true);
    controller.update({ ...config, auth: { type: 'apiKey', apiKey: 'k' } });
    expect(controller.getSnapshot().isHalted).toBe(true);
    controller.update({ ...config, auth: { type: 'apiKey', apiKey: 'k2' } });
    expect(controller.getSnapshot()).toMatchObject({ isHalted: false, canSend: true });
  });
});
