// The benchmark page: our gate's phone step and react-phone-number-input side by side, each in
// its own root and <Profiler>, plus the country picker and filter. scripts/bench/run.mjs drives
// it with real key presses; the page only records. Times use performance.now() in the page.
import 'react-phone-number-input/style.css';
import '../../../src/styles.css';
import { type ComponentType, Profiler, useState } from 'react';
import { flushSync } from 'react-dom';
// The bench build points this at react-dom/profiling: a production React whose <Profiler> works.
import { createRoot, type Root } from 'react-dom/client';
import PhoneInput from 'react-phone-number-input/mobile';
import { defaultMessages, ScreenerTwoFactorGate } from '../../../src';
import { CountryCombobox } from '../../../src/components/country-combobox/country-combobox';
import { buildCountryIndex } from '../../../src/country-search/country-index';
import { searchCountries } from '../../../src/country-search/search-countries';
import { countryOptions } from '../../../src/phone/picker';
import { type CommitInfo, hookInjected, onCommit } from './devtools-hook';

type Side = 'ours' | 'peer';

// Internal modules the lead may move: a missing one skips its figure instead of breaking the page.
type CountryListModule = {
  buildCountryList: (
    locale: string,
    table: { country_calling_codes: Record<string, string[]> },
  ) => { name: string }[];
};
type PickerModule = { CountryPicker: ComponentType<Record<string, unknown>> };
type OptionsModule = { countryOptions: (locale: string, options: object) => unknown[] };
type TableModule = { CALLING_CODES: { country_calling_codes: Record<string, string[]> } };
const countriesModule = Object.values(
  import.meta.glob<CountryListModule>('../../../src/phone/countries.ts', { eager: true }),
)[0];
const pickerModule = Object.values(
  import.meta.glob<PickerModule>('../../../src/components/country-picker.tsx', { eager: true }),
)[0];
const optionsModule = Object.values(
  import.meta.glob<OptionsModule>('../../../src/phone/picker.ts', { eager: true }),
)[0];
const tableModule = Object.values(
  import.meta.glob<TableModule>('../../../src/phone/metadata.ts', { eager: true }),
)[0];

/** One key press: its times and the React work it caused, until the next key press. */
interface Keystroke {
  side: Side;
  /** keydown to the first animation frame after the input event was handled. */
  frameMs: number;
  /** keydown to the end of the input event (its listeners and React's render included). */
  inputMs: number;
  /** <Profiler> commits of the side's root. */
  commits: number;
  /** Commits in which a component outside the phone field rendered. */
  outsideCommits: number;
  rendered: string[];
}

const keystrokes: Keystroke[] = [];
let current: (Keystroke & { start: number; frame: Promise<void>; settle: () => void }) | undefined;

const noop = async () => {};

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function sideOf(target: EventTarget | null): Side | undefined {
  const element = target instanceof Element ? target : null;
  if (element?.closest('#ours')) return 'ours';
  if (element?.closest('#peer')) return 'peer';
  return undefined;
}

function finishKeystroke(): void {
  if (current) keystrokes.push(current);
  current = undefined;
}

function recordKeystrokes(): void {
  // Capture phase on window, registered before any root: runs first for every key press.
  window.addEventListener(
    'keydown',
    (event) => {
      const side = sideOf(event.target);
      if (!side) return;
      finishKeystroke();
      const start = performance.now();
      let settle: () => void = () => {};
      const keystroke = {
        side,
        start,
        frameMs: Number.NaN,
        inputMs: Number.NaN,
        commits: 0,
        outsideCommits: 0,
        rendered: [] as string[],
        frame: new Promise<void>((resolve) => {
          settle = resolve;
        }),
        settle: () => settle(),
      };
      // A key that inserts nothing has no input event; do not wait for it forever.
      setTimeout(keystroke.settle, 1000);
      current = keystroke;
    },
    { capture: true },
  );
  // Bubble phase on window: runs after React's listener on its root and after the render it
  // flushed. The frame is requested only now, so it is the first frame after the input was
  // handled (CDP may deliver keydown and the character as separate tasks).
  window.addEventListener('input', (event) => {
    const keystroke = current;
    if (!keystroke || sideOf(event.target) !== keystroke.side) return;
    keystroke.inputMs = performance.now() - keystroke.start;
    void nextFrame().then(() => {
      keystroke.frameMs = performance.now() - keystroke.start;
      keystroke.settle();
    });
  });
}

const onRender = (id: string) => {
  if (current && current.side === id) current.commits += 1;
};

/** What a studio writes: the form holds the E.164 value and passes it back. */
function PeerPhoneField() {
  const [value, setValue] = useState<string | undefined>();
  return <PhoneInput defaultCountry="US" value={value} onChange={setValue} />;
}

function OurGate() {
  return (
    <ScreenerTwoFactorGate
      screenerKey="bench"
      baseUrl="http://127.0.0.1/"
      auth={{ type: 'apiKey', apiKey: 'bench' }}
      // Typing sends nothing; a request here would be a bug the bench should not hide.
      fetcher={() => Promise.reject(new Error('the typing bench sends no request'))}
      defaultCountry="US"
      locale="en"
      onCodeSubmit={() => {}}
    />
  );
}

const roots = new Map<Side, Root>();
let generation = 0;

function render(side: Side): void {
  const container = document.getElementById(side) as HTMLElement;
  let root = roots.get(side);
  if (!root) {
    root = createRoot(container);
    roots.set(side, root);
  }
  generation += 1;
  // A new key remounts: every run starts from an empty field.
  root.render(
    <Profiler id={side} onRender={onRender} key={generation}>
      {side === 'ours' ? <OurGate /> : <PeerPhoneField />}
    </Profiler>,
  );
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const bench = {
  hookInjected,
  crossOriginIsolated: () => window.crossOriginIsolated,

  /**
   * Remounts one side with an empty field. `awaitRules` (the warm-up) also waits until our
   * example hint shows, i.e. the numbering rules and examples have loaded; they stay loaded.
   */
  async mount(side: Side, awaitRules: boolean): Promise<{ ready: boolean }> {
    finishKeystroke();
    render(side);
    const field = () => document.querySelector(`#${side} input[type="tel"]`);
    let ready = await waitFor(() => field() !== null, 5000);
    if (ready && awaitRules && side === 'ours') {
      ready = await waitFor(
        () => (document.querySelector('#ours .s2fa-hint')?.textContent ?? '') !== '',
        5000,
      );
    }
    await nextFrame();
    await nextFrame();
    return { ready };
  },

  /** Resolves once the last key press has reached its frame. */
  async keystroke(): Promise<void> {
    await current?.frame;
  },

  /** Closes the last key press after late commits (promises, effects) have landed. */
  async endRun(): Promise<void> {
    await current?.frame;
    await new Promise((resolve) => setTimeout(resolve, 30));
    finishKeystroke();
  },

  fieldValue(side: Side): string {
    return (
      (document.querySelector(`#${side} input[type="tel"]`) as HTMLInputElement | null)?.value ?? ''
    );
  },

  takeKeystrokes(): Keystroke[] {
    finishKeystroke();
    const taken = keystrokes
      .splice(0)
      .map(({ side, frameMs, inputMs, commits, outsideCommits, rendered }) => ({
        side,
        frameMs,
        inputMs,
        commits,
        outsideCommits,
        rendered,
      }));
    return taken;
  },

  /**
   * Mounts our native <select> with every country and forces layout: what "opening" the
   * picker costs before the platform shows its list. The first mount per locale also builds
   * (names, sorting) the list; later ones reuse the cached list.
   */
  mountPicker(locale: string): { ms: number; options: number } | null {
    if (!pickerModule || !optionsModule) return null;
    const { CountryPicker } = pickerModule;
    const container = document.getElementById('picker') as HTMLElement;
    const root = createRoot(container);
    const start = performance.now();
    // The rows are built (or taken from the cache) inside the timing, as the phone step does.
    const rows = optionsModule.countryOptions(locale, {});
    flushSync(() => {
      root.render(
        <CountryPicker
          field={{ name: 'country', onChange: noop, onBlur: noop, ref: () => {} }}
          options={rows}
          messages={defaultMessages}
          readOnly={false}
        />,
      );
    });
    const select = container.querySelector('select');
    select?.getBoundingClientRect();
    const ms = performance.now() - start;
    const options = select?.options.length ?? 0;
    root.unmount();
    return { ms, options };
  },

  /** Names and sorts every country for `locale`, bypassing the per-table cache. */
  buildList(locale: string, runs: number): number[] | null {
    if (!countriesModule || !tableModule) return null;
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      // A fresh table object is a cache miss: the list is named and sorted again.
      const table = { country_calling_codes: tableModule.CALLING_CODES.country_calling_codes };
      const start = performance.now();
      countriesModule.buildCountryList(locale, table);
      times.push(performance.now() - start);
    }
    return times;
  },

  /** Builds the search index for `locale` `runs` times: the first run also names every
   * country in its own language (once per page). */
  buildIndex(locale: string, runs: number): number[] {
    const rows = countryOptions(locale, {});
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      buildCountryIndex(rows, locale);
      times.push(performance.now() - start);
    }
    return times;
  },

  /**
   * `searchCountries` once per typed prefix of each query ("keystroke"). Each keystroke's time
   * is the median of `runs` batches of `batch` calls, so timer granularity does not round a
   * fast search to zero.
   */
  search(locale: string, queries: string[], runs: number, batch: number) {
    const index = buildCountryIndex(countryOptions(locale, {}), locale);
    const perKeystroke: { query: string; ms: number; matches: number }[] = [];
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        const times: number[] = [];
        let matches = 0;
        for (let run = 0; run < runs; run++) {
          const start = performance.now();
          for (let call = 0; call < batch; call++) matches = searchCountries(index, typed).length;
          times.push((performance.now() - start) / batch);
        }
        perKeystroke.push({ query: typed, ms: median(times), matches });
      }
    }
    return { countries: index.countries.length, perKeystroke };
  },

  /** Mounts the combobox open on every country and forces layout: what opening the list costs. */
  openList(locale: string): { ms: number; options: number } {
    const container = document.getElementById('picker') as HTMLElement;
    const root = createRoot(container);
    const rows = countryOptions(locale, {});
    const start = performance.now();
    flushSync(() => {
      root.render(
        <CountryCombobox
          entries={rows}
          locale={locale}
          value="US"
          onPick={() => {}}
          readOnly={false}
          messages={defaultMessages}
          takeFocus="open"
        />,
      );
    });
    container.getBoundingClientRect();
    const ms = performance.now() - start;
    const options = container.querySelectorAll('[role="option"]').length;
    root.unmount();
    return { ms, options };
  },
};

/** Called by main.ts: a module side effect could be dropped (see devtools-hook.ts). */
export function startBench(): void {
  recordKeystrokes();
  onCommit((commit: CommitInfo) => {
    if (!current || current.side !== commit.container) return;
    current.rendered.push(...commit.rendered);
    if (commit.outsideField.length > 0) current.outsideCommits += 1;
  });
  (window as unknown as { bench: typeof bench }).bench = bench;
  document.body.dataset.ready = 'true';
}
