import { useEffect, useState } from 'react';
import { loadPhoneRuntime, type PhoneRuntime } from '../phone/picker';

/**
 * Loads the phone runtime (libphonenumber-js) and the numbering zone of `country` when the
 * phone step appears or the country changes, and re-renders once they are there. Until then
 * the field still takes input; formatting and country detection start when the rules land.
 */
export function usePhoneRuntime(country: string): PhoneRuntime | undefined {
  const [runtime, setRuntime] = useState<PhoneRuntime>();
  const [, setLoadedZones] = useState(0);
  useEffect(() => {
    let active = true;
    loadPhoneRuntime()
      .then(async (loaded) => {
        await loaded.loadPhoneRulesFor('', country);
        if (!active) return;
        setRuntime(loaded);
        setLoadedZones((n) => n + 1);
      })
      // Offline: submitting tries again and explains the failure.
      .catch(() => {});
    return () => {
      active = false;
    };
  }, [country]);
  return runtime;
}
