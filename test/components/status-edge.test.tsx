/**
 * Answers outside the documented table (HTTP and W-code disagreeing, HTML, empty or truncated
 * bodies), server text that must never be rendered, and going offline and back online.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultMessages as m, TwoFactorError } from '../../src';
import { indee, ok, raw, type Step } from '../api/fake-fetcher';
import { type Entry, mount, settle, XSS } from '../support/status-harness';

// --- end harness ---

const goOnline = () => act(() => window.dispatchEvent(new Event('online')));

interface Odd {
  name: string;
  answer: () => Step;
  code: string;
  text: string;
  httpStatus: number;
}

const odd: Odd[] = [
  {
    name: 'HTTP 200 carrying W5000 (the W-code wins)',
    answer: () => indee(200, { status_code: 'W5000', detail: XSS }),
    code: 'W5000',
    text: m.error.server,
    httpStatus: 200,
  },
  {
    name: 'HTTP 502 with an HTML body',
    answer: () =>
      raw(502, `<html><body><h1>Bad gateway</h1>${XSS}</body></html>`, {
        'Content-Type': 'text/html',
      }),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 502,
  },
  {
    name: 'HTTP 200 with an empty body',
    answer: () => raw(200, ''),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 200,
  },
  {
    name: 'HTTP 500 with an empty body',
    answer: () => raw(500, ''),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 500,
  },
  {
    name: 'truncated JSON',
    answer: () => raw(200, '{"status_code":"W00', { 'Content-Type': 'application/json' }),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 200,
  },
  {
    name: 'JSON without status_code',
    answer: () => indee(404, { detail: XSS }),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 404,
  },
  {
    name: 'a numeric status_code',
    answer: () => indee(500, { status_code: 5000, detail: XSS }),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 500,
  },
  {
    name: 'a JSON null body',
    answer: () => raw(200, 'null'),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 200,
  },
  {
    name: 'W0000 on HTTP 500 (success claimed by an error status)',
    answer: () => indee(500, { status_code: 'W0000', detail: 'Success' }),
    code: 'BAD_RESPONSE',
    text: m.error['bad-response'],
    httpStatus: 500,
  },
  {
    name: 'an unknown W-code on HTTP 200',
    answer: () => indee(200, { status_code: 'W4040', detail: XSS }),
    code: 'W4040',
    text: m.unknownCode('W4040'),
    httpStatus: 200,
  },
];

describe.each<Entry>(['link', 'send'])('odd answers at %s', (entry) => {
  it.each(odd)('$name', async (row) => {
    const alertSpy = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const gate = mount(entry, [row.answer()]);
    await gate.trigger();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', row.code);
    expect(alert).toHaveTextContent(row.text, { normalizeWhitespace: false });
    expect(gate.sendButton()).toBeEnabled();
    expect(gate.onError).toHaveBeenCalledTimes(1);
    const error = gate.onError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(TwoFactorError);
    expect(error).toMatchObject({ code: row.code, httpStatus: row.httpStatus });
    expect(gate.onAuthError).not.toHaveBeenCalled();
    expect(gate.view.container.innerHTML).not.toContain('Secret detail');
    expect(document.querySelector('img')).toBeNull();
    await settle();
    expect(alertSpy).not.toHaveBeenCalled();
    expect(gate.calls).toHaveLength(gate.lead + 1);
  });
});

describe('server detail', () => {
  it('is handed to onError for logs, never rendered', async () => {
    const gate = mount('send', [indee(500, { status_code: 'W5000', detail: XSS })]);
    await gate.trigger();
    expect(await screen.findByRole('alert')).toHaveTextContent(m.error.server);
    expect(gate.onError.mock.calls[0]?.[0]?.detail).toBe(XSS);
    expect(gate.view.container.innerHTML).not.toContain('Secret detail');
    expect(gate.view.container.innerHTML).not.toContain('onerror');
    expect(document.body.querySelector('img')).toBeNull();
  });
});

describe.each<Entry>(['link', 'send', 'resend'])('offline, then back online, at %s', (entry) => {
  it('announces "back online" politely and the retry sends exactly one request', async () => {
    const followUp = entry === 'link' ? [ok(), ok()] : [ok()];
    const gate = mount(entry, [new TypeError('Failed to fetch'), ...followUp]);
    await gate.trigger();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'NETWORK');
    expect(alert).toHaveTextContent(m.error.network);
    expect(gate.onError.mock.calls[0]?.[0]).toMatchObject({
      code: 'NETWORK',
      httpStatus: undefined,
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
    goOnline();
    expect(screen.getByRole('status')).toHaveTextContent(m.backOnline);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    // Back online is news, not an action: still no request until the viewer asks.
    await settle();
    expect(gate.calls).toHaveLength(gate.lead + 1);
    await gate.user.click(gate.sendButton());
    expect(await screen.findByLabelText(m.codeLabel)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(gate.calls).toHaveLength(gate.lead + 1 + followUp.length);
  });
});

describe('"back online" is only for a NETWORK failure', () => {
  it('an online event after W5000 announces nothing', async () => {
    const gate = mount('send', [indee(500, { status_code: 'W5000' })]);
    await gate.trigger();
    await screen.findByRole('alert');
    goOnline();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(gate.calls).toHaveLength(1);
  });

  // Regression (was a bug): useAnnouncement fires on [online count, offline]; once any 'online' event has been
  // seen, the NETWORK failure itself flips `offline` to true and announces "back online"
  // at the very moment the connection is lost.
  it('an online event seen before the failure is not announced at the failure', async () => {
    const gate = mount('send', [new TypeError('Failed to fetch')]);
    goOnline();
    await gate.trigger();
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'NETWORK');
    expect(screen.getByRole('status')).not.toHaveTextContent(m.backOnline);
  });
});
