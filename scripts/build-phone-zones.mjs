#!/usr/bin/env node
// Splits libphonenumber-js's metadata.max.json into the nine world numbering zones (the first
// digit of the calling code), so a viewer downloads only their zone's rules: 2.8 KB gzip for
// +1 and at most 6.7 KB (zone 9) against 40 KB for all. Zones rather than one file per calling
// code: 206 lazy chunks need a 206-entry import table (4.7 KB gzip, measured) that every
// viewer downloads; nine need almost none. Run after upgrading libphonenumber-js; a unit test
// fails when the committed zones no longer match the installed metadata.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const metadata = require('libphonenumber-js/metadata.max.json');
const phoneDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/phone');
const outDir = path.join(phoneDir, 'zones');
// The calling-code table every viewer needs before any zone (the country picker, `+44` typed
// into the field): libphonenumber-js's own `country_calling_codes`, generated like the zones so
// an upgrade cannot leave a hand-copied table behind.
const callingCodesFile = path.join(phoneDir, 'data/calling-codes.json');

/**
 * The rules of one zone (`'1'`…`'9'`): its countries and its non-geographic entities (+800
 * freephone, +881 satellite…), which the metadata keeps outside `country_calling_codes`.
 */
export function zoneFor(full, zone) {
  const countries = {};
  const nonGeographic = {};
  for (const [callingCode, ids] of Object.entries(full.country_calling_codes)) {
    if (callingCode[0] !== zone) continue;
    for (const id of ids) {
      if (full.countries[id]) countries[id] = full.countries[id];
    }
  }
  for (const [callingCode, rules] of Object.entries(full.nonGeographic ?? {})) {
    if (callingCode[0] === zone) nonGeographic[callingCode] = rules;
  }
  return { version: full.version, countries, nonGeographic };
}

/** Calling code -> regions, main region first, as in the metadata (geographic regions only). */
function callingCodesOf(full) {
  const table = {};
  for (const [callingCode, ids] of Object.entries(full.country_calling_codes)) {
    const regions = ids.filter((id) => /^[A-Z]{2}$/.test(id));
    if (regions.length > 0) table[callingCode] = regions;
  }
  return table;
}

/** The zones that exist: first digits of the calling codes, non-geographic ones included. */
export function zonesOf(full) {
  const codes = [
    ...Object.keys(full.country_calling_codes),
    ...Object.keys(full.nonGeographic ?? {}),
  ];
  return [...new Set(codes.map((code) => code[0]))].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) rmSync(path.join(outDir, file));
  const zones = zonesOf(metadata);
  for (const zone of zones) {
    writeFileSync(path.join(outDir, `zone-${zone}.json`), JSON.stringify(zoneFor(metadata, zone)));
  }
  console.log(`wrote ${zones.length} zones to ${path.relative(process.cwd(), outDir)}`);
  mkdirSync(path.dirname(callingCodesFile), { recursive: true });
  writeFileSync(callingCodesFile, JSON.stringify(callingCodesOf(metadata)));
  console.log(`wrote ${path.relative(process.cwd(), callingCodesFile)}`);
}
