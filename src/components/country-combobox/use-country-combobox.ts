import {
  type FocusEvent,
  type KeyboardEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { buildCountryIndex } from '../../country-search/country-index';
import { searchCountries } from '../../country-search/search-countries';
import type { CountryEntry } from '../../phone/countries';

/** How a country was picked: Enter and a click move on to the phone field, Tab moves itself. */
export type PickedBy = 'enter' | 'click' | 'tab';

export interface CountryComboboxOptions {
  /** The picker's rows, preferred first (`countryOptions`). */
  entries: readonly CountryEntry[];
  locale: string;
  /** The form's country. */
  value: string;
  onPick: (code: string, by: PickedBy) => void;
  /** While the number is sent: the field shows the country and does not open. */
  readOnly: boolean;
  /** Open at once (the viewer pressed the control before this chunk arrived). */
  openOnMount: boolean;
}

const PAGE = 10;

/**
 * The state and keyboard of an editable combobox with a list popup (WAI-ARIA APG): typing
 * filters, arrows move the active row, Enter or Tab picks it, Escape or leaving restores the
 * country picked before. Returns prop bags; the view only renders them.
 */
export function useCountryCombobox(options: CountryComboboxOptions) {
  const { entries, locale, value, onPick, readOnly } = options;
  const id = useId();
  const index = useMemo(() => buildCountryIndex(entries, locale), [entries, locale]);
  const [open, setOpen] = useState(options.openOnMount && !readOnly);
  // null while the field shows the picked country's name rather than the viewer's search.
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState<string | undefined>(value);
  const results = useMemo(
    () => (query === null ? index.countries.map((c) => c.entry) : searchCountries(index, query)),
    [index, query],
  );
  const selected = entries.find((entry) => entry.code === value);
  const listRef = useRef<HTMLDivElement | null>(null);
  const optionId = (code: string) => `${id}-option-${code}`;
  const activeIndex = results.findIndex((entry) => entry.code === active);
  const activeEntry = results[activeIndex];

  useLayoutEffect(() => {
    if (!open || !activeEntry) return;
    const row = listRef.current?.querySelector(`[id="${optionId(activeEntry.code)}"]`);
    // jsdom has no scrollIntoView; a browser always does.
    row?.scrollIntoView?.({ block: 'nearest' });
  });

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(value);
  };
  const pick = (entry: CountryEntry | undefined, by: PickedBy) => {
    close();
    if (entry) {
      setActive(entry.code);
      onPick(entry.code, by);
    }
  };
  const move = (to: number) => {
    if (results.length === 0) return;
    const clamped = Math.min(results.length - 1, Math.max(0, to));
    setActive(results[clamped]?.code);
  };
  const openList = () => {
    if (readOnly || open) return;
    setOpen(true);
    setActive(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    const from = activeIndex < 0 ? -1 : activeIndex;
    const handled = (act: () => void) => {
      event.preventDefault();
      act();
    };
    switch (event.key) {
      case 'ArrowDown':
        return handled(() => (open ? move(from + 1) : openList()));
      case 'ArrowUp':
        return handled(() => (open ? move(from - 1) : openList()));
      case 'PageDown':
        return open ? handled(() => move(from + PAGE)) : undefined;
      case 'PageUp':
        return open ? handled(() => move(from - PAGE)) : undefined;
      case 'Home':
        return open ? handled(() => move(0)) : undefined;
      case 'End':
        return open ? handled(() => move(results.length - 1)) : undefined;
      case 'Enter':
        // Inside the list Enter picks; it never reaches the form as a submit.
        return open ? handled(() => pick(activeEntry, 'enter')) : undefined;
      case 'Escape':
        return open || query !== null ? handled(close) : undefined;
      case 'Tab':
        // Tab keeps its default (the next field); a search in progress picks its active row.
        return open && query !== null ? pick(activeEntry, 'tab') : open ? close() : undefined;
    }
  };

  return {
    open,
    results,
    selected,
    /** The field holds the viewer's search rather than the picked country's name. */
    searching: query !== null,
    /** "3 countries match" is said only while the viewer searches. */
    matchCount: open && query !== null ? results.length : undefined,
    listRef,
    optionId,
    listboxId: `${id}-listbox`,
    inputProps: {
      role: 'combobox',
      type: 'text',
      value: query ?? selected?.name ?? '',
      readOnly,
      autoComplete: 'off',
      spellCheck: false,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': open,
      'aria-controls': `${id}-listbox`,
      'aria-activedescendant': open && activeEntry ? optionId(activeEntry.code) : undefined,
      onChange: (event: { currentTarget: HTMLInputElement }) => {
        if (readOnly) return;
        const text = event.currentTarget.value;
        setQuery(text);
        setOpen(true);
        setActive(text.trim() === '' ? value : searchCountries(index, text)[0]?.code);
      },
      onKeyDown,
      onClick: () => (open ? close() : openList()),
      onFocus: (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select(),
      onBlur: close,
    },
    optionProps: (entry: CountryEntry) => ({
      id: optionId(entry.code),
      role: 'option',
      // Read as "United Kingdom, +44": the name, a pause, the code.
      'aria-label': `${entry.name}, +${entry.callingCode}`,
      'aria-selected': entry.code === activeEntry?.code,
      'data-current': entry.code === value ? '' : undefined,
      // Keeps focus (and the open list) in the field; the click then picks.
      onMouseDown: (event: { preventDefault: () => void }) => event.preventDefault(),
      onClick: () => pick(entry, 'click'),
    }),
  };
}
