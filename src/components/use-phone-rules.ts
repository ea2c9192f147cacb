import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadPhoneRuntime } from '../phone/load-runtime';
import type { PhoneMetadata } from '../phone/metadata';
import type { PhoneRuntime } from '../phone/runtime';

const noSubscription = () => () => {};
const nothing = () => undefined;

/**
 * Loads the phone runtime (libphonenumber-js) and the numbering zone of `country` when the
 * phone step appears or the country changes, and re-renders whenever more rules have loaded.
 * Until then the field still takes input; formatting and detection start when rules land.
 */
export function usePhoneRules(country: string): {
  runtime: PhoneRuntime | undefined;
  rules: PhoneMetadata | undefined;
} {
  const [runtime, setRuntime] = useState<PhoneRuntime>();
  useEffect(() => {
    let active = true;
    loadPhoneRuntime()
      .then((loaded) => {
        if (active) setRuntime(loaded);
        return loaded.loadPhoneRulesFor('', country);
      })
      // Offline: submitting tries again and explains the failure.
      .catch(() => {});
    return () => {
      active = false;
    };
  }, [country]);
  const rules = useSyncExternalStore(
    runtime?.subscribeToRules ?? noSubscription,
    runtime?.loadedRules ?? nothing,
    nothing,
  );
  return { runtime, rules };
}
