#!/usr/bin/env node
// Screenshots of the gate's steps as a viewer sees them, at 1280 and 320 CSS px, light and
// dark, into docs/screenshots/. Uses Debian's chromium like the tests (CHROMIUM_PATH to change).
//
//   node scripts/screenshots/shoot.mjs
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../docs/screenshots');
mkdirSync(out, { recursive: true });

const server = await createServer({
  root: here,
  configFile: false,
  logLevel: 'error',
  plugins: [react()],
  server: { port: 0, fs: { allow: [path.resolve(here, '../..')] } },
});
await server.listen();
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
const browser = await chromium.launch(chromiumLaunchOptions);

/** Each state: the query of the page, and what the viewer does to get there. */
const STATES = {
  phone: { query: '', act: async () => {} },
  code: { query: '', act: sendNumber },
  'rate-limited': { query: 'scenario=W5001', act: sendNumber },
  'sign-in': { query: 'scenario=W2101', act: sendNumber },
  verified: {
    query: '',
    act: async (page) => {
      await sendNumber(page);
      await page.locator('input[autocomplete="one-time-code"]').pressSequentially('123456');
      await page.locator('[data-step="verified"]').waitFor();
    },
  },
};

async function sendNumber(page) {
  const phone = page.locator('input[type="tel"]');
  await phone.click();
  await phone.pressSequentially(page.url().includes('dir=rtl') ? '0501234567' : '2015550123');
  await phone.press('Enter');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-step]')?.dataset.step !== 'phone' ||
      document.querySelector('[role="alert"]'),
  );
  await page.waitForTimeout(300);
}

const shots = [];
try {
  for (const [name, state] of Object.entries(STATES)) {
    for (const [width, scheme, dir] of [
      [1280, 'light', 'ltr'],
      [320, 'light', 'ltr'],
      [320, 'dark', 'ltr'],
      [320, 'light', 'rtl'],
    ]) {
      const page = await browser.newPage({ viewport: { width, height: 720 }, colorScheme: scheme });
      const params = [state.query, dir === 'rtl' ? 'dir=rtl' : ''].filter(Boolean).join('&');
      await page.goto(`${origin}/${params ? `?${params}` : ''}`);
      await page.locator('input[type="tel"]').waitFor({ timeout: 20_000 });
      await state.act(page);
      const file = `${name}-${width}-${scheme}${dir === 'rtl' ? '-rtl' : ''}.png`;
      await page.screenshot({ path: path.join(out, file), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      shots.push(`${file}${overflow ? ' (scrolls sideways!)' : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots: ${shots.length} in docs/screenshots/\n  ${shots.join('\n  ')}`);
