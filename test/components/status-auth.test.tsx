/**
 * W2003 with a token getter (refresh once, then give up), getters that fail, and a new
 * `auth` from the host lifting a halting failure (AUTH_CHANGED).
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  defaultMessages as m,
  ScreenerTwoFactorGate,
  type ScreenerTwoFactorGateProps,
  type TokenGetter,
} from '../../src';
import { indee, ok, type RecordedCall, recordingFetcher } from '../api/fake-fetcher';
import { type Entry, expectHalted, mount, settle } from '../support/status-harness';

// --- end harness ---

const w2003 = () => indee(401, { status_code: 'W2003', detail: 'Invalid auth token' });
const w2101 = () => indee(403, { status_code: 'W2101', detail: 'Not authorized' });
const authOf = (call: RecordedCall | undefined) =>
  (call?.init.headers as Record<string, string> | undefined)?.Authorization;

/** A host's getter: `jwt-1` until asked to refresh, `jwt-2` after. */
function refreshingGetter() {
  let token = 'jwt-1';
  return vi.fn<TokenGetter>(({ refresh }) => {
    if (refresh) token = 'jwt-2';
    return token;
  });
}

const entries: Entry[] = ['link', 'after-link', 'send', 'resend'];

describe.each(entries)('W2003 with a token getter, at %s', (entry) => {
  it('refreshes once (refresh: true) and retries once; the viewer sees nothing', async () => {
    const getter = refreshingGetter();
    const tail = entry === 'link' ? [ok()] : []; // the code request that follows the link
    const gate = mount(entry, [w2003(), ok(), ...tail], { auth: { type: 'jwt', token: getter } });
    await gate.trigger();
    await waitFor(() => expect(gate.calls).toHaveLength(gate.lead + 2 + tail.length));
    await settle();
    expect(gate.calls).toHaveLength(gate.lead + 2 + tail.length);
    expect(gate.step()).toBe('code');
    expect(screen.queryByRole('alert')).toBeNull();
    const failed = gate.calls[gate.lead];
    const retried = gate.calls[gate.lead + 1];
    expect([authOf(failed), authOf(retried)]).toEqual(['JWT jwt-1', 'JWT jwt-2']);
    expect(retried?.init.method).toBe(failed?.init.method);
    expect(getter.mock.calls.filter(([context]) => context.refresh)).toHaveLength(1);
    expect(gate.onError).not.toHaveBeenCalled();
    expect(gate.onAuthError).not.toHaveBeenCalled();
  });

  it('a second W2003 after the refresh: session expired, 2 requests, onAuthError once', async () => {
    const getter = refreshingGetter();
    const gate = mount(entry, [w2003(), w2003()], { auth: { type: 'jwt', token: getter } });
    await gate.trigger();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'W2003');
    expect(alert).toHaveTextContent(m.error['session-expired']);
    await settle();
    expect(gate.calls).toHaveLength(gate.lead + 2);
    expect(getter.mock.calls.filter(([context]) => context.refresh)).toHaveLength(1);
    expect(gate.onAuthError).toHaveBeenCalledTimes(1);
    expect(gate.onError).toHaveBeenCalledTimes(1);
    expect(gate.onAuthError.mock.calls[0]?.[0]).toMatchObject({ code: 'W2003', httpStatus: 401 });
    expectHalted();
  });

  it('a getter that throws: nothing is sent, session expired, onAuthError', async () => {
    let allowed = entry === 'after-link' || entry === 'resend' ? 1 : 0; // the earlier success
    const getter = vi.fn<TokenGetter>(() => {
      if (allowed-- > 0) return 'jwt-1';
      throw new Error('refresh token expired');
    });
    const gate = mount(entry, [], { auth: { type: 'jwt', token: getter } });
    await gate.trigger();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'W2003');
    expect(alert).toHaveTextContent(m.error['session-expired']);
    await settle();
    expect(gate.calls).toHaveLength(gate.lead);
    expect(getter).not.toHaveBeenCalledWith({ refresh: true });
    expect(gate.onAuthError).toHaveBeenCalledTimes(1);
    expect(gate.onError).toHaveBeenCalledTimes(1);
    expect(gate.onError.mock.calls[0]?.[0]).toMatchObject({ code: 'W2003', httpStatus: undefined });
    expectHalted();
  });
});

describe('token getters that fail in other ways (send step)', () => {
  it.each<[string, TokenGetter]>([
    ['rejects asynchronously', () => Promise.reject(new Error('offline'))],
    ['yields an empty token', () => ''],
    ['yields a token with a line break', () => 'jwt\r\nX-Evil: 1'],
  ])('a getter that %s: 0 requests, session expired', async (_, getter) => {
    const gate = mount('send', [], { auth: { type: 'jwt', token: getter } });
    await gate.trigger();
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'W2003');
    await settle();
    expect(gate.calls).toHaveLength(0);
    expect(gate.onAuthError).toHaveBeenCalledTimes(1);
  });
});

describe.each(entries)('AUTH_CHANGED after W2101, at %s', (entry) => {
  it('a rerender with the same auth keeps sending off; a new auth re-enables it', async () => {
    const tail = entry === 'link' ? [ok(), ok()] : [ok()];
    const gate = mount(entry, [w2101(), ...tail]);
    await gate.trigger();
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'W2101');
    gate.rerender({});
    expectHalted();
    expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'W2101');

    // Same scheme, new key: the host fixed the credential. (A new scheme is a new identity and
    // starts the flow over; see flow-identity.test.tsx.)
    gate.rerender({ auth: { type: 'apiKey', apiKey: 'key-signed-in' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(gate.sendButton()).toBeEnabled();
    expect(gate.calls).toHaveLength(gate.lead + 1);
    await gate.user.click(gate.sendButton());
    expect(await screen.findByLabelText(m.codeLabel)).toBeInTheDocument();
    await waitFor(() => expect(gate.calls).toHaveLength(gate.lead + 1 + tail.length));
    expect(authOf(gate.calls[gate.lead + 1])).toBe('Bearer key-signed-in');
    await settle();
    expect(gate.calls).toHaveLength(gate.lead + 1 + tail.length);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/** A typical host: `auth` written inline, its own sign-in prompt shown from onAuthError. */
function SignInHost({ fetcher }: { fetcher: ScreenerTwoFactorGateProps['fetcher'] }) {
  const [signIn, setSignIn] = useState(false);
  return (
    <>
      {signIn ? <p>Please sign in</p> : null}
      <ScreenerTwoFactorGate
        screenerKey="scr-1"
        baseUrl="https://api.example.test/"
        auth={{ type: 'apiKey', apiKey: 'key-1' }}
        fetcher={fetcher}
        phoneRegistered
        onAuthError={() => setSignIn(true)}
        onCodeSubmit={() => {}}
      />
    </>
  );
}

describe('fixed bugs, kept as regressions', () => {
  // Regression (was a bug): AUTH_CHANGED compares `auth` by identity. A host that writes `auth` inline and
  // re-renders from its own onAuthError (to show its sign-in prompt) lifts the halt at once:
  // the W2101 alert vanishes and sending is enabled again with the very same credentials.
  it('a host re-render with an equal inline auth keeps the W2101 state', async () => {
    const user = userEvent.setup();
    const { fetcher, calls } = recordingFetcher(w2101(), w2101());
    render(<SignInHost fetcher={fetcher} />);
    await user.click(screen.getByRole('button', { name: m.sendSubmit }));
    await screen.findByText('Please sign in');
    expectHalted();
    expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'W2101');
    expect(calls).toHaveLength(1);
  });

  // Regression (was a bug): after a halting failure on "Send a new code", the code step keeps "Verify" enabled
  // but the machine ignores CODE_SUBMITTED while halted: a typed code is silently dropped.
  it('a complete code typed while halted is not silently dropped', async () => {
    const onCodeSubmit = vi.fn();
    const gate = mount('resend', [indee(401, { status_code: 'W2000', detail: 'x' })], {
      onCodeSubmit,
    });
    await gate.trigger();
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'W2000');
    // No code field is left to type into: the halt replaced the form (#16.6).
    expect(screen.queryByLabelText(m.codeLabel)).toBeNull();
    expectHalted();
    await settle();
    expect(onCodeSubmit).not.toHaveBeenCalled();
  });
});
