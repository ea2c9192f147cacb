import metadata from 'libphonenumber-js/metadata.max.json';
import { describe, expect, it } from 'vitest';
import { detectCountry, formatAsYouType } from '../../src/phone/typing';

const plusOne: readonly string[] = metadata.country_calling_codes['1'] ?? [];
// Rules as the gate holds them before the viewer's zone has loaded: only the +1 countries'.
const zone1Only = {
  ...metadata,
  countries: Object.fromEntries(
    Object.entries(metadata.countries).filter(([code]) => plusOne.includes(code)),
  ),
} as typeof metadata;

describe('detectCountry: limits', () => {
  it('reads up to 24 digits and no more', () => {
    // '+44' and 22 more digits: too long for any number, but the calling code still says GB.
    expect(detectCountry(`+44${'7'.repeat(22)}`, 'US', metadata)).toBe('GB');
    expect(detectCountry(`+44${'7'.repeat(23)}`, 'US', metadata)).toBeUndefined();
  });

  it("does not guess before the selected country's own rules have loaded", () => {
    expect(detectCountry('+1 201 555 0123', 'GB', zone1Only)).toBeUndefined();
    expect(detectCountry('+1 506 234 5678', 'US', zone1Only)).toBe('CA');
  });
});

describe('formatAsYouType: limits', () => {
  it('formats up to 24 digits and leaves longer text as typed', () => {
    expect(formatAsYouType('1'.repeat(24), 'US', metadata)).toBe(`1 ${'1'.repeat(23)}`);
    expect(formatAsYouType('1'.repeat(25), 'US', metadata)).toBe('1'.repeat(25));
  });

  it("leaves text as typed before the selected country's own rules have loaded", () => {
    expect(formatAsYouType('07400123456', 'GB', zone1Only)).toBe('07400123456');
    expect(formatAsYouType('2015550123', 'US', zone1Only)).toBe('(201) 555-0123');
  });
});
