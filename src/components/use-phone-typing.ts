import type { FormEvent } from 'react';
import type { CountryEntry } from '../phone/countries';
import { loadPhoneRuntime } from '../phone/load-runtime';
import type { PhoneRuntime } from '../phone/runtime';

export interface PhoneTypingOptions {
  runtime: PhoneRuntime | undefined;
  /** The picker's rows: the field only ever switches the country to one of them. */
  offered: readonly CountryEntry[];
  getCountry: () => string;
  setCountry: (code: string) => void;
  /** Every input, before anything else (the phone step retires stale alerts). */
  onEdit: () => void;
}

/**
 * The phone field's `onInput`: a number typed, pasted or autofilled with + or 00 picks its
 * country (and +1 numbers switch US/CA); then, while appending at the end (so the caret never
 * jumps), it is formatted.
 */
export function usePhoneTyping({
  runtime,
  offered,
  getCountry,
  setCountry,
  onEdit,
}: PhoneTypingOptions) {
  const syncCountry = (loaded: PhoneRuntime, text: string): string | undefined => {
    const current = getCountry();
    const typedRules = loaded.phoneRulesFor(text, current);
    const detected = typedRules && loaded.detectCountry(text, current, typedRules);
    // A host that restricted the list keeps its restriction: validation still reads the number
    // by its own calling code, but the picker never shows a country it does not offer.
    if (!detected || !offered.some((entry) => entry.code === detected)) return undefined;
    setCountry(detected);
    return detected;
  };
  return (event: FormEvent<HTMLInputElement>) => {
    onEdit();
    const input = event.currentTarget;
    const text = input.value;
    const selected = getCountry();
    const typedRules = runtime?.phoneRulesFor(text, selected);
    if (!runtime || !typedRules) {
      // A paste on a cold page can beat the rules (or the typed code's zone): detect once
      // they are there, unless the viewer has typed on meanwhile.
      loadPhoneRuntime()
        .then(async (loaded) => {
          await loaded.loadPhoneRulesFor(text, selected);
          if (input.value === text) syncCountry(loaded, text);
        })
        // Load failures surface on submit, with a message; detection just waits.
        .catch(() => {});
      return;
    }
    const now = syncCountry(runtime, text) ?? selected;
    const native = event.nativeEvent as InputEvent;
    if (input.selectionStart === text.length && native.inputType?.startsWith('insert')) {
      const formatted = runtime.formatAsYouType(text, now, typedRules);
      if (formatted !== text) input.value = formatted;
    }
  };
}
