import { useEffect, useState } from 'react';
import type { TwoFactorMessages } from '../messages';
import type { CountryCode, PhoneMetadata } from '../phone/metadata';

export interface PhoneExampleProps {
  id: string;
  country: string;
  /** The country's numbering rules, once loaded. */
  rules: PhoneMetadata | undefined;
  messages: TwoFactorMessages;
}

/**
 * "For example (201) 555-0123" under the phone field. The example numbers load on their own
 * (a separate chunk), after the rules, so they never delay typing. The element is always
 * rendered so `aria-describedby` never points at nothing.
 */
export function PhoneExample({ id, country, rules, messages }: PhoneExampleProps) {
  const [example, setExample] = useState<string | undefined>();
  useEffect(() => {
    if (!rules) return;
    let active = true;
    import('../phone/examples').then(
      ({ exampleNumber }) => {
        if (active) setExample(exampleNumber(country as CountryCode, rules));
      },
      () => {},
    );
    return () => {
      active = false;
    };
  }, [country, rules]);
  return (
    <p id={id} className="s2fa-hint">
      {example ? messages.phoneHint(example) : null}
    </p>
  );
}
