import { useEffect, useState } from 'react';
import { getPhoneMetadata, loadPhoneMetadata, type PhoneMetadata } from '../phone/bound';

/**
 * Starts loading the numbering rules when the phone step appears and re-renders once they
 * are there. A returning viewer (`phoneRegistered`) never mounts it, so never pays for them.
 */
export function usePhoneMetadata(): PhoneMetadata | undefined {
  const [metadata, setMetadata] = useState(getPhoneMetadata);
  useEffect(() => {
    if (metadata) return;
    let active = true;
    loadPhoneMetadata().then(
      (loaded) => {
        if (active) setMetadata(loaded);
      },
      // Offline: the submit path tries again and explains the failure.
      () => {},
    );
    return () => {
      active = false;
    };
  }, [metadata]);
  return metadata;
}
