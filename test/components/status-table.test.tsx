/**
 * One clear state per Indee status code and per failure, at every place a request is sent:
 * POST link-phone from the phone step, and GET request-code after a W0000 link, from the
 * `phoneRegistered` send step, and from "Send a new code" on the code step.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultMessages as m, type ScreenerTwoFactorGateProps, TwoFactorError } from '../../src';
import { hangUntilAborted, indee, ok, raw, type Step } from '../api/fake-fetcher';
import { type Entry, expectCannotSend, expectHalted, mount, XSS } from '../support/status-harness';

const ENDPOINT = {
  link: 'link-phone',
  'after-link': 'request-code',
  send: 'request-code',
  resend: 'request-code',
} as const;

// --- end harness ---

type Action = 'retry' | 'halted' | 'blocked';
interface Row {
  name: string;
  code: string;
  answer: () => Step;
  text: string;
  action: Action;
  httpStatus: number | undefined;
  detail?: string;
  retryAfterMs?: number;
  wait?: number;
  props?: Partial<ScreenerTwoFactorGateProps>;
}

const json = (status: number, code: string, headers?: Record<string, string>) => () =>
  indee(status, { status_code: code, detail: XSS }, headers);

const rows: Row[] = [
  {
    name: 'W2000 (401)',
    code: 'W2000',
    answer: json(401, 'W2000'),
    text: m.error.integration,
    action: 'halted',
    httpStatus: 401,
    detail: XSS,
  },
  {
    name: 'W2003 (401) with a plain token',
    code: 'W2003',
    answer: json(401, 'W2003'),
    text: m.error['session-expired'],
    action: 'halted',
    httpStatus: 401,
    detail: XSS,
    props: { auth: { type: 'jwt', token: 'jwt-1' } },
  },
  {
    name: 'W2101 (403)',
    code: 'W2101',
    answer: json(403, 'W2101'),
    text: m.error['sign-in-required'],
    action: 'halted',
    httpStatus: 403,
    detail: XSS,
  },
  {
    name: 'W5001 (429) without Retry-After',
    code: 'W5001',
    answer: json(429, 'W5001'),
    text: m.rateLimited('30 seconds'),
    action: 'blocked',
    httpStatus: 429,
    detail: XSS,
    wait: 30,
  },
  {
    name: 'W5001 (429) with Retry-After: 12',
    code: 'W5001',
    answer: json(429, 'W5001', { 'Retry-After': '12' }),
    text: m.rateLimited('12 seconds'),
    action: 'blocked',
    httpStatus: 429,
    detail: XSS,
    retryAfterMs: 12_000,
    wait: 12,
  },
  {
    name: 'W5000 (500)',
    code: 'W5000',
    answer: json(500, 'W5000'),
    text: m.error.server,
    action: 'retry',
    httpStatus: 500,
    detail: XSS,
  },
  {
    name: 'unknown W7777 (418)',
    code: 'W7777',
    answer: json(418, 'W7777'),
    text: m.unknownCode('W7777'),
    action: 'retry',
    httpStatus: 418,
    detail: XSS,
  },
  {
    name: 'NETWORK (fetch rejects)',
    code: 'NETWORK',
    answer: () => new TypeError('Failed to fetch'),
    text: m.error.network,
    action: 'retry',
    httpStatus: undefined,
  },
  {
    name: 'TIMEOUT (no answer within requestTimeoutMs)',
    code: 'TIMEOUT',
    answer: () => hangUntilAborted,
    text: m.error.timeout,
    action: 'retry',
    httpStatus: undefined,
    props: { requestTimeoutMs: 40 },
  },
  {
    name: 'BAD_RESPONSE (502 HTML page)',
    code: 'BAD_RESPONSE',
    answer: () =>
      raw(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', {
        'Content-Type': 'text/html',
      }),
    text: m.error['bad-response'],
    action: 'retry',
    httpStatus: 502,
  },
];

const entries: [Entry, string][] = [
  ['link', 'POST link-phone from the phone step'],
  ['after-link', 'GET request-code right after a W0000 link'],
  ['send', 'GET request-code from the phoneRegistered send step'],
  ['resend', 'GET request-code from "Send a new code"'],
];

describe.each(entries)('%s: %s', (entry) => {
  it.each(rows)('$name', async (row) => {
    const followUp = row.action === 'retry' ? (entry === 'link' ? [ok(), ok()] : [ok()]) : [];
    const gate = mount(entry, [row.answer(), ...followUp], row.props);
    await gate.trigger();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', row.code);
    expect(alert).toHaveTextContent(row.text, { normalizeWhitespace: false });
    if (row.code === 'W7777') expect(alert.textContent).toContain('W7777');
    // The failure happens where it was sent; after the link, the gate offers "send code".
    expect(gate.step()).toBe(entry === 'link' ? 'phone' : entry === 'resend' ? 'code' : 'send');

    // The server's detail is never rendered, not even as text.
    expect(gate.view.container.innerHTML).not.toContain('Secret detail');
    expect(gate.view.container.querySelector('img')).toBeNull();

    expect(gate.onError).toHaveBeenCalledTimes(1);
    const error = gate.onError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(TwoFactorError);
    expect(error).toMatchObject({
      code: row.code,
      httpStatus: row.httpStatus,
      detail: row.detail,
      retryAfterMs: row.retryAfterMs,
      endpoint: ENDPOINT[entry],
    });
    if (row.action === 'halted') {
      expect(gate.onAuthError).toHaveBeenCalledTimes(1);
      expect(gate.onAuthError).toHaveBeenCalledWith(error);
    } else {
      expect(gate.onAuthError).not.toHaveBeenCalled();
    }

    // Exactly one request for this action: no automatic retry.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(gate.calls).toHaveLength(gate.lead + 1);
    expect(gate.calls.at(-1)?.init.method).toBe(entry === 'link' ? 'POST' : 'GET');

    if (row.action === 'halted') {
      // The form is replaced by the message: nothing left that could not be sent.
      expectHalted();
      return;
    }
    const button = gate.sendButton();
    if (row.action === 'retry') {
      expect(button).toBeEnabled();
      expect(button).toHaveAccessibleName(gate.label);
      await gate.user.click(button);
      expect(await screen.findByLabelText(m.codeLabel)).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(gate.calls).toHaveLength(gate.lead + 1 + followUp.length);
      return;
    }
    expectCannotSend(button);
    expect(button).toHaveAccessibleName(`${gate.label} (${row.wait} seconds)`);
    await gate.user.click(button);
    expect(gate.calls).toHaveLength(gate.lead + 1);
    expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', row.code);
  });
});
