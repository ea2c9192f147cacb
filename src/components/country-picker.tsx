import { type DOMAttributes, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { TwoFactorMessages } from '../messages';
import type { CountryEntry } from '../phone/countries';

export interface CountryPickerProps {
  /** react-hook-form's `register('country')`: the form owns the value. */
  field: UseFormRegisterReturn<'country'>;
  /** The rows, preferred first (`countryOptions`): the phone step chooses from the same list. */
  options: readonly CountryEntry[];
  messages: TwoFactorMessages;
  /** While the number is being sent: the choice is kept, a change is undone. */
  readOnly: boolean;
  /** Listeners of the country control, which swaps this select for the search. */
  events?: Pick<DOMAttributes<HTMLSelectElement>, 'onFocus' | 'onMouseDown' | 'onTouchEnd'>;
}

/**
 * A native `<select>`: zero bytes, the platform's own picker on phones and TVs (remote
 * controls included), and type-ahead by name. The gate renders it on the server, until the
 * search chunk arrives, and with `countryPicker="native"`; typing `+44…` in the phone field
 * selects the country here too.
 */
export function CountryPicker({ field, options, messages, readOnly, events }: CountryPickerProps) {
  const id = useId();
  const preferred = options.filter((option) => option.preferred);
  const rest = options.filter((option) => !option.preferred);
  const render = (list: readonly CountryEntry[]) =>
    list.map((option) => (
      <option key={option.code} value={option.code}>
        {`${option.name} (+${option.callingCode})`}
      </option>
    ));
  return (
    <div className="s2fa-field">
      <label className="s2fa-label" htmlFor={id}>
        {messages.countryLabel}
      </label>
      <select
        {...events}
        {...field}
        id={id}
        className="s2fa-select"
        // A select has no read-only state; `disabled` would drop focus mid-request. The
        // form keeps the value and the phone step undoes a change made while sending.
        data-readonly={readOnly ? '' : undefined}
      >
        {render(preferred)}
        {render(rest)}
      </select>
    </div>
  );
}
