import { useEffect, useRef, useState } from 'react';
import type { TwoFactorError } from '../api/errors';
import type { TwoFactorMessages } from '../messages';
import { useOnlineEvents } from './use-online';

/**
 * The polite live region's text: the end of a rate-limit wait, and a connection regained
 * after a NETWORK failure. Alerts announce failures themselves; this covers the changes that
 * have no alert of their own.
 */
export function useAnnouncement(
  error: TwoFactorError | null,
  blockedFor: number,
  messages: TwoFactorMessages,
): string {
  const [text, setText] = useState('');

  const wasBlocked = useRef(false);
  useEffect(() => {
    if (blockedFor > 0) {
      // Cleared while waiting, so the end of the next wait is a change screen readers read.
      if (!wasBlocked.current) setText('');
      wasBlocked.current = true;
    } else if (wasBlocked.current) {
      wasBlocked.current = false;
      setText(messages.rateLimitOver);
    }
  }, [blockedFor, messages]);

  // Only an `online` event after the NETWORK failure means the connection came back.
  const online = useOnlineEvents();
  const networkError = error?.kind === 'network' ? error : null;
  const baseline = useRef<{ error: TwoFactorError | null; online: number }>({
    error: null,
    online: 0,
  });
  useEffect(() => {
    if (baseline.current.error !== networkError) {
      baseline.current = { error: networkError, online };
      return;
    }
    if (networkError && online > baseline.current.online) {
      baseline.current = { error: networkError, online };
      setText(messages.backOnline);
    }
  }, [networkError, online, messages]);

  return text;
}
