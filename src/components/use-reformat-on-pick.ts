import { useEffect, useRef } from 'react';
import type { PhoneMetadata } from '../phone/metadata';
import type { PhoneRuntime } from '../phone/runtime';

export interface ReformatOptions {
  /** The form's country. */
  country: string;
  runtime: PhoneRuntime | undefined;
  /** Re-renders when more rules load: a picked country's rules may arrive after the pick. */
  rules: PhoneMetadata | undefined;
  read: () => string;
  write: (text: string) => void;
}

/**
 * After the viewer picks a country, formats the national digits already typed for it (once its
 * rules are there): `07400123456` becomes `07400 123456` for the UK. International text
 * (`+…`) says its own country and is left alone. Returns the function to call on a pick.
 */
export function useReformatOnPick({ country, runtime, rules, read, write }: ReformatOptions) {
  const pending = useRef(false);
  useEffect(() => {
    const own = rules && runtime?.phoneRulesFor('', country);
    if (!pending.current || !runtime || !own) return;
    pending.current = false;
    const text = read().trim();
    if (text === '' || text.startsWith('+')) return;
    write(runtime.formatAsYouType(text.replace(/\D/g, ''), country, own));
  });
  return () => {
    pending.current = true;
  };
}
