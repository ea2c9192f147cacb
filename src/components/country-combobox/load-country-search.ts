import { useSyncExternalStore } from 'react';

/** What the lazy country-search chunk provides. */
export type CountrySearchModule = Pick<typeof import('./country-combobox'), 'CountryCombobox'>;

let loaded: CountrySearchModule | undefined;
let pending: Promise<CountrySearchModule> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the searchable country picker (the combobox and its search index, one small chunk)
 * ahead of need. The gate fetches it on the first focus of, or press on, the country control;
 * a host that wants it ready earlier (on a hover of "Watch", say) calls this. A failed load is
 * forgotten, so the next call tries again.
 */
export function preloadCountrySearch(): Promise<void> {
  return loadCountrySearch().then(() => undefined);
}

export function loadCountrySearch(): Promise<CountrySearchModule> {
  pending ??= import('./country-combobox').then(
    ({ CountryCombobox }) => {
      const module = { CountryCombobox };
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => loaded;
const onServer = () => undefined;

/** The country-search chunk once it has loaded (undefined on the server and until then). */
export function useCountrySearch(): CountrySearchModule | undefined {
  return useSyncExternalStore(subscribe, current, onServer);
}
