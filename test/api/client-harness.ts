import type { TwoFactorAuth, TwoFactorClientConfig } from '../../src/api/types';
import { indee, recordingFetcher, type Step } from './fake-fetcher';

/** The client tests' shared setup: a config over a recording fetcher with a script. */
export function setup(auth: TwoFactorAuth, ...script: Step[]) {
  const { fetcher, calls } = recordingFetcher(...script);
  const config: TwoFactorClientConfig = {
    baseUrl: 'https://h.example',
    screenerKey: 'k',
    auth,
    fetcher,
  };
  return { config, calls };
}

export const W2003 = () => indee(401, { status_code: 'W2003', detail: 'Invalid auth token' });
export const phone = { phone: 7400123456, country_code: 44 };
export const jwt: TwoFactorAuth = { type: 'jwt', token: 'jwt-token' };
