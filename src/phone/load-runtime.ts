import type { PhoneRuntime } from './runtime';

let pending: Promise<PhoneRuntime> | undefined;

/**
 * Loads the phone runtime chunk once. A failed load (offline, stale deploy) is forgotten so
 * the next call tries again instead of replaying the error.
 */
export function loadPhoneRuntime(): Promise<PhoneRuntime> {
  pending ??= import('./runtime').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
