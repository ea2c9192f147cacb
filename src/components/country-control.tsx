import { useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { TwoFactorMessages } from '../messages';
import type { CountryEntry } from '../phone/countries';
import { loadCountrySearch, useCountrySearch } from './country-combobox/load-country-search';
import type { PickedBy } from './country-combobox/use-country-combobox';
import { CountryPicker } from './country-picker';

export interface CountryControlProps {
  /** `'native'`: always the `<select>` (TV remotes); `'search'`: the combobox once loaded. */
  mode: 'search' | 'native';
  field: UseFormRegisterReturn<'country'>;
  value: string;
  options: readonly CountryEntry[];
  locale: string;
  messages: TwoFactorMessages;
  readOnly: boolean;
  onPick: (code: string, by: PickedBy) => void;
}

/**
 * The country control: a native `<select>` on the server and until the search chunk arrives,
 * then the searchable combobox with the same value. The chunk is fetched on the first focus
 * of the select or press on it; the combobox then takes over the focus (and opens, after a
 * press), so the viewer's first action is not lost.
 */
export function CountryControl(props: CountryControlProps) {
  const search = useCountrySearch();
  const [unavailable, setUnavailable] = useState(false);
  const selectRef = useRef<HTMLSelectElement | null>(null);
  // A press on the select, for the combobox that replaces it to open.
  const pressed = useRef(false);

  if (props.mode === 'search' && search && !unavailable) {
    // Read while the select is still there: the combobox carries on what the viewer began.
    const focused = selectRef.current !== null && selectRef.current === document.activeElement;
    return (
      <search.CountryCombobox
        entries={props.options}
        locale={props.locale}
        value={props.value}
        onPick={props.onPick}
        readOnly={props.readOnly}
        messages={props.messages}
        takeFocus={pressed.current ? 'open' : focused ? 'focus' : undefined}
      />
    );
  }

  const request = () => {
    loadCountrySearch().catch(() => {
      // Offline or a stale deploy: the select stays, and a press it swallowed is given back.
      setUnavailable(true);
      if (pressed.current) selectRef.current?.focus();
    });
  };
  const press = (event: { preventDefault: () => void }) => {
    // The native list would open and then vanish when the combobox replaces the select.
    event.preventDefault();
    pressed.current = true;
    request();
  };
  const canSearch = props.mode === 'search' && !unavailable;
  return (
    <CountryPicker
      field={{
        ...props.field,
        ref: (element: HTMLSelectElement | null) => {
          props.field.ref(element);
          selectRef.current = element;
        },
      }}
      options={props.options}
      messages={props.messages}
      readOnly={props.readOnly}
      events={
        canSearch
          ? {
              onFocus: request,
              onMouseDown: press,
              onTouchEnd: press,
            }
          : undefined
      }
    />
  );
}
