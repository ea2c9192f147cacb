import { useCallback, useEffect, useRef, useState } from 'react';
import type { TwoFactorError } from '../api/errors';
import type { TwoFactorMessages } from '../messages';
import { useOnlineEvents } from './use-online';

/** What the polite live region reacts to. */
export interface AnnouncementSource {
  error: TwoFactorError | null;
  /** Seconds left of a rate limit, 0 when none. */
  blockedFor: number;
  /** Epoch ms of the last code sent, on the code step. */
  codeSentAt: number | null;
}

/**
 * The polite live region's text: the end of a rate-limit wait, a new code sent, and a
 * connection regained after a NETWORK failure. Alerts announce failures
 * themselves; this covers the changes that have no alert of their own.
 */
export function useAnnouncement(source: AnnouncementSource, messages: TwoFactorMessages): string {
  const { error, blockedFor, codeSentAt } = source;
  const [text, setText] = useState('');
  // Screen readers read a live region only when its text changes: the same sentence twice
  // in a row (a second new code) gets an invisible difference.
  const count = useRef(0);
  const say = useCallback((sentence: string) => {
    count.current += 1;
    setText(count.current % 2 === 0 ? `${sentence}\u00a0` : sentence);
  }, []);

  const wasBlocked = useRef(false);
  useEffect(() => {
    if (blockedFor > 0) {
      // Cleared while waiting, so the end of the next wait is a change screen readers read.
      if (!wasBlocked.current) setText('');
      wasBlocked.current = true;
    } else if (wasBlocked.current) {
      wasBlocked.current = false;
      say(messages.rateLimitOver);
    }
  }, [blockedFor, messages, say]);

  // Only a later code is news: the first one is what the code step itself says.
  const lastSentAt = useRef(codeSentAt);
  useEffect(() => {
    const previous = lastSentAt.current;
    lastSentAt.current = codeSentAt;
    if (previous !== null && codeSentAt !== null && codeSentAt !== previous) {
      say(messages.codeResent);
    }
  }, [codeSentAt, messages, say]);

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
      say(messages.backOnline);
    }
  }, [networkError, online, messages, say]);

  return text;
}
