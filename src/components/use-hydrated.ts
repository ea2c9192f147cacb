import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and while hydrating, true afterwards (and from the first render of a
 * client-only page). Anything read from `navigator` waits for it, so the first client
 * render equals the server's HTML whatever the browser's language.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
