import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { TwoFactorMessages } from '../../messages';
import type { CountryEntry } from '../../phone/countries';
import { type PickedBy, useCountryCombobox } from './use-country-combobox';

interface CountryComboboxProps {
  entries: readonly CountryEntry[];
  locale: string;
  value: string;
  onPick: (code: string, by: PickedBy) => void;
  readOnly: boolean;
  messages: TwoFactorMessages;
  /** Focus the field on mount: the viewer focused or pressed the select it replaces. */
  takeFocus: 'focus' | 'open' | undefined;
}

/**
 * The country as a searchable combobox: find a country by any of its names, an alias, its ISO
 * code or its calling code. Only the count of matches is announced, never the whole list.
 */
export function CountryCombobox(props: CountryComboboxProps) {
  const { messages } = props;
  const labelId = useId();
  const combobox = useCountryCombobox({
    ...props,
    openOnMount: props.takeFocus === 'open',
  });
  const codeId = `${labelId}-code`;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const takeFocus = useRef(props.takeFocus);
  // Once, on mount: the select this replaces had focus, so the combobox takes it over.
  useLayoutEffect(() => {
    if (takeFocus.current) inputRef.current?.focus();
  }, []);
  // On a phone the keyboard takes the lower half: the field moves to the top, so the first
  // results show above the keyboard.
  useEffect(() => {
    if (combobox.open && globalThis.matchMedia?.('(pointer: coarse)').matches) {
      inputRef.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [combobox.open]);
  return (
    <div className="s2fa-field" data-open={combobox.open ? '' : undefined}>
      <label className="s2fa-label" id={labelId} htmlFor={`${labelId}-input`}>
        {messages.countryLabel}
      </label>
      <div className="s2fa-combobox">
        <input
          {...combobox.inputProps}
          id={`${labelId}-input`}
          className="s2fa-input s2fa-combobox-input"
          aria-describedby={codeId}
          data-readonly={props.readOnly ? '' : undefined}
          ref={inputRef}
        />
        {/* The picked country's code; hidden while the field holds a search instead. */}
        <span id={codeId} className="s2fa-combobox-code" hidden={combobox.searching}>
          <bdi dir="ltr">{combobox.selected ? `+${combobox.selected.callingCode}` : ''}</bdi>
        </span>
        <div
          ref={combobox.listRef}
          id={combobox.listboxId}
          role="listbox"
          aria-labelledby={labelId}
          className="s2fa-listbox"
          hidden={!combobox.open || combobox.results.length === 0}
        >
          {combobox.open &&
            combobox.results.map((entry) => (
              <div key={entry.code} className="s2fa-option" {...combobox.optionProps(entry)}>
                <span className="s2fa-option-name">{entry.name}</span>
                <bdi className="s2fa-option-code" dir="ltr">{`+${entry.callingCode}`}</bdi>
              </div>
            ))}
        </div>
      </div>
      <div className="s2fa-visually-hidden" role="status">
        {combobox.matchCount === undefined ? '' : messages.countryMatches(combobox.matchCount)}
      </div>
    </div>
  );
}
