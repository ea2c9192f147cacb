import { useId, useMemo } from 'react';
import type { TwoFactorMessages } from '../messages';
import { countryOptions } from '../phone/picker';

export interface CountryPickerProps {
  value: string;
  onChange: (country: string) => void;
  onBlur: () => void;
  locale: string;
  countries?: readonly string[];
  preferredCountries?: readonly string[];
  messages: TwoFactorMessages;
  disabled?: boolean;
}

/**
 * A native `<select>`: zero bytes, the platform's own picker on phones and TVs (remote
 * controls included), type-ahead by name on desktops, and screen-reader support nothing
 * hand-made matches. Searching by `+code` happens in the phone field instead: typing
 * `+44…` there selects the country.
 */
export function CountryPicker(props: CountryPickerProps) {
  const id = useId();
  const { locale, countries, preferredCountries } = props;
  const options = useMemo(
    () => countryOptions(locale, { countries, preferred: preferredCountries }),
    [locale, countries, preferredCountries],
  );
  const preferred = options.filter((option) => option.preferred);
  const rest = options.filter((option) => !option.preferred);
  const render = (list: typeof options) =>
    list.map((option) => (
      <option key={option.code} value={option.code}>
        {`${option.name} (+${option.callingCode})`}
      </option>
    ));
  return (
    <div className="s2fa-field">
      <label className="s2fa-label" htmlFor={id}>
        {props.messages.countryLabel}
      </label>
      <select
        id={id}
        className="s2fa-select"
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        onBlur={props.onBlur}
      >
        {render(preferred)}
        {render(rest)}
      </select>
    </div>
  );
}
