/** What binds a gate to a screener, what counts as a new credential, and host auth mistakes. */
import { describe, expect, it } from 'vitest';
import type { TwoFactorAuth } from '../../src/api/types';
import { authFault, credentialIdentity, gateIdentity } from '../../src/flow/identity';

const apiKey = (key: string): TwoFactorAuth => ({ type: 'apiKey', apiKey: key });
const base = { screenerKey: 's1', baseUrl: 'https://api.example.test', auth: apiKey('k') };

describe('gateIdentity', () => {
  it('ignores trailing slashes and the key itself, not the screener, API or scheme', () => {
    const id = gateIdentity(base);
    expect(gateIdentity({ ...base, baseUrl: 'https://api.example.test///' })).toBe(id);
    expect(gateIdentity({ ...base, auth: apiKey('other') })).toBe(id);
    expect(gateIdentity({ ...base, screenerKey: 's2' })).not.toBe(id);
    expect(gateIdentity({ ...base, baseUrl: 'https://api.example.test/v2' })).not.toBe(id);
    expect(gateIdentity({ ...base, auth: { type: 'jwt', token: 't' } })).not.toBe(id);
    expect(gateIdentity({ ...base, auth: undefined })).not.toBe(id);
  });

  it('does not confuse fields that would run together', () => {
    expect(gateIdentity({ ...base, screenerKey: 'a', baseUrl: 'bc' })).not.toBe(
      gateIdentity({ ...base, screenerKey: 'ab', baseUrl: 'c' }),
    );
  });

  it('survives a host passing no string base URL (untyped JavaScript)', () => {
    const broken = { ...base, baseUrl: undefined as unknown as string };
    expect(gateIdentity(broken)).toBe(gateIdentity({ ...base, baseUrl: '' }));
  });
});

describe('credentialIdentity', () => {
  it('compares keys and string tokens by value', () => {
    expect(credentialIdentity(apiKey('k'))).toBe(credentialIdentity(apiKey('k')));
    expect(credentialIdentity(apiKey('k'))).not.toBe(credentialIdentity(apiKey('k2')));
    expect(credentialIdentity({ type: 'jwt', token: 't' })).toBe(
      credentialIdentity({ type: 'jwt', token: 't' }),
    );
    // The same text under another scheme is another credential.
    expect(credentialIdentity({ type: 'jwt', token: 'k' })).not.toBe(
      credentialIdentity(apiKey('k')),
    );
  });

  it('compares token getters by identity', () => {
    const getter = async () => 't';
    expect(credentialIdentity({ type: 'jwt', token: getter })).toBe(getter);
    expect(credentialIdentity({ type: 'jwt', token: async () => 't' })).not.toBe(getter);
  });

  it('is null without auth', () => {
    expect(credentialIdentity(undefined)).toBeNull();
  });
});

describe('authFault', () => {
  it('is null for either known scheme, even with an empty key (the client reports that)', () => {
    expect(authFault(apiKey(''))).toBeNull();
    expect(authFault({ type: 'jwt', token: '' })).toBeNull();
  });

  it('is an integration failure (W2000) without auth or with an unknown scheme', () => {
    for (const auth of [undefined, { type: 'basic' } as unknown as TwoFactorAuth]) {
      const fault = authFault(auth);
      expect(fault).toMatchObject({ code: 'W2000' });
      expect(fault?.cause).toBeInstanceOf(TypeError);
      expect(String(fault?.cause)).toMatch(/auth must be/);
    }
  });
});
