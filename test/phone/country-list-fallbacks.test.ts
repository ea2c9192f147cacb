import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCountryList } from '../../src/phone/countries';
import { CALLING_CODES, type CallingCodeTable } from '../../src/phone/metadata';

// The list is cached per table: each test that changes Intl builds from a table of its own.
const table = (codes: Record<string, string[]>) =>
  ({ country_calling_codes: codes }) as CallingCodeTable;

// Intl's members are typed read-only; a writable view lets a test swap one out.
const intl = Intl as unknown as { DisplayNames: unknown; Collator: unknown };
const { DisplayNames, Collator } = intl;
afterEach(() => {
  intl.DisplayNames = DisplayNames;
  intl.Collator = Collator;
  vi.unstubAllGlobals();
});

const refuse = class {
  constructor() {
    throw new RangeError('nope');
  }
};

/** A DisplayNames that gives every region the same name. */
const sameName = class {
  of() {
    return 'Somewhere';
  }
};

const codesOf = (list: { code: string }[]) => list.map((entry) => entry.code);

describe('buildCountryList: order', () => {
  it('sorts the way the locale sorts, not the way English does', () => {
    const names = buildCountryList('sv-SE', CALLING_CODES).map((entry) => entry.name);
    // Swedish sorts Å and Ö after Z; English sorts them with A and O.
    expect(names.indexOf('Österrike')).toBeGreaterThan(names.indexOf('Zimbabwe'));
    expect(names.indexOf('Åland')).toBeGreaterThan(names.indexOf('Zimbabwe'));
  });

  it('names and sorts in English when the locale is malformed', () => {
    const names = buildCountryList('!!', CALLING_CODES).map((entry) => entry.name);
    expect(names).toContain('Albania');
    expect(names.indexOf('Åland Islands')).toBeLessThan(names.indexOf('Albania'));
  });

  it('orders countries of the same name by their code', () => {
    intl.DisplayNames = sameName;
    const list = buildCountryList('en', table({ '1': ['US', 'CA'], '44': ['GB', 'JE', 'GG'] }));
    expect(codesOf(list)).toEqual(['CA', 'GB', 'GG', 'JE', 'US']);
    expect(list.every((entry) => entry.name === 'Somewhere')).toBe(true);
  });

  it('lists only ISO regions of the table, with their calling codes', () => {
    const list = buildCountryList('en', table({ '44': ['GB', 'GBR'], '800': ['001'] }));
    expect(list).toEqual([
      { code: 'GB', name: 'United Kingdom', callingCode: '44', preferred: false },
    ]);
  });
});

describe('buildCountryList: runtimes with less of Intl', () => {
  it('sorts by code units when the Collator refuses every locale', () => {
    intl.Collator = refuse;
    const named = buildCountryList('en', table({ '263': ['ZW'], '355': ['AL'], '358': ['AX'] }));
    // 'Åland Islands' comes after 'Zimbabwe' in code units.
    expect(named.map((entry) => entry.name)).toEqual(['Albania', 'Zimbabwe', 'Åland Islands']);
    intl.DisplayNames = sameName;
    const unnamed = buildCountryList('en', table({ '44': ['JE', 'GB'], '1': ['US', 'CA'] }));
    expect(codesOf(unnamed)).toEqual(['CA', 'GB', 'JE', 'US']);
  });

  it('names a region by its code when DisplayNames cannot name it', () => {
    intl.DisplayNames = class {
      of() {
        throw new RangeError('unknown region');
      }
    };
    const list = buildCountryList('en', table({ '33': ['FR'], '49': ['DE'] }));
    expect(list.map((entry) => [entry.code, entry.name])).toEqual([
      ['DE', 'DE'],
      ['FR', 'FR'],
    ]);
  });

  it('names regions by code and sorts by code units without Intl at all', () => {
    vi.stubGlobal('Intl', undefined);
    const list = buildCountryList('en', table({ '44': ['JE', 'GB'], '1': ['US', 'CA'] }), {
      preferred: ['JE'],
    });
    vi.unstubAllGlobals();
    expect(list.map((entry) => [entry.code, entry.name, entry.preferred])).toEqual([
      ['JE', 'JE', true],
      ['CA', 'CA', false],
      ['GB', 'GB', false],
      ['US', 'US', false],
    ]);
  });
});
