import { useId } from 'react';
import type { TwoFactorMessages } from '../messages';
import type { CountryEntry } from '../phone/countries';

export interface CountryPickerProps {
  value: string;
  onChange: (country: string) => void;
  onBlur: () => void;
  /** The rows, preferred first (`countryOptions`): the phone step chooses from the same list. */
  options: readonly CountryEntry[];
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
  const { options } = props;
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
