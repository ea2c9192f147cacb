#!/usr/bin/env node
// Size budgets of screener-2fa-gate, measured on the Vite library build (dist/) bundled by
// esbuild the way a host app would bundle it. Exits 1 when a budget is exceeded.
//
//   npm run size                          (builds dist/ first)
//   SIZE_BUDGET_SCALE=0.5 node scripts/size/measure.mjs   (prove that a budget fails)
//
// Not size-limit: it cannot set a budget relative to another bundle built in the same run, and
// it counts every lazy chunk of an entry (all nine rule zones) rather than the chunks that one
// viewer's path downloads.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleSubject, GZIP_LEVEL } from './bundle.mjs';
import { newestMtime, readDist } from './dist-map.mjs';
import {
  chunkLabel,
  describeChunks,
  firstTimeDecider,
  returningDecider,
  walkPath,
} from './paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');

// 1 kB = 1000 B, the stricter reading and the one size tools print.
export const BUDGETS = {
  // The issue asked for 10 kB. Measured 13.1 kB summed over our seven chunks (11.9 kB as one
  // bundle) once the calling-code table counted as numbering data. The rest is behaviour other
  // issues require (every status state, hardened phone input, WebOTP, timeouts and refresh);
  // for scale, react-phone-number-input alone is 14.6 kB and input-otp 4.1 kB without any
  // dependency. So this is a growth guard at about 3 % above the measured figure. Raised to
  // 14.5 kB when the React-free controller took over the flow (#13, #14): 14.0 kB measured,
  // the bounded code check, identity restarts and one shared countdown timer are the growth,
  // while the first-time path shrank by 0.8 kB. Raised by 1 kB to 15.5 kB for #16 (15.15 kB
  // measured, +1.11 kB): the sign-in view, focus handed to the host's content, the resend
  // row with its live announcements, and Intl-formatted waits and times.
  ownGzip: 15_500,
  firstTimeVsPeer: 0.75,
  returningGzip: 25_000,
};

// The first-time path links a US mobile number: the rules zone holding +1.
const CALLING_CODE = '1';

// Imported the way a studio would use each peer; exported so nothing is tree-shaken away.
const PEER_SOURCE = `
import PhoneInput from 'react-phone-number-input/mobile';
import { OTPInput } from 'input-otp';
import { useForm } from 'react-hook-form';
import { useMutation, QueryClient, QueryClientProvider } from '@tanstack/react-query';
export { PhoneInput, OTPInput, useForm, useMutation, QueryClient, QueryClientProvider };
`;

// For scale beside our own code: the two peer widgets without any dependency (no
// libphonenumber-js, no React). Not budgets; the studio would still write the API and state code.
const PEER_WIDGETS = [
  {
    name: 'peer-phone-input',
    label: 'react-phone-number-input, no deps',
    source: "export { default } from 'react-phone-number-input/mobile';\n",
    external: ['libphonenumber-js', 'libphonenumber-js/*'],
  },
  { name: 'peer-otp', label: 'input-otp, no deps', source: "export * from 'input-otp';\n" },
];

function budgetScale() {
  const raw = process.env.SIZE_BUDGET_SCALE;
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`SIZE_BUDGET_SCALE must be a positive number, got ${JSON.stringify(raw)}`);
  }
  return scale;
}

function sumAll(chunks) {
  let min = 0;
  let gzip = 0;
  for (const chunk of chunks.values()) {
    min += chunk.bytes;
    gzip += chunk.gzip;
  }
  return { min, gzip };
}

/**
 * Builds the subjects and checks the budgets. Never exits; `measure.mjs` and the benchmark
 * both print what it returns.
 *
 * @param options.distDir - the library build to measure (default `dist/`; `SIZE_DIST` too)
 */
export async function measureSizes({ root = ROOT, distDir, scale = budgetScale() } = {}) {
  const dir = path.resolve(root, distDir ?? process.env.SIZE_DIST ?? 'dist');
  const dist = readDist(dir, root);
  const warnings = [];
  // The sources of the build being measured sit beside it (dist/ -> src/).
  const srcDir = path.join(path.dirname(dir), 'src');
  if (existsSync(srcDir) && newestMtime(srcDir) > newestMtime(dir)) {
    warnings.push('src/ changed after dist/ was built: figures are of the older build');
  }

  const guessed = [...dist.files].filter(([, file]) => file.guessed).map(([name]) => name);
  if (guessed.length > 0) {
    warnings.push(
      `no source map or module comments in ${guessed.join(', ')}: lazy chunks are told apart ` +
        'by their file names only',
    );
  }

  const resolveDir = here;
  const distImport = `./${path.relative(resolveDir, dir).split(path.sep).join('/')}/index.js`;
  const common = { root, resolveDir, distDir: dir };
  const outRoot = path.join(here, '.out');
  const [gate, own, peer] = await Promise.all([
    bundleSubject({
      ...common,
      name: 'gate',
      source: `export { ScreenerTwoFactorGate } from '${distImport}';\n`,
      outdir: path.join(outRoot, 'gate'),
    }),
    // Everything of ours the main entry ships, without any package and without the numbering
    // data generated from libphonenumber-js (the rule zones and the calling-code table).
    bundleSubject({
      ...common,
      name: 'own',
      source: `export * from '${distImport}';\n`,
      outdir: path.join(outRoot, 'own'),
      packagesExternal: true,
      externalDistFile: (file) =>
        Boolean(dist.files.get(file)?.rulesZone || dist.files.get(file)?.phoneData),
    }),
    bundleSubject({
      ...common,
      name: 'peer',
      source: PEER_SOURCE,
      outdir: path.join(outRoot, 'peer'),
    }),
  ]);
  for (const subject of [gate, own, peer]) describeChunks(subject.chunks, dist, dir, root);
  const widgets = await Promise.all(
    PEER_WIDGETS.map(async (widget) => {
      const built = await bundleSubject({
        ...common,
        name: widget.name,
        source: widget.source,
        outdir: path.join(outRoot, widget.name),
        external: widget.external,
      });
      return { label: widget.label, ...sumAll(built.chunks) };
    }),
  );

  const firstTime = walkPath(gate.chunks, gate.entry, firstTimeDecider(gate.chunks, CALLING_CODE));
  const returning = walkPath(gate.chunks, gate.entry, returningDecider());
  // A peer's lazy chunks are not counted: the comparison must not flatter us.
  const peerPath = walkPath(peer.chunks, peer.entry, () => ({ include: false, reason: 'lazy' }));
  const ownTotal = sumAll(own.chunks);

  const firstTimeChunks = [...firstTime.included.keys()].map((file) => gate.chunks.get(file));
  // Without the rules the figure would leave out the largest download: not a pass.
  const firstTimeProblems = firstTimeChunks.some(
    (chunk) => chunk.rulesZone === CALLING_CODE.charAt(0) || chunk.fullRules,
  )
    ? []
    : [
        `no chunk with the +${CALLING_CODE} numbering rules found (no dist rules zone for ` +
          `+${CALLING_CODE}, no libphonenumber-js metadata JSON): teach scripts/size/paths.mjs ` +
          'where the rules now live',
      ];
  if (!firstTimeChunks.some((chunk) => chunk.examples)) {
    warnings.push('no example-numbers chunk found on the first-time path');
  }
  const returningLib = [...returning.included.keys()].filter(
    (file) => gate.chunks.get(file).libphonenumber,
  );

  const firstTimeBudget = Math.floor(BUDGETS.firstTimeVsPeer * peerPath.gzip * scale);
  const checks = [
    {
      id: 'own',
      label: 'own code (no dependencies)',
      ...ownTotal,
      budget: Math.floor(BUDGETS.ownGzip * scale),
      budgetNote: '',
      problems: [],
    },
    {
      id: 'first-time',
      label: `first-time (link +${CALLING_CODE} mobile, enter code)`,
      min: firstTime.min,
      gzip: firstTime.gzip,
      budget: firstTimeBudget,
      budgetNote: `${BUDGETS.firstTimeVsPeer * scale} × peer`,
      problems: firstTimeProblems,
    },
    {
      id: 'returning',
      label: 'returning (phoneRegistered)',
      min: returning.min,
      gzip: returning.gzip,
      budget: Math.floor(BUDGETS.returningGzip * scale),
      budgetNote: '',
      problems: returningLib.map(
        (file) =>
          `loads libphonenumber-js (in ${path.basename(file)}: ${chunkLabel(gate.chunks.get(file))})`,
      ),
    },
  ];
  for (const check of checks) {
    check.ratio = check.gzip / check.budget;
    if (check.gzip > check.budget) {
      check.problems.unshift(
        `${fmt(check.gzip)} B gzip exceeds the budget of ${fmt(check.budget)} B by ${fmt(check.gzip - check.budget)} B`,
      );
    }
    check.ok = check.problems.length === 0;
  }

  return {
    esbuildVersion: esbuild.version,
    scale,
    distDir: path.relative(root, dir) || '.',
    warnings,
    checks,
    peer: { label: 'peer combo (reference)', min: peerPath.min, gzip: peerPath.gzip },
    widgets,
    paths: {
      'first-time': { ...firstTime, chunks: gate.chunks },
      returning: { ...returning, chunks: gate.chunks },
      own: {
        included: new Map([...own.chunks.keys()].map((file) => [file, 'all of our code'])),
        skipped: new Map(),
        chunks: own.chunks,
        ...ownTotal,
      },
      peer: { ...peerPath, chunks: peer.chunks },
    },
  };
}

function fmt(n) {
  return n.toLocaleString('en-US');
}

function row(cells, widths) {
  return cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
    .join('  ');
}

/** Prints the table, the chunks of each path and the failures; returns the summary line. */
export function printSizeReport(result, log = console.log) {
  log(
    `size: esbuild ${result.esbuildVersion} (bundle, minify, splitting, esm) of ${result.distDir}/; ` +
      `gzip level ${GZIP_LEVEL} per file; react, react-dom external; 1 kB = 1000 B` +
      (result.scale === 1 ? '' : `; budgets scaled × ${result.scale} (SIZE_BUDGET_SCALE)`),
  );
  for (const warning of result.warnings) log(`warning: ${warning}`);
  log('');
  const widths = [41, 9, 9, 22, 6, 4];
  log(row(['path', 'min B', 'gzip B', 'budget B (gzip)', 'ratio', ''], widths));
  for (const check of result.checks) {
    const budget = check.budgetNote
      ? `${fmt(check.budget)} (${check.budgetNote})`
      : fmt(check.budget);
    log(
      row(
        [
          check.label,
          fmt(check.min),
          fmt(check.gzip),
          budget,
          check.ratio.toFixed(2),
          check.ok ? 'ok' : 'FAIL',
        ],
        widths,
      ),
    );
  }
  log(row([result.peer.label, fmt(result.peer.min), fmt(result.peer.gzip), '-', '', ''], widths));
  for (const widget of result.widgets) {
    log(row([`  ${widget.label}`, fmt(widget.min), fmt(widget.gzip), '-', '', ''], widths));
  }

  for (const [name, walked] of Object.entries(result.paths)) {
    log('');
    log(
      `${name}: ${walked.included.size} chunk(s), ${fmt(walked.min)} B min, ${fmt(walked.gzip)} B gzip`,
    );
    for (const [file, reason] of walked.included) {
      const chunk = walked.chunks.get(file);
      log(
        `  ${path.basename(file).padEnd(32)} ${fmt(chunk.bytes).padStart(9)} ${fmt(chunk.gzip).padStart(8)}  ${reason}`,
      );
      log(`  ${''.padEnd(32)} ${''.padStart(9)} ${''.padStart(8)}  = ${chunkLabel(chunk)}`);
    }
    const byReason = new Map();
    for (const [file, reason] of walked.skipped) {
      const key = reason.startsWith('rules zone') ? 'rules zones (one per numbering zone)' : reason;
      byReason.set(key, [...(byReason.get(key) ?? []), path.basename(file)]);
    }
    for (const [reason, files] of byReason) {
      const shown = files.length > 3 ? `${files.slice(0, 3).join(', ')}, …` : files.join(', ');
      log(`  not loaded: ${files.length} × ${reason} (${shown})`);
    }
  }

  const failed = result.checks.filter((check) => !check.ok);
  log('');
  for (const check of failed) {
    for (const problem of check.problems) log(`✖ size budget failed: ${check.label}: ${problem}`);
  }
  const summary = `size: ${result.checks.length - failed.length} passed, ${failed.length} failed`;
  log(summary);
  return { failed: failed.length, summary };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const result = await measureSizes();
    // The ✖ lines say which budget failed and by how much; the summary stays the last line.
    const { failed } = printSizeReport(result);
    if (failed > 0) process.exitCode = 1;
  } catch (error) {
    console.error(`size: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
