#!/usr/bin/env node
// Benchmark of screener-2fa-gate: prints figures, asserts nothing (timings vary by machine;
// the size budgets are enforced by `npm run size`, not here).
//
//   npm run bench        (builds dist/ first, for the size figures)
//   BENCH_RUNS=40 node scripts/bench/run.mjs
//
// 1. Size: the figures of scripts/size/measure.mjs.
// 2. Typing: '2015550123' into our phone step and into react-phone-number-input, alternating,
//    in headless Chromium: keydown to next frame, React commits per keystroke.
// 3. Country picker: mounting the native <select> per locale; the search: index build per
//    locale, search per keystroke in 10 locales, and opening the list.
// 4. First visit under Slow 4G and 4× CPU: navigation to a phone field that accepts input,
//    ours against the peer combo (scripts/bench/first-visit.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { measureSizes, printSizeReport } from '../size/measure.mjs';
import { firstVisitSection } from './first-visit.mjs';
import { serve } from './serve.mjs';
import { mean, median, percentile, spread } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(here, '.out/page');
const NUMBER = '2015550123';
const RUNS = Math.max(20, Number(process.env.BENCH_RUNS) || 25);
const COLD_RELOADS = 5;
const WARM_MOUNTS = 20;
// Past this sections 2–3 stop early; section 4 (about a minute) always runs.
const DEADLINE_MS = 100_000;
const VISITS = Math.max(10, Number(process.env.BENCH_VISITS) || 10);
const started = Date.now();
const log = console.log;

const LAUNCH = chromiumLaunchOptions;

function seconds() {
  return ((Date.now() - started) / 1000).toFixed(1);
}

async function sizeSection() {
  log('== 1. size');
  try {
    printSizeReport(await measureSizes(), log);
    log('(figures only here; `npm run size` is the check that fails the build)');
  } catch (error) {
    log(`size figures unavailable: ${error instanceof Error ? error.message : error}`);
  }
}

/** Production build of the page, with the React build whose <Profiler> reports commits. */
async function buildPage() {
  await build({
    configFile: false,
    root: path.join(here, 'page'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
    },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      // Unminified so component names survive for the per-component breakdown; minifying
      // changes download size, not how fast the code runs.
      minify: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
    },
  });
}

async function openPage(browser, origin) {
  const page = await browser.newPage();
  // Only the bench server: the peer's default flag images point at a CDN, and the bench
  // machine must not depend on (or wait for) the internet.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, {
    timeout: 15_000,
  });
  return { page, errors };
}

async function typeRun(page, side, warmUp = false) {
  const { ready } = await page.evaluate(([s, w]) => window.bench.mount(s, w), [side, warmUp]);
  await page.focus(`#${side} input[type="tel"]`);
  for (const char of NUMBER) {
    await page.keyboard.press(char);
    await page.evaluate(() => window.bench.keystroke());
  }
  await page.evaluate(() => window.bench.endRun());
  return { ready, value: await page.evaluate((s) => window.bench.fieldValue(s), side) };
}

function countNames(keystrokes) {
  const counts = new Map();
  for (const keystroke of keystrokes) {
    for (const name of keystroke.rendered) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${(count / keystrokes.length).toFixed(2)}`)
    .join(', ');
}

async function typingSection(page) {
  log('');
  log(`== 2. typing '${NUMBER}' (${RUNS} runs per field, alternating which goes first)`);
  const hook = await page.evaluate(() => window.bench.hookInjected());
  const isolated = await page.evaluate(() => window.bench.crossOriginIsolated());
  // Warm-up (not counted): code paths compiled, rules and examples loaded.
  const warmUp = {};
  for (const side of ['ours', 'peer']) warmUp[side] = await typeRun(page, side, true);
  await page.evaluate(() => window.bench.takeKeystrokes());

  const notReady = { ours: 0, peer: 0 };
  const values = { ours: new Set(), peer: new Set() };
  for (let run = 0; run < RUNS; run++) {
    if (Date.now() - started > DEADLINE_MS) {
      log(`stopped after ${run} runs: time limit`);
      break;
    }
    for (const side of run % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']) {
      const { ready, value } = await typeRun(page, side);
      if (!ready) notReady[side] += 1;
      values[side].add(value);
    }
  }
  const keystrokes = await page.evaluate(() => window.bench.takeKeystrokes());
  const bySide = {
    ours: keystrokes.filter((k) => k.side === 'ours'),
    peer: keystrokes.filter((k) => k.side === 'peer'),
  };

  log(
    `keydown → input handled (listeners + React render), and keydown → first frame after it, in ms` +
      ` (median, p10, p90);` +
      ` timer ${isolated ? '5 µs (cross-origin isolated)' : '100 µs'}`,
  );
  const labels = {
    ours: 'ours: ScreenerTwoFactorGate phone step',
    peer: 'peer: react-phone-number-input/mobile',
  };
  for (const side of ['ours', 'peer']) {
    const list = bySide[side];
    log(
      `  ${labels[side]} (${list.length} keystrokes; field ends as ${[...values[side]].join(' | ')})`,
    );
    log(
      `    to input handled  ${spread(
        list.map((k) => k.inputMs),
        3,
      )}`,
    );
    log(`    to next frame     ${spread(list.map((k) => k.frameMs))}`);
    log(
      `    commits/keystroke (Profiler): median ${median(list.map((k) => k.commits))}, ` +
        `mean ${mean(list.map((k) => k.commits)).toFixed(2)}, max ${Math.max(...list.map((k) => k.commits))}`,
    );
    if (hook) log(`    components rendered per keystroke: ${countNames(list) || 'none'}`);
    if (!warmUp[side].ready) {
      log('    warning: the warm-up never saw the rules loaded (no example hint within 5 s)');
    }
    if (notReady[side] > 0) log(`    warning: ${notReady[side]} run(s) found no phone field`);
  }
  const ratio = (pick) =>
    (median(bySide.ours.map(pick)) / median(bySide.peer.map(pick))).toFixed(2);
  log(
    `  ratio ours/peer (medians): to input handled ${ratio((k) => k.inputMs)}, ` +
      `to next frame ${ratio((k) => k.frameMs)}`,
  );

  if (hook) {
    // "Outside the phone field": a commit in which any component other than the one that
    // renders the <input type="tel"> ran (the gate, the step's picker or hint, a host form).
    const outside = bySide.ours.map((k) => k.outsideCommits);
    const worst = Math.max(...outside);
    log(
      `  gate commits outside the phone field per keystroke: median ${median(outside)}, ` +
        `p90 ${percentile(outside, 90)}, max ${worst} (target ≤ 1: ${worst <= 1 ? 'met' : 'NOT met'}); ` +
        `peer: max ${Math.max(...bySide.peer.map((k) => k.outsideCommits))}`,
    );
  } else {
    log('  (per-component breakdown unavailable: react-dom loaded before the DevTools hook)');
  }
}

async function pickerSection(browser, origin) {
  log('');
  log('== 3. country picker: native <select>, and the search combobox');
  const cold = { en: [], fr: [] };
  let skipped = false;
  for (let reload = 0; reload < COLD_RELOADS; reload++) {
    // A fresh page each time: the first mount per locale names and sorts the list.
    const { page } = await openPage(browser, origin);
    for (const locale of reload % 2 === 0 ? ['en', 'fr'] : ['fr', 'en']) {
      const result = await page.evaluate((l) => window.bench.mountPicker(l), locale);
      if (!result) skipped = true;
      else cold[locale].push(result);
    }
    await page.close();
  }
  if (skipped) {
    log('  skipped: src/components/country-picker.tsx (CountryPicker) not found');
  }
  const { page } = await openPage(browser, origin);
  for (const locale of ['en', 'fr']) {
    if (skipped) break;
    const warm = [];
    await page.evaluate((l) => window.bench.mountPicker(l), locale);
    for (let run = 0; run < WARM_MOUNTS; run++) {
      warm.push(await page.evaluate((l) => window.bench.mountPicker(l), locale));
    }
    const options = cold[locale][0]?.options ?? warm[0]?.options;
    log(
      `  mount <select> '${locale}' (${options} options, render + commit + layout), ms: ` +
        `first ${spread(cold[locale].map((r) => r.ms))} over ${cold[locale].length} page loads; ` +
        `cached list ${spread(warm.map((r) => r.ms))}`,
    );
  }

  for (const locale of ['en', 'fr']) {
    const times = await page.evaluate((l) => window.bench.buildList(l, 20), locale);
    if (!times) {
      log('  skipped: src/phone/countries.ts (buildCountryList) not found');
      break;
    }
    log(`  buildCountryList '${locale}' (name + sort, cache bypassed), ms: ${spread(times, 3)}`);
  }

  // The search (#15): the UK's name in each locale typed key by key, then 'uk' and '+44'.
  const LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt-BR', 'ru', 'ja', 'zh', 'ar'];
  const perKeystroke = [];
  for (const locale of LOCALES) {
    const build = await page.evaluate((l) => window.bench.buildIndex(l, 10), locale);
    const uk = new Intl.DisplayNames([locale], { type: 'region' }).of('GB');
    const result = await page.evaluate(
      ([l, q]) => window.bench.search(l, q, 15, 10),
      [locale, [uk, 'uk', '+44']],
    );
    const times = result.perKeystroke.map((k) => k.ms);
    perKeystroke.push(...times);
    const open = await page.evaluate((l) => window.bench.openList(l), locale);
    log(
      `  search '${locale}': index build ms first ${build[0].toFixed(2)}, then ` +
        `${spread(build.slice(1), 2)}; per keystroke (${times.length} of '${uk}', 'uk', '+44') ` +
        `ms ${spread(times, 3)}; open list (${open.options} rows) ${open.ms.toFixed(1)} ms`,
    );
  }
  log(
    `  search per keystroke, all ${LOCALES.length} locales: median ` +
      `${median(perKeystroke).toFixed(3)} ms, p95 ${percentile(perKeystroke, 95).toFixed(3)} ms ` +
      '(goal: median ≤ 1 ms)',
  );
  await page.close();
}

async function main() {
  await sizeSection();
  if (Date.now() - started > DEADLINE_MS) return;

  log('');
  log('building the bench page…');
  await buildPage();
  const server = await serve(OUT_DIR);
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server.close();
  };
  // Ctrl-C must not leave Chromium or the server behind.
  const onSignal = () => {
    void stop().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    browser = await chromium.launch(LAUNCH);
    log(`chromium ${browser.version()} headless, page at ${server.origin} (${seconds()} s so far)`);
    const { page, errors } = await openPage(browser, server.origin);
    await typingSection(page);
    await page.close();
    if (errors.length > 0) log(`page errors: ${errors.join(' | ')}`);
    if (Date.now() - started < DEADLINE_MS) await pickerSection(browser, server.origin);
    else log('country picker skipped: time limit');
    await firstVisitSection(browser, log, VISITS);
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  log('');
  log(`bench done in ${seconds()} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
