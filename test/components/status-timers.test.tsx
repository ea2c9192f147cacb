/**
 * Failures that play out over time, on fake timers: the W5001 wait (Retry-After in seconds,
 * as an HTTP date, or the 30 s default), request timeouts, and the absence of any
 * automatic retry however long the viewer waits.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultMessages as m } from '../../src';
import { loadPhoneRuntime } from '../../src/phone/load-runtime';
import { hangForever, indee, raw, type Step } from '../api/fake-fetcher';
import { type Entry, expectCannotSend, mount as mountGate } from '../support/status-harness';

/** The harness with user-event driven by fake timers. */
const mount = (
  entry: Entry,
  script: Parameters<typeof mountGate>[1],
  extra?: Parameters<typeof mountGate>[2],
) => mountGate(entry, script, extra, { fakeTimers: true });

// --- end harness ---

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const status = () => screen.getByRole('status');
const w5001 = (headers: Record<string, string> = {}) =>
  indee(429, { status_code: 'W5001', detail: 'Rate limited' }, headers);
const w5000 = () => indee(500, { status_code: 'W5000', detail: 'Unknown error' });

const globals = globalThis as { jest?: unknown };
beforeAll(async () => {
  // Dynamic imports are not driven by fake timers, so load the phone runtime and rules first.
  await (await loadPhoneRuntime()).loadPhoneRulesFor('', 'US');
});
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
  // Lets Testing Library's findBy/waitFor advance Vitest's fake clock.
  globals.jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };
});
afterEach(() => {
  vi.useRealTimers();
  delete globals.jest;
});

const entries: Entry[] = ['link', 'after-link', 'send', 'resend'];

describe.each(entries)('W5001 at %s', (entry) => {
  it('counts Retry-After: 3 down on the button, then announces and allows one retry', async () => {
    const gate = mount(entry, [w5001({ 'Retry-After': '3' }), w5000()]);
    await gate.trigger();
    await tick(0);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'W5001');
    expect(alert).toHaveTextContent(m.rateLimited('3 seconds'));
    expect(gate.sendButton()).toHaveAccessibleName(`${gate.label} (3 seconds)`);
    expectCannotSend(gate.sendButton());
    await gate.user.click(gate.sendButton());

    await tick(1000);
    expect(gate.sendButton()).toHaveAccessibleName(`${gate.label} (2 seconds)`);
    expectCannotSend(gate.sendButton());
    expect(status()).toHaveTextContent('');
    await tick(1000);
    expect(gate.sendButton()).toHaveAccessibleName(`${gate.label} (1 second)`);
    expectCannotSend(gate.sendButton());
    expect(gate.calls).toHaveLength(gate.lead + 1);

    await tick(1000);
    expect(gate.sendButton()).toBeEnabled();
    expect(gate.sendButton()).not.toHaveAttribute('aria-disabled');
    expect(gate.sendButton()).toHaveAccessibleName(gate.label);
    expect(status()).toHaveTextContent(m.rateLimitOver);

    await gate.user.click(gate.sendButton());
    await tick(0);
    expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'W5000');
    await tick(60_000);
    expect(gate.calls).toHaveLength(gate.lead + 2);
    expect(gate.calls.at(-1)?.init.method).toBe(entry === 'link' ? 'POST' : 'GET');
  });
});

describe('W5001 wait lengths', () => {
  it('waits 30 s without Retry-After', async () => {
    const gate = mount('send', [w5001()]);
    await gate.trigger();
    await tick(0);
    expect(screen.getByRole('alert')).toHaveTextContent(m.rateLimited('30 seconds'));
    await tick(29_000);
    expect(gate.sendButton()).toHaveAccessibleName(`${m.sendSubmit} (1 second)`);
    expectCannotSend(gate.sendButton());
    await tick(1000);
    expect(gate.sendButton()).toBeEnabled();
    expect(status()).toHaveTextContent(m.rateLimitOver);
  });

  it.each<Entry>(['link', 'send'])('reads Retry-After as an HTTP date (at %s)', async (entry) => {
    const gate = mount(entry, [w5001({ 'Retry-After': 'Tue, 01 Jan 2030 00:00:45 GMT' })]);
    await gate.trigger();
    await tick(0);
    expect(screen.getByRole('alert')).toHaveTextContent(m.rateLimited('45 seconds'));
    expect(gate.onError.mock.calls[0]?.[0]).toMatchObject({ code: 'W5001', retryAfterMs: 45_000 });
    expect(gate.sendButton()).toHaveAccessibleName(`${m.sendSubmit} (45 seconds)`);
    await tick(44_000);
    expect(gate.sendButton()).toHaveAccessibleName(`${m.sendSubmit} (1 second)`);
    expectCannotSend(gate.sendButton());
    await tick(1000);
    expect(gate.sendButton()).toBeEnabled();
    expect(gate.calls).toHaveLength(1);
  });

  it('pressing Enter in the phone field while blocked sends nothing', async () => {
    const gate = mount('link', [w5001({ 'Retry-After': '10' })]);
    await gate.trigger();
    await screen.findByRole('alert');
    await gate.user.type(screen.getByLabelText(m.phoneLabel), '{Enter}');
    await tick(1000);
    expect(gate.calls).toHaveLength(1);
  });

  it('the wait survives "Use a different number" (it applies to the screener)', async () => {
    const gate = mount('after-link', [w5001({ 'Retry-After': '10' })]);
    await gate.trigger();
    await screen.findByRole('alert');
    await gate.user.click(screen.getByRole('button', { name: m.changeNumber }));
    expect(screen.getByRole('button', { name: /^Text me a code/ })).toHaveAccessibleName(
      `${m.phoneSubmit} (10 seconds)`,
    );
    expect(screen.getByRole('button', { name: /^Text me a code/ })).toBeDisabled();
  });
});

describe.each(entries)('TIMEOUT at %s', (entry) => {
  it('aborts after requestTimeoutMs and offers a retry', async () => {
    const gate = mount(entry, [hangForever], { requestTimeoutMs: 5000 });
    await gate.trigger();
    await tick(4999);
    expect(screen.queryByRole('alert')).toBeNull();
    await tick(1);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'TIMEOUT');
    expect(alert).toHaveTextContent(m.error.timeout);
    expect(gate.onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'TIMEOUT',
      httpStatus: undefined,
    });
    expect(gate.sendButton()).toBeEnabled();
    expect(gate.calls).toHaveLength(gate.lead + 1);
  });
});

it('TIMEOUT defaults to 15 s without requestTimeoutMs', async () => {
  const gate = mount('send', [hangForever]);
  await gate.trigger();
  await tick(14_999);
  expect(screen.queryByRole('alert')).toBeNull();
  await tick(1);
  expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'TIMEOUT');
});

describe('no automatic retry, however long the viewer waits', () => {
  it.each<[string, () => Step]>([
    ['W5000', w5000],
    ['W7777', () => indee(500, { status_code: 'W7777' })],
    ['NETWORK', () => new TypeError('Failed to fetch')],
    ['BAD_RESPONSE', () => raw(502, '<html>Bad gateway</html>')],
    ['W2000', () => indee(401, { status_code: 'W2000' })],
  ])('%s: exactly one request after 10 minutes', async (code, answer) => {
    const gate = mount('send', [answer()]);
    await gate.trigger();
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', code);
    await tick(10 * 60_000);
    expect(gate.calls).toHaveLength(1);
    expect(gate.onError).toHaveBeenCalledTimes(1);
  });
});

describe('fixed bugs, kept as regressions', () => {
  // Regression (was a bug): the live region keeps "You can try again now." forever. During a second W5001 wait
  // it still claims the viewer can try again, and since its text never changes, the end of
  // the second wait is never announced.
  it('a second rate-limit wait is announced again at its end, not during it', async () => {
    const gate = mount('send', [w5001({ 'Retry-After': '1' }), w5001({ 'Retry-After': '1' })]);
    await gate.trigger();
    await tick(1000);
    expect(status()).toHaveTextContent(m.rateLimitOver);
    await gate.user.click(gate.sendButton());
    await tick(0);
    expectCannotSend(gate.sendButton());
    expect(status()).not.toHaveTextContent(m.rateLimitOver);
    await tick(1000);
    expect(status()).toHaveTextContent(m.rateLimitOver);
  });
});
