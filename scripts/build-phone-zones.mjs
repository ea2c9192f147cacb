#!/usr/bin/env node
// Splits libphonenumber-js's metadata.max.json into one file per calling code, so a viewer
// downloads only the numbering rules of their own country (2.8 KB gzip for +1, the largest,
// against 40 KB for all). Run after upgrading libphonenumber-js; a unit test fails when the
// committed slices no longer match the installed metadata.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const metadata = require('libphonenumber-js/metadata.max.json');
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/phone/slices');

/** The slice for one calling code: its countries and non-geographic entities. */
export function sliceFor(full, callingCode) {
  const countries = {};
  const nonGeographic = {};
  for (const id of full.country_calling_codes[callingCode] ?? []) {
    if (full.countries[id]) countries[id] = full.countries[id];
    else if (id === '001' && full.nonGeographic?.[callingCode]) {
      nonGeographic[callingCode] = full.nonGeographic[callingCode];
    }
  }
  return { version: full.version, countries, nonGeographic };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) rmSync(path.join(outDir, file));
  const codes = Object.keys(metadata.country_calling_codes);
  for (const code of codes) {
    writeFileSync(path.join(outDir, `${code}.json`), JSON.stringify(sliceFor(metadata, code)));
  }
  console.log(`wrote ${codes.length} slices to ${path.relative(process.cwd(), outDir)}`);
}
