import { TwoFactorError } from '../api/errors';
import type { TwoFactorAuth } from '../api/types';

/** What binds a gate to one screener: any change starts the flow over. */
export interface GateIdentitySource {
  screenerKey: string;
  baseUrl: string;
  auth: TwoFactorAuth | undefined;
}

/**
 * The gate's identity: the screener, the API (trailing slashes aside) and the auth scheme.
 * A result earned under one identity (a linked phone, a verified code) means nothing under
 * another, so the hook builds a new controller when this changes.
 */
export function gateIdentity(source: GateIdentitySource): string {
  const base = typeof source.baseUrl === 'string' ? source.baseUrl.replace(/\/+$/, '') : '';
  return JSON.stringify([String(source.screenerKey), base, source.auth?.type ?? null]);
}

/**
 * What identifies a credential for "did the host change `auth`": the scheme and the token
 * or key. A token getter counts by identity, so pass a stable one (`useCallback`) to keep a
 * sign-in failure on screen across re-renders.
 */
export function credentialIdentity(auth: TwoFactorAuth | undefined): unknown {
  if (auth?.type === 'apiKey') return `apiKey:${auth.apiKey}`;
  if (auth?.type === 'jwt')
    return typeof auth.token === 'string' ? `jwt:${auth.token}` : auth.token;
  return null;
}

/**
 * A host mistake visible before any request: no `auth`, or one of no known scheme. The
 * client would answer W2000 on the first request; saying so at once spares the viewer
 * typing a number that cannot be sent. Empty keys and tokens are left to the client.
 */
export function authFault(auth: TwoFactorAuth | undefined): TwoFactorError | null {
  if (auth?.type === 'jwt' || auth?.type === 'apiKey') return null;
  const cause = new TypeError(
    'screener-2fa-gate: auth must be { type: "jwt" } or { type: "apiKey" }',
  );
  return new TwoFactorError('W2000', { cause });
}
