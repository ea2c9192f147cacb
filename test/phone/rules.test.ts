import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import examples from 'libphonenumber-js/examples.mobile.json';
import full from 'libphonenumber-js/metadata.max.json';
import { beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { zoneFor, zonesOf } from '../../scripts/build-phone-zones.mjs';
import { encodePhone } from '../../src/phone/encode';
import type { CountryCode } from '../../src/phone/metadata';

const zonesDir = path.join(__dirname, '../../src/phone/zones');

describe('committed rule zones', () => {
  it('match the installed libphonenumber-js metadata exactly (rerun scripts/build-phone-zones.mjs)', () => {
    const zones: string[] = zonesOf(full);
    expect(zones).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(readdirSync(zonesDir).sort()).toEqual(zones.map((zone) => `zone-${zone}.json`));
    const seen: string[] = [];
    const seenNonGeographic: string[] = [];
    for (const zone of zones) {
      const committed = JSON.parse(readFileSync(path.join(zonesDir, `zone-${zone}.json`), 'utf8'));
      expect(committed, `zone ${zone}`).toEqual(zoneFor(full, zone));
      seen.push(...Object.keys(committed.countries));
      seenNonGeographic.push(...Object.keys(committed.nonGeographic));
    }
    // Every country and non-geographic code of the full metadata is in exactly one zone.
    expect(seen.sort()).toEqual(Object.keys(full.countries).sort());
    expect(seenNonGeographic.sort()).toEqual(Object.keys(full.nonGeographic).sort());
  });
});

// A fresh copy of the rules module (test/setup.ts preloads zone 1 into the shared one); its
// state is shared across this block: tests run in order and build on each other.
let loadedRules: typeof import('../../src/phone/rules').loadedRules;
let loadPhoneRulesFor: typeof import('../../src/phone/rules').loadPhoneRulesFor;
let phoneRulesFor: typeof import('../../src/phone/rules').phoneRulesFor;
beforeAll(async () => {
  vi.resetModules();
  ({ loadedRules, loadPhoneRulesFor, phoneRulesFor } = await import('../../src/phone/rules'));
});

describe('loading rules per calling code', () => {
  it('has nothing before the first load, and loads only the selected country first', async () => {
    expect(loadedRules()).toBeUndefined();
    expect(phoneRulesFor('2015550123', 'US')).toBeUndefined();
    const rules = await loadPhoneRulesFor('2015550123', 'US');
    expect(Object.keys(rules.countries)).toContain('CA');
    // Zone 1 only: the UK (+44, zone 4) is not downloaded for a US viewer.
    expect(Object.keys(rules.countries)).not.toContain('GB');
    expect(phoneRulesFor('2015550123', 'US')).toBe(rules);
  });

  it('needs the typed calling code too: +44 with US selected is not ready until +44 loads', async () => {
    expect(phoneRulesFor('+44 7400 123456', 'US')).toBeUndefined();
    expect(phoneRulesFor('011 44 7400 123456', 'US')).toBeUndefined();
    const rules = await loadPhoneRulesFor('011 44 7400 123456', 'US');
    expect(Object.keys(rules.countries)).toEqual(expect.arrayContaining(['GB', 'JE', 'US']));
    expect(phoneRulesFor('+44 7400 123456', 'US')).toBe(rules);
    // A country with a two-digit calling code is ready once its zone (4) is.
    expect(phoneRulesFor('07400 123456', 'GB')).toBe(rules);
    expect(phoneRulesFor('01512 3456789', 'DE')).toBe(rules);
    expect(phoneRulesFor('0612345678', 'JP')).toBeUndefined();
    expect(encodePhone('+44 7400 123456', 'US', rules)).toMatchObject({
      ok: true,
      phone: 7400123456,
      countryCode: 44,
    });
  });

  it('rejects for an unknown country without loading anything', async () => {
    await expect(loadPhoneRulesFor('123', 'ZZ' as CountryCode)).rejects.toThrow('Unknown country');
  });

  it('encodes every example mobile exactly as the full metadata does', async () => {
    let compared = 0;
    for (const [country, national] of Object.entries(examples)) {
      const rules = await loadPhoneRulesFor(national, country as CountryCode);
      const expected = encodePhone(national, country as CountryCode, full);
      expect(encodePhone(national, country as CountryCode, rules), country).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(240);
  });

  it('refuses non-geographic numbers exactly as the full metadata does, not as invalid', async () => {
    // +800 freephone, +808 shared cost, +870 Inmarsat, +881 satellite, +979 premium: valid
    // numbers that cannot take an SMS, so the viewer hears "not a mobile", not "not valid".
    const nonGeographic = [
      '+800 1234 5678',
      '+808 1234 5678',
      '+870 301 234 567',
      '+881 6 1234 5678',
      '+979 123 456 789',
    ];
    for (const text of nonGeographic) {
      const rules = await loadPhoneRulesFor(text, 'US');
      expect(phoneRulesFor(text, 'US'), text).toBe(rules);
      const expected = encodePhone(text, 'US', full);
      expect(expected, text).toEqual({ ok: false, reason: 'NOT_MOBILE' });
      expect(encodePhone(text, 'US', rules), text).toEqual(expected);
    }
  });

  it('has no zone for +0 and reads such text as invalid, not as rules that failed to load', async () => {
    const rules = await loadPhoneRulesFor('+0 123 456', 'US');
    expect(phoneRulesFor('+0 123 456', 'US')).toBe(rules);
    expect(encodePhone('+0 123 456', 'US', rules)).toEqual({ ok: false, reason: 'INVALID' });
  });
});
