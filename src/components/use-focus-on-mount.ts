import { type RefObject, useEffect } from 'react';

/**
 * Moves focus to `ref` when a step appears after a viewer action. The first step of a
 * freshly embedded gate does not grab focus: the host page owns initial focus.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled, ref]);
}
