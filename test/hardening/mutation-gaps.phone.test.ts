/**
 * Tests added for mutants that survived `npm run test:mutation` in src/phone (except the
 * country list, see mutation-gaps.countries.test.ts): input caps, refusal reasons, guards
 * of the thin runtime/picker wrappers, and the rules loader's caching.
 */
import full from 'libphonenumber-js/metadata.max.json';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDraft } from '../../src/phone/confirm';
import { detectCountry, encodePhone, formatAsYouType, maskPhone } from '../../src/phone/encode';
import { exampleNumber } from '../../src/phone/examples';
import {
  CALLING_CODES,
  type CountryCode,
  isKnownCountry,
  type PhoneMetadata,
} from '../../src/phone/metadata';
import { countryOptions, defaultLocale, initialCountry } from '../../src/phone/picker';
import * as runtime from '../../src/phone/runtime';
import { cleanPhoneText, leadingCallingCode, toParseInput } from '../../src/phone/text';

const metadata = full as PhoneMetadata;
const withoutCountries = { ...metadata, countries: {} } as PhoneMetadata;
// The installed metadata lists no non-geographic entity ('001') among its calling codes, but
// the code is written for tables that do (older and custom metadata): check with one that does.
const withNonGeographic = {
  ...metadata,
  country_calling_codes: { ...metadata.country_calling_codes, 800: ['001' as CountryCode] },
} as PhoneMetadata;
const reason = (text: string, country: CountryCode) => {
  const result = encodePhone(text, country, metadata);
  return result.ok ? `accepted ${result.e164}` : result.reason;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../src/phone/rules');
  vi.resetModules();
});

describe('encodePhone refusals', () => {
  it('says TOO_SHORT for a partial national number', () => {
    expect(reason('740', 'GB')).toBe('TOO_SHORT');
  });

  it('refuses a satellite mobile (+881) that has no country as NOT_MOBILE', () => {
    expect(reason('+881 6 1234 5678', 'GB')).toBe('NOT_MOBILE');
  });

  it('caps input at 24 digits before parsing', () => {
    expect(reason(`+999${'1'.repeat(21)}`, 'GB')).toBe('INVALID'); // 24 digits: parsed
    expect(reason(`+999${'1'.repeat(22)}`, 'GB')).toBe('TOO_LONG'); // 25 digits: refused
  });
});

describe('detectCountry and formatAsYouType guards', () => {
  it('never picks a non-geographic entity', () => {
    expect(detectCountry('+800 1234 5678', 'GB', metadata)).toBeUndefined();
    expect(detectCountry('+800 1234 5678', 'GB', withNonGeographic)).toBeUndefined();
  });

  it('ignores empty, invalid and over-long text', () => {
    expect(detectCountry('', 'US', metadata)).toBeUndefined();
    expect(detectCountry('+44 abc', 'US', metadata)).toBeUndefined();
    expect(detectCountry(`+44${'7'.repeat(22)}`, 'US', metadata)).toBe('GB'); // 24 digits
    expect(detectCountry(`+44${'7'.repeat(23)}`, 'US', metadata)).toBeUndefined(); // 25
  });

  it('leaves text with letters, over-long text and broken metadata untouched', () => {
    expect(formatAsYouType('abc 123', 'US', metadata)).toBe('abc 123');
    const long = `${'201 555 0123 '.repeat(2)}4567 8`;
    expect(long.replace(/\D/g, '')).toHaveLength(25);
    expect(formatAsYouType(long, 'US', metadata)).toBe(long);
    expect(formatAsYouType('2015550', 'US', metadata)).toBe('(201) 555-0');
    expect(formatAsYouType('12 3', 'US', {} as PhoneMetadata)).toBe('12 3');
    expect(formatAsYouType(5 as unknown as string, 'US', {} as PhoneMetadata)).toBe('');
  });

  it.each([
    ['+44 7400 123456', '•• 56'],
    ['1234', '•• 34'],
    ['123', '••'],
    ['ext 1234', '•• 34'],
    [null, '••'],
  ])('maskPhone(%j) is %j', (value, masked) => {
    expect(maskPhone(value as string)).toBe(masked);
  });
});

describe('text helpers', () => {
  it('treats non-strings as empty and letters as invalid', () => {
    expect(cleanPhoneText(123)).toEqual({ ok: true, plus: false, digits: '' });
    expect(cleanPhoneText(undefined)).toEqual({ ok: true, plus: false, digits: '' });
    expect(cleanPhoneText('12a')).toEqual({ ok: false });
  });

  it('reads an exit code only when digits follow it, and never one followed by 0', () => {
    const input = (digits: string, country: CountryCode, rules = metadata) =>
      toParseInput({ plus: false, digits }, country, rules);
    expect(input('011', 'US')).toBe('011');
    expect(input('01101234', 'US')).toBe('01101234');
    // '00' + the selected country's own code wins over a carrier-swallowing exit code.
    expect(input('00821020000000', 'KR')).toBe('+821020000000');
    expect(input('0055119612345', 'BR')).toBe('+55119612345');
    expect(input('01144', 'US')).toBe('+44');
    expect(input('00', 'US')).toBe('00');
    expect(input('000123', 'US')).toBe('000123');
    expect(input('0044', 'US')).toBe('+44');
    // Without the selected country's rules, 00 still works.
    expect(input('00447400123456', 'GB', withoutCountries)).toBe('+447400123456');
  });

  it('finds calling codes of one to three digits only', () => {
    expect(leadingCallingCode('8801712345678', CALLING_CODES)).toBe('880');
    expect(leadingCallingCode('447400', CALLING_CODES)).toBe('44');
    expect(
      leadingCallingCode('12345', { country_calling_codes: { 1234: ['XX' as CountryCode] } }),
    ).toBeUndefined();
  });
});

describe('metadata helpers', () => {
  it('knows ISO regions only', () => {
    expect(isKnownCountry('GB', CALLING_CODES)).toBe(true);
    expect(isKnownCountry('ZZ', CALLING_CODES)).toBe(false);
    expect(isKnownCountry('001', withNonGeographic)).toBe(false);
    expect(isKnownCountry(44, metadata)).toBe(false);
  });

  it('exampleNumber copes with unknown countries and sliced metadata', () => {
    expect(exampleNumber('GB', metadata)).toBe('07400 123456');
    expect(exampleNumber('ZZ' as CountryCode, metadata)).toBeUndefined();
    expect(exampleNumber('GB', withoutCountries)).toBeUndefined();
  });
});

describe('checkDraft and confirmPhone', () => {
  it('refuses unknown countries and passes refusals through', () => {
    expect(checkDraft({ country: 'ZZ', text: '07400 123456' }, metadata)).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(checkDraft({ country: 'gb', text: '07400 123456' }, metadata)).toMatchObject({
      ok: false,
    });
    expect(checkDraft({ country: 'CI', text: '01 23 45 67 89' }, metadata)).toEqual({
      ok: false,
      reason: 'LEADING_ZERO',
    });
  });

  it('returns the encoded number, its country and a masked hint', () => {
    expect(checkDraft({ country: 'US', text: '+44 7400 123456' }, metadata)).toEqual({
      ok: true,
      country: 'GB',
      phone: { phone: 7400123456, countryCode: 44, hint: '•• 56' },
    });
  });

  it('confirmPhone says UNAVAILABLE when rules cannot load, and loads nothing for unknown countries', async () => {
    const loadPhoneRulesFor = vi.fn(() => Promise.reject(new Error('offline')));
    vi.doMock('../../src/phone/rules', () => ({ loadPhoneRulesFor }));
    const { confirmPhone } = await import('../../src/phone/confirm');
    expect(await confirmPhone({ country: 'ZZ', text: '1' })).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(loadPhoneRulesFor).not.toHaveBeenCalled();
    const draft = { country: 'GB', text: '07400 123456' };
    expect(await confirmPhone(draft)).toEqual({ ok: false, reason: 'UNAVAILABLE' });
    expect(loadPhoneRulesFor).toHaveBeenCalledWith('07400 123456', 'GB');
  });

  it('confirmPhone encodes with the loaded rules', async () => {
    const { confirmPhone } = await import('../../src/phone/confirm');
    expect(await confirmPhone({ country: 'GB', text: '07400 123456' })).toMatchObject({
      ok: true,
      phone: { phone: 7400123456, countryCode: 44 },
    });
  });
});

describe('rules loader state', () => {
  it('loads the selected zone only, once, and reuses the composed rules', async () => {
    vi.resetModules();
    const rules = await import('../../src/phone/rules');
    expect(rules.loadedPhoneRules()).toBeUndefined();
    expect(rules.phoneRulesFor('2345678901', 'US')).toBeUndefined();
    // National digits are never read as a calling code ('34…' would pull zone 3).
    const first = await rules.loadPhoneRulesFor('2345678901', 'US');
    expect(Object.keys(first.countries)).toContain('US');
    expect(Object.keys(first.countries)).not.toContain('ES');
    expect(rules.loadedPhoneRules()).toBe(first);
    expect(await rules.loadPhoneRulesFor('2015550123', 'CA')).toBe(first);
    expect(rules.phoneRulesFor('2345678901', 'US')).toBe(first);
    expect(rules.phoneRulesFor('+44 7400 123456', 'US')).toBeUndefined();
    expect(rules.phoneRulesFor('2345678901', 'ZZ' as CountryCode)).toBeUndefined();
  });
});

describe('runtime and picker wrappers', () => {
  it('detect and format only for known countries whose rules are loaded', () => {
    expect(runtime.detectCountry('+44 7400 123456', 'US', metadata)).toBe('GB');
    expect(runtime.detectCountry('+44 7400 123456', 'ZZ', metadata)).toBeUndefined();
    expect(runtime.detectCountry('+44 7400 123456', 'US', withoutCountries)).toBeUndefined();
    expect(runtime.formatPhoneInput('2015550123', 'US', metadata)).toBe('(201) 555-0123');
    expect(runtime.formatPhoneInput('2015550123', 'ZZ', metadata)).toBe('2015550123');
    expect(runtime.formatPhoneInput('2015550123', 'US', withoutCountries)).toBe('2015550123');
  });

  it('countryOptions drops unknown codes and lists preferred first', () => {
    const options = countryOptions('en', {
      countries: ['gb', 'FR', 'zz'],
      preferred: ['fr', 'XX'],
    });
    expect(options.map((o) => [o.code, o.preferred])).toEqual([
      ['FR', true],
      ['GB', false],
    ]);
  });

  it('defaultLocale reads navigator.language, else en', () => {
    vi.stubGlobal('navigator', { language: 'fr-CA', languages: [] });
    expect(defaultLocale()).toBe('fr-CA');
    vi.stubGlobal('navigator', { language: '', languages: [] });
    expect(defaultLocale()).toBe('en');
    vi.stubGlobal('navigator', undefined);
    expect(defaultLocale()).toBe('en');
  });

  it('initialCountry keeps the requested country, else reads the languages, within the rows', () => {
    const all = countryOptions('en', {});
    const gbFr = countryOptions('en', { countries: ['GB', 'FR'] });
    vi.stubGlobal('navigator', { language: 'de-AT', languages: ['de-AT', 'en-GB'] });
    expect(initialCountry(undefined, 'en-GB', all)).toBe('AT');
    expect(initialCountry(undefined, 'en-GB', gbFr)).toBe('GB');
    expect(initialCountry('FR', 'en-GB', gbFr)).toBe('FR');
    // A requested country the picker does not offer is not used; case does not matter.
    expect(initialCountry('DE', 'en-GB', gbFr)).toBe('GB');
    expect(initialCountry('fr', 'en-GB', gbFr)).toBe('FR');
    expect(initialCountry(' uk ', 'fr-FR', gbFr)).toBe('GB');
    expect(initialCountry('zz', 'en-GB', gbFr)).toBe('GB');
    vi.stubGlobal('navigator', { language: 'fr', languages: [] });
    expect(initialCountry(undefined, 'fr-CA', all)).toBe('CA');
    vi.stubGlobal('navigator', { language: 'pt-BR' }); // no navigator.languages at all
    expect(initialCountry(undefined, 'pt-BR', all)).toBe('BR');
    vi.stubGlobal('navigator', undefined);
    expect(initialCountry(undefined, 'pt-BR', all)).toBe('BR');
    expect(initialCountry(undefined, 'ja', all)).toBe('US');
    // No language matches and the US is not offered: the first row, as the select shows it.
    expect(initialCountry(undefined, 'ja', gbFr)).toBe('FR');
    const preferred = countryOptions('en', { countries: ['GB', 'FR'], preferred: ['GB'] });
    expect(initialCountry(undefined, 'ja', preferred)).toBe('GB');
  });

  it('loadPhoneRuntime loads the chunk once', async () => {
    const { loadPhoneRuntime } = await import('../../src/phone/load-runtime');
    const first = loadPhoneRuntime();
    expect(loadPhoneRuntime()).toBe(first);
    expect(typeof (await first).detectCountry).toBe('function');
  });
});
