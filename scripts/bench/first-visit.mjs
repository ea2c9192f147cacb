// Section 4 of `npm run bench`: navigation to a phone field that accepts input, on a first
// visit (empty cache) under DevTools' "Slow 4G" and 4× CPU slowdown, ours against the peer
// combo, alternating which goes first; and, for scale, a returning viewer's navigation to the
// "Text me a code" button. Prints figures, asserts nothing.
//
// Why the phone step is not a lazy chunk: as one (until 2026-12-03) it cost a round trip
// after the main bundle had run, and the field came at 3.70 s against the peer's 3.22 s
// (1.15×); in the main chunk, 2.91 s (0.90×), for 16 kB more on a returning viewer's path.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { serve } from './serve.mjs';
import { median, spread } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(here, '.out/first-visit');
const DIST = path.join(here, '../../dist');
// Chrome DevTools' "Slow 4G" preset (front_end/core/sdk/NetworkManager.ts): bytes per second.
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};
const CPU_SLOWDOWN = 4;

const FIELD = 'input[type="tel"]';
/** What each visit opens and waits for. */
const VISITS = {
  ours: { path: 'ours.html', target: FIELD, label: 'ours, to the phone field' },
  peer: { path: 'peer.html', target: FIELD, label: 'peer combo, to the phone field' },
  returning: {
    path: 'ours.html?returning',
    target: '[data-step="send"] button',
    label: 'ours, returning viewer, to "Text me a code"',
  },
};

/** Runs in the page before its scripts: notes when a usable `selector` first exists. */
function watchFor(selector) {
  const observer = new MutationObserver(() => {
    const input = document.querySelector(selector);
    if (input && !input.disabled && !input.readOnly) {
      window.__fieldAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

async function buildPages() {
  await build({
    configFile: false,
    root: path.join(here, 'first-visit'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^screener-2fa-gate\/styles\.css$/, replacement: path.join(DIST, 'styles.css') },
        { find: /^screener-2fa-gate\/mock$/, replacement: path.join(DIST, 'mock.js') },
        { find: /^screener-2fa-gate$/, replacement: path.join(DIST, 'index.js') },
      ],
    },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
      rollupOptions: {
        input: {
          ours: path.join(here, 'first-visit/ours.html'),
          peer: path.join(here, 'first-visit/peer.html'),
        },
      },
    },
  });
}

/** One cold navigation; resolves to ms from navigation start to the target, requests, bytes. */
async function visit(browser, origin, { path: file, target }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let requests = 0;
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      requests += 1;
      bytes += event.encodedDataLength;
    });
    await page.addInitScript(watchFor, target);
    await page.goto(`${origin}/${file}`);
    await page.waitForFunction(() => window.__fieldAt !== undefined, null, { timeout: 60_000 });
    // What the page needed to get here, before typing fetches the numbering rules.
    const seen = { requests, bytes };
    const ms = await page.evaluate(() => window.__fieldAt);
    if (target !== FIELD) return { ms, ...seen, typed: true };
    // "Accepts input": a typed digit lands in the field.
    await page.locator(target).pressSequentially('2');
    const typed = (await page.locator(target).inputValue()).includes('2');
    return { ms, ...seen, typed };
  } finally {
    await context.close();
  }
}

export async function firstVisitSection(browser, log, runs) {
  log('');
  log(
    `== 4. first visit: navigation to a phone field that accepts input, Slow 4G ` +
      `(${SLOW_4G.latency} ms, ${Math.round((SLOW_4G.downloadThroughput * 8) / 1000)} kbit/s), ` +
      `CPU ${CPU_SLOWDOWN}× slower, empty cache, gzip, ${runs} alternating runs each`,
  );
  await buildPages();
  const server = await serve(OUT_DIR, { gzip: true });
  const results = { ours: [], peer: [], returning: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const side of run % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']) {
        results[side].push(await visit(browser, server.origin, VISITS[side]));
      }
    }
    for (let run = 0; run < Math.ceil(runs / 2); run++) {
      results.returning.push(await visit(browser, server.origin, VISITS.returning));
    }
  } finally {
    await server.close();
  }
  for (const [side, list] of Object.entries(results)) {
    const failed = list.filter((r) => !r.typed).length;
    log(
      `  ${VISITS[side].label}: ms ${spread(list.map((r) => r.ms))}; ` +
        `${median(list.map((r) => r.requests))} requests, ` +
        `${(median(list.map((r) => r.bytes)) / 1000).toFixed(1)} kB on the wire` +
        (failed > 0 ? `; warning: ${failed} run(s) where typing did not land` : ''),
    );
  }
  const ratio = median(results.ours.map((r) => r.ms)) / median(results.peer.map((r) => r.ms));
  log(`  ratio ours/peer (medians): ${ratio.toFixed(2)} (goal: ≤ 1.00)`);
}
