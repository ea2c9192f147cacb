/**
 * Every answer the real world can give, at both endpoints: POST link-phone from the phone step
 * and GET request-code from the `phoneRegistered` send step. Each lands in its documented
 * state, and the whole run fails on any unhandled rejection, uncaught error or React warning.
 */
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { defaultMessages as m, type TwoFactorError } from '../../src';
import { loadPhoneRuntime } from '../../src/phone/load-runtime';
import { hangForever, raw } from '../api/fake-fetcher';
import {
  deferred,
  indee,
  ok,
  phoneInput,
  renderGate,
  type Step,
  sendPhoneButton,
  settle,
} from '../support/gate';

// --- global guards: any stray rejection, uncaught error or console noise fails the test ---
const problems: unknown[] = [];
const onNodeRejection = (reason: unknown) => problems.push(['unhandledRejection', reason]);
const onNodeException = (error: unknown) => problems.push(['uncaughtException', error]);
const onWindowRejection = (event: PromiseRejectionEvent) =>
  problems.push(['unhandledrejection', event.reason]);
const onWindowError = (event: ErrorEvent) => problems.push(['error', event.error ?? event.message]);
let consoleSpies: MockInstance[] = [];

beforeAll(async () => {
  // Dynamic imports are not driven by fake timers: load the phone runtime and US rules first.
  await (await loadPhoneRuntime()).loadPhoneRulesFor('', 'US');
});
beforeEach(() => {
  problems.length = 0;
  process.on('unhandledRejection', onNodeRejection);
  process.on('uncaughtException', onNodeException);
  window.addEventListener('unhandledrejection', onWindowRejection);
  window.addEventListener('error', onWindowError);
  consoleSpies = (['error', 'warn'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => {}),
  );
});
afterEach(async () => {
  cleanup(); // unmount inside the guarded window, so unmount warnings count too
  await settle(20);
  process.off('unhandledRejection', onNodeRejection);
  process.off('uncaughtException', onNodeException);
  window.removeEventListener('unhandledrejection', onWindowRejection);
  window.removeEventListener('error', onWindowError);
  expect(problems).toEqual([]);
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
});

// --- harness ---
type Endpoint = 'link' | 'send';
const ENDPOINTS: [Endpoint, string][] = [
  ['link', 'POST link-phone from the phone step'],
  ['send', 'GET request-code from the phoneRegistered send step'],
];

function mountAt(endpoint: Endpoint, script: Step[], user = userEvent.setup()) {
  const gate = renderGate({
    script,
    user,
    props: { phoneRegistered: endpoint === 'send', requestTimeoutMs: 5_000 },
  });
  const trigger = async () => {
    if (endpoint === 'link') {
      await user.type(phoneInput(), '2015550123');
      await user.click(sendPhoneButton());
    } else {
      await user.click(screen.getByRole('button', { name: m.sendSubmit }));
    }
  };
  return { ...gate, trigger, home: endpoint === 'link' ? 'phone' : 'send' };
}

interface Fault {
  name: string;
  answer: () => Step;
  code: string;
  text: string;
  auth?: boolean;
}
const json = (status: number, code: string, headers?: Record<string, string>) => () =>
  indee(status, { status_code: code, detail: 'server detail' }, headers);

const FAULTS: Fault[] = [
  {
    name: 'W2000 (401)',
    answer: json(401, 'W2000'),
    code: 'W2000',
    text: m.error.integration,
    auth: true,
  },
  {
    name: 'W2003 (401)',
    answer: json(401, 'W2003'),
    code: 'W2003',
    text: m.error['session-expired'],
    auth: true,
  },
  {
    name: 'W2101 (403)',
    answer: json(403, 'W2101'),
    code: 'W2101',
    text: m.error['sign-in-required'],
    auth: true,
  },
  {
    name: 'W5001 (429, Retry-After 7)',
    answer: json(429, 'W5001', { 'Retry-After': '7' }),
    code: 'W5001',
    text: m.rateLimited('7 seconds'),
  },
  { name: 'W5000 (500)', answer: json(500, 'W5000'), code: 'W5000', text: m.error.server },
  {
    name: 'unknown W4242 (418)',
    answer: json(418, 'W4242'),
    code: 'W4242',
    text: m.unknownCode('W4242'),
  },
  {
    name: 'HTTP 200 carrying W5000',
    answer: json(200, 'W5000'),
    code: 'W5000',
    text: m.error.server,
  },
  {
    name: 'HTML 502 from a proxy',
    answer: () =>
      raw(502, '<!doctype html><h1>502 Bad Gateway</h1>', { 'Content-Type': 'text/html' }),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
  },
  {
    name: 'empty body (200)',
    answer: () => raw(200, ''),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
  },
  {
    name: 'empty body (500)',
    answer: () => raw(500, ''),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
  },
  {
    name: 'truncated JSON (200)',
    answer: () => raw(200, '{"status_code":"W0000","det', { 'Content-Type': 'application/json' }),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
  },
  {
    name: 'network failure (TypeError)',
    answer: () => new TypeError('Failed to fetch'),
    code: 'NETWORK',
    text: m.error.network,
  },
];

describe.each(ENDPOINTS)('%s: %s', (endpoint) => {
  it.each(FAULTS)('$name shows role="alert" with data-status-code $code', async (fault) => {
    const gate = mountAt(endpoint, [fault.answer()]);
    await gate.trigger();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', fault.code);
    expect(alert).toHaveTextContent(fault.text);
    expect(gate.root()).toHaveAttribute('data-step', gate.home);
    expect(gate.container.textContent).not.toContain('server detail');

    expect(gate.onError).toHaveBeenCalledTimes(1);
    const error = gate.onError.mock.calls[0]?.[0] as TwoFactorError;
    expect(error.code).toBe(fault.code);
    expect(error.endpoint).toBe(endpoint === 'link' ? 'link-phone' : 'request-code');
    expect(gate.onAuthError).toHaveBeenCalledTimes(fault.auth ? 1 : 0);
    expect(gate.onVerified).not.toHaveBeenCalled();
    await settle(30);
    expect(gate.calls).toHaveLength(1); // no automatic retry
    expect(gate.calls[0]?.init.method).toBe(endpoint === 'link' ? 'POST' : 'GET');
  });

  it('W0000 on a 5xx is BAD_RESPONSE, never a false success', async () => {
    const gate = mountAt(endpoint, [json(503, 'W0000')()]);
    await gate.trigger();
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'BAD_RESPONSE');
    expect(gate.root()).toHaveAttribute('data-step', gate.home);
  });

  describe('on fake timers', () => {
    const globals = globalThis as { jest?: unknown };
    beforeEach(() => {
      vi.useFakeTimers();
      globals.jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };
    });
    afterEach(() => {
      vi.useRealTimers();
      delete globals.jest;
    });

    it('a request hanging past requestTimeoutMs is aborted and shown as TIMEOUT', async () => {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const gate = mountAt(endpoint, [hangForever], user);
      await gate.trigger();
      await act(() => vi.advanceTimersByTimeAsync(4_900));
      expect(gate.calls).toHaveLength(1);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(gate.root()).toHaveAttribute('data-busy');
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'TIMEOUT');
      expect(screen.getByRole('alert')).toHaveTextContent(m.error.timeout);
      expect(gate.calls[0]?.init.signal?.aborted).toBe(true);
      expect(gate.root()).toHaveAttribute('data-step', gate.home);
      expect(gate.root()).not.toHaveAttribute('data-busy');
      expect(gate.onError).toHaveBeenCalledTimes(1);
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(gate.calls).toHaveLength(1);
    });
  });

  const lateAnswers: [string, () => Response | Error][] = [
    ['a W0000 success', ok],
    ['a W5000 failure', json(500, 'W5000')],
    ['a network error', () => new TypeError('Failed to fetch')],
  ];
  it.each(lateAnswers)(
    'a slow answer (%s) arriving after unmount fires nothing',
    async (_, late) => {
      const answer = deferred<Response>();
      const gate = mountAt(endpoint, [() => answer.promise]);
      await gate.trigger();
      await vi.waitFor(() => expect(gate.calls).toHaveLength(1));
      const signal = gate.calls[0]?.init.signal as AbortSignal;
      expect(signal.aborted).toBe(false);
      gate.unmount();
      expect(signal.aborted).toBe(true);
      const value = late();
      if (value instanceof Error) answer.reject(value);
      else answer.resolve(value);
      await settle(50);
      expect(gate.calls).toHaveLength(1);
      expect(gate.onError).not.toHaveBeenCalled();
      expect(gate.onAuthError).not.toHaveBeenCalled();
      expect(gate.onVerified).not.toHaveBeenCalled();
      expect(gate.onCodeSubmit).not.toHaveBeenCalled();
    },
  );
});
