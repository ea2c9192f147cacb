import { describe, expect, it, vi } from 'vitest';
import { createMockIndeeFetcher, type MockSms } from '../../src/mock';
import { link, manualClock, read, requestCode } from './helpers';

describe('mock GET .../2fa (send a code)', () => {
  it('refuses with HTTP 400 W5000 when no phone is linked, and sends nothing', async () => {
    const fetcher = createMockIndeeFetcher();
    const listener = vi.fn();
    fetcher.subscribe(listener);
    const answer = await read(await requestCode(fetcher, 's'));
    expect(answer).toMatchObject({ status: 400, code: 'W5000' });
    expect(answer.detail).toMatch(/no phone number is linked/i);
    expect(fetcher.sentMessages).toEqual([]);
    expect(fetcher.lastCode).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
  });

  it('records the SMS, exposes lastCode and notifies subscribers', async () => {
    const clock = manualClock();
    const fetcher = createMockIndeeFetcher({ now: clock.now, codes: ['123456'] });
    const received: MockSms[] = [];
    fetcher.subscribe((sms) => received.push(sms));
    await link(fetcher, 's');
    expect(await read(await requestCode(fetcher, 's'))).toEqual({
      status: 200,
      code: 'W0000',
      detail: 'Success',
    });
    const expected: MockSms = {
      screenerKey: 's',
      code: '123456',
      to: '+44 ••••••••56',
      at: clock.now(),
      expiresAt: clock.now() + 5 * 60_000,
    };
    expect(fetcher.sentMessages).toEqual([expected]);
    expect(fetcher.lastCode).toBe('123456');
    expect(received).toEqual([expected]);
  });

  it('stops notifying after unsubscribe', async () => {
    const fetcher = createMockIndeeFetcher({
      screeners: { s: { linkedPhone: { phone: 2025550123, countryCode: 1 } } },
    });
    const listener = vi.fn();
    const unsubscribe = fetcher.subscribe(listener);
    await requestCode(fetcher, 's');
    unsubscribe();
    await requestCode(fetcher, 's');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fetcher.sentMessages).toHaveLength(2);
    expect(fetcher.sentMessages[0]?.to).toBe('+1 ••••••••23');
  });

  it('generates codeLength digits by default, and repeats them for a seed', async () => {
    const run = async (options: Parameters<typeof createMockIndeeFetcher>[0]) => {
      const fetcher = createMockIndeeFetcher({ ...options, rateLimit: false });
      fetcher.setLinkedPhone('s', { phone: 7400123456, countryCode: 44 });
      for (let i = 0; i < 5; i++) await requestCode(fetcher, 's');
      return fetcher.sentMessages.map((sms) => sms.code);
    };
    for (const code of await run({})) expect(code).toMatch(/^\d{6}$/);
    for (const code of await run({ codeLength: 8 })) expect(code).toMatch(/^\d{8}$/);
    expect(await run({ seed: 42 })).toEqual(await run({ seed: 42 }));
    expect(await run({ seed: 42 })).not.toEqual(await run({ seed: 43 }));
  });

  it('takes codes from the queue first, then from nextCode', async () => {
    const nextCode = vi.fn(({ length }: { length: number }) => '9'.repeat(length));
    const fetcher = createMockIndeeFetcher({ codes: ['111111'], nextCode, codeLength: 4 });
    fetcher.setLinkedPhone('s', { phone: 7400123456, countryCode: 44 });
    await requestCode(fetcher, 's');
    await requestCode(fetcher, 's');
    expect(fetcher.sentMessages.map((sms) => sms.code)).toEqual(['111111', '9999']);
    expect(nextCode).toHaveBeenCalledWith({ screenerKey: 's', length: 4 });
  });

  it('verifies only the latest code of that screener', async () => {
    const fetcher = createMockIndeeFetcher({ codes: ['111111', '222222', '333333'] });
    fetcher.setLinkedPhone('a', { phone: 7400123456, countryCode: 44 });
    fetcher.setLinkedPhone('b', { phone: 7400123456, countryCode: 44 });
    expect(fetcher.verifyCode('a', '111111')).toBe(false);
    await requestCode(fetcher, 'a');
    expect(fetcher.verifyCode('a', '111111')).toBe(true);
    expect(fetcher.verifyCode('a', '111 111')).toBe(true);
    expect(fetcher.verifyCode('a', '111-111')).toBe(true);
    expect(fetcher.verifyCode('a', '111112')).toBe(false);
    expect(fetcher.verifyCode('a', '')).toBe(false);
    await requestCode(fetcher, 'a');
    expect(fetcher.verifyCode('a', '111111')).toBe(false);
    expect(fetcher.verifyCode('a', '222222')).toBe(true);
    await requestCode(fetcher, 'b');
    expect(fetcher.verifyCode('b', '222222')).toBe(false);
    expect(fetcher.verifyCode('a', '333333')).toBe(false);
    expect(fetcher.verifyCode('b', '333333')).toBe(true);
  });

  it('expires codes after the TTL (5 minutes by default)', async () => {
    const clock = manualClock();
    const fetcher = createMockIndeeFetcher({ now: clock.now, codes: ['123456'] });
    fetcher.setLinkedPhone('s', { phone: 7400123456, countryCode: 44 });
    await requestCode(fetcher, 's');
    clock.advance(5 * 60_000 - 1);
    expect(fetcher.verifyCode('s', '123456')).toBe(true);
    clock.advance(1);
    expect(fetcher.verifyCode('s', '123456')).toBe(false);
  });

  it('honours a custom codeTtlMs', async () => {
    const clock = manualClock();
    const fetcher = createMockIndeeFetcher({ now: clock.now, codes: ['123456'], codeTtlMs: 1000 });
    fetcher.setLinkedPhone('s', { phone: 7400123456, countryCode: 44 });
    await requestCode(fetcher, 's');
    clock.advance(999);
    expect(fetcher.verifyCode('s', '123456')).toBe(true);
    clock.advance(1);
    expect(fetcher.verifyCode('s', '123456')).toBe(false);
  });

  it('forgets the pending code when another phone is linked', async () => {
    const fetcher = createMockIndeeFetcher({ codes: ['123456'] });
    await link(fetcher, 's');
    await requestCode(fetcher, 's');
    await link(fetcher, 's', { phone: 2025550123, country_code: 1 });
    expect(fetcher.verifyCode('s', '123456')).toBe(false);
  });

  it('accepts a JWT-authorised code request on a JWT screener', async () => {
    const fetcher = createMockIndeeFetcher({
      screeners: { p: { auth: 'jwt', linkedPhone: { phone: 7400123456, countryCode: 44 } } },
    });
    expect(
      (await read(await requestCode(fetcher, 'p', { Authorization: 'JWT demo-jwt' }))).code,
    ).toBe('W0000');
    expect(fetcher.sentMessages).toHaveLength(1);
  });

  it('rejects a body on GET like fetch does', async () => {
    const fetcher = createMockIndeeFetcher();
    await expect(requestCode(fetcher, 's', undefined, { body: '{}' })).rejects.toThrow(TypeError);
  });
});
