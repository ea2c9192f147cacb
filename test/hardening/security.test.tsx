/**
 * Secrets and personal data: the JWT, the API key and the phone number never leak into the
 * DOM, URLs, storage, cookies, logs or error messages; server text never becomes markup;
 * mounting sends nothing and unmounting cancels, in StrictMode too.
 */

import { inspect } from 'node:util';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { type TwoFactorAuth, TwoFactorError } from '../../src';
import {
  codeInput,
  deferred,
  indee,
  ok,
  phoneInput,
  type RecordedCall,
  renderGate,
  type Step,
  sendPhoneButton,
  settle,
} from '../support/gate';

const JWT = 'SECRET-JWT-TOKEN-123';
const API_KEY = 'SECRET-API-KEY-456';
const SECRETS = [JWT, API_KEY];
const TYPED = '+44 7400 123456';
const DIGITS = '7400123456';
// Every 3-digit window of the number: none may show once the viewer left the phone step.
const WINDOWS = [...DIGITS.slice(0, -2)].map((_, i) => DIGITS.slice(i, i + 3));

const AUTHS: [string, () => TwoFactorAuth, string][] = [
  ['jwt string', () => ({ type: 'jwt', token: JWT }), `JWT ${JWT}`],
  ['jwt getter', () => ({ type: 'jwt', token: vi.fn(async () => JWT) }), `JWT ${JWT}`],
  ['apiKey', () => ({ type: 'apiKey', apiKey: API_KEY }), `Bearer ${API_KEY}`],
];
// The GB example number libphonenumber-js shows as a hint is this very number; hide it so
// any digits in the DOM can only come from what the viewer typed.
const messages = { phoneHint: () => 'Example hidden' };

const CONSOLE = [
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'dir',
  'table',
  'group',
] as const;
let logged: string[] = [];
let spies: MockInstance[] = [];
beforeEach(() => {
  logged = [];
  spies = CONSOLE.map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => inspect(arg, { depth: 8 })).join(' '));
    }),
  );
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  expect(logged).toEqual([]);
  for (const spy of spies) expect(spy).not.toHaveBeenCalled();
});

/** Every string the page exposes: markup, cookie, URL and each of the `pieces`. */
function surfaces(skip?: Element): string[] {
  return [document.documentElement.outerHTML, document.cookie, location.href, ...pieces(skip)];
}

/** Each text node, attribute value, form value (minus `skip`) and storage entry on its own. */
function pieces(skip?: Element): string[] {
  const out: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) out.push(attribute.value);
    if ('value' in element && element !== skip) out.push(String(element.value));
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) out.push(walker.currentNode.textContent ?? '');
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      out.push(key, storage.getItem(key) ?? '');
    }
  }
  return out;
}

function assertNoSecrets(calls: RecordedCall[], errors: unknown[]) {
  const everything = [
    ...surfaces(),
    ...logged,
    ...calls.map((call) => `${call.input} ${String(call.init.body ?? '')}`),
  ].join('\n');
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
  for (const call of calls) expect(call.input.replace(/\D/g, '')).not.toContain(DIGITS);
  for (const error of errors) {
    expect(error).toBeInstanceOf(TwoFactorError);
    const { message } = error as TwoFactorError;
    for (const secret of [...SECRETS, DIGITS, '447400123456']) {
      expect(message).not.toContain(secret);
      expect(inspect(error, { depth: 8 })).not.toContain(secret);
    }
  }
}

const digitsIn = (text: string) => text.replace(/\D/g, '');

describe.each(AUTHS)('with %s auth', (_, makeAuth, header) => {
  it('completes the flow without leaking the credential or the number', async () => {
    const auth = makeAuth();
    // A recording fake: this test reads the headers and body that reach the transport.
    const gate = renderGate({
      script: [ok(), ok()],
      props: { auth, messages, children: <p>Now playing</p> },
    });
    await gate.user.type(phoneInput(), TYPED);
    expect(digitsIn(phoneInput().value)).toBe(`44${DIGITS}`);
    // On the phone step the digits live in the input's value and nowhere else.
    for (const text of surfaces(phoneInput())) expect(digitsIn(text)).not.toContain(DIGITS);
    assertNoSecrets(gate.calls, []);

    await gate.user.click(sendPhoneButton());
    const code = await screen.findByLabelText('Verification code');
    expect(gate.root()).toHaveAttribute('data-step', 'code');
    // The number the viewer typed is confirmed once, as text (#16.2); it is in no attribute,
    // value or storage entry. Per piece, since ids from useId carry digits of their own.
    const showing = pieces().filter((text) => digitsIn(text).includes(DIGITS));
    expect(showing).toHaveLength(1);
    expect(showing[0]).toBe('+44 7400 123456');
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        for (const window of WINDOWS) expect(digitsIn(attribute.value)).not.toContain(window);
      }
    }
    assertNoSecrets(gate.calls, []);

    await gate.user.type(code, '987650');
    await screen.findByText('Now playing');
    expect(gate.onVerified).toHaveBeenCalledWith('987650');
    expect(
      gate.calls.map((call) => (call.init.headers as Record<string, string>).Authorization),
    ).toEqual([header, header]);
    expect(gate.calls[0]?.init.body).toBe('{"phone":7400123456,"country_code":44}');
    for (const text of surfaces()) expect(digitsIn(text)).not.toContain(DIGITS);
    assertNoSecrets(gate.calls, []);
  });

  // Factories: a Response body can be read once, and each gate needs its own answers.
  const w2003 = () => indee(401, { status_code: 'W2003' });
  const failures: [string, string, () => Step[]][] = [
    ['W2003 twice', 'W2003', () => [w2003(), w2003()]],
    ['W5000', 'W5000', () => [indee(500, { status_code: 'W5000', detail: 'oops' })]],
    ['a network error', 'NETWORK', () => [new TypeError('Failed to fetch')]],
    ['an HTML page', 'BAD_RESPONSE', () => [new Response('<html>502</html>', { status: 502 })]],
  ];
  it.each(failures)(
    'leaks nothing after %s on the link and on the send step',
    async (_, code, script) => {
      const link = renderGate({ script: script(), props: { auth: makeAuth(), messages } });
      await link.user.type(phoneInput(), TYPED);
      await link.user.click(sendPhoneButton());
      expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', code);
      assertNoSecrets(link.calls, link.onError.mock.calls.flat());
      // After W2003 the form is gone (#16.6); otherwise the digits are only in its field.
      const field = screen.queryByLabelText('Phone number') ?? undefined;
      for (const text of surfaces(field)) expect(digitsIn(text)).not.toContain(DIGITS);
      link.unmount();

      const send = renderGate({
        script: script(),
        props: { auth: makeAuth(), phoneRegistered: true },
      });
      await send.user.click(screen.getByRole('button', { name: 'Text me a code' }));
      expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', code);
      expect(send.onError).toHaveBeenCalledTimes(1);
      assertNoSecrets(send.calls, send.onError.mock.calls.flat());
    },
  );
});

describe('server detail', () => {
  const detail = `<img src=x onerror="window.__pwned=1">DETAIL-TEXT-789<script>window.__pwned=2</script>`;
  it.each([
    ['link', false],
    ['send', true],
  ])('never becomes markup or text (%s)', async (_, phoneRegistered) => {
    const gate = renderGate({
      script: [indee(500, { status_code: 'W5000', detail })],
      props: { phoneRegistered, messages },
    });
    if (phoneRegistered)
      await gate.user.click(screen.getByRole('button', { name: 'Text me a code' }));
    else {
      await gate.user.type(phoneInput(), TYPED);
      await gate.user.click(sendPhoneButton());
    }
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'W5000');
    await settle(20);
    expect(document.querySelector('img, script')).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain('DETAIL-TEXT-789');
    expect(document.documentElement.outerHTML).not.toContain('onerror');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    const error = gate.onError.mock.calls[0]?.[0] as TwoFactorError | undefined;
    expect(error).toMatchObject({ code: 'W5000', detail });
    expect(error?.message).not.toContain('DETAIL');
  });
});

describe('StrictMode lifecycle', () => {
  it.each([
    ['phone', false],
    ['send', true],
  ])('sends zero requests on mount of the %s step', async (step, phoneRegistered) => {
    const gate = renderGate({ strict: true, props: { phoneRegistered } });
    await settle(100);
    expect(gate.root()).toHaveAttribute('data-step', step);
    expect(gate.sent()).toHaveLength(0);
  });

  it.each([
    ['link', false],
    ['send', true],
  ])(
    'unmount mid-request (%s) aborts the signal and fires no callback',
    async (_, phoneRegistered) => {
      const answer = deferred<Response>();
      const gate = renderGate({
        strict: true,
        script: [() => answer.promise],
        props: { phoneRegistered, auth: { type: 'jwt', token: JWT } },
      });
      if (phoneRegistered)
        await gate.user.click(screen.getByRole('button', { name: 'Text me a code' }));
      else {
        await gate.user.type(phoneInput(), TYPED);
        await gate.user.click(sendPhoneButton());
      }
      await waitFor(() => expect(gate.calls).toHaveLength(1));
      const signal = gate.calls[0]?.init.signal as AbortSignal;
      expect(signal.aborted).toBe(false);
      gate.unmount();
      expect(signal.aborted).toBe(true);
      answer.resolve(ok());
      await settle(50);
      expect(gate.calls).toHaveLength(1);
      for (const callback of [gate.onError, gate.onAuthError, gate.onVerified, gate.onCodeSubmit]) {
        expect(callback).not.toHaveBeenCalled();
      }
    },
  );

  it('unmount while the token getter is pending sends nothing', async () => {
    const token = deferred<string>();
    const getter = vi.fn(() => token.promise);
    const gate = renderGate({
      strict: true,
      props: { phoneRegistered: true, auth: { type: 'jwt', token: getter } },
    });
    await gate.user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await waitFor(() => expect(getter).toHaveBeenCalledTimes(1));
    gate.unmount();
    token.resolve(JWT);
    await settle(50);
    expect(gate.sent()).toHaveLength(0);
    expect(gate.onError).not.toHaveBeenCalled();
  });
});

it('the code step of a returning viewer shows no number at all', async () => {
  const gate = renderGate({ script: [ok()], props: { phoneRegistered: true } });
  await gate.user.click(screen.getByRole('button', { name: 'Text me a code' }));
  await screen.findByLabelText('Verification code');
  expect(codeInput()).toHaveValue('');
  expect(gate.root()).not.toHaveTextContent('••');
  assertNoSecrets(gate.calls, []);
});
