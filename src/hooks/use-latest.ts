import { useRef } from 'react';

/**
 * Keeps the latest value in a ref so async continuations call the host's current
 * callbacks without re-creating the actions (and without re-sending anything).
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
