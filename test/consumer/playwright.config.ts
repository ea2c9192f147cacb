// The packed tarball in a fixture app (app/), checked the way an embedding page uses it.
// global-setup.ts packs, installs and builds; the specs check the results.
import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs module shared with the Node scripts, without types
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: 'test-results',
  // Two cores: the type checks (one process each) share them with the browser.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    // Debian's chromium (browsers cannot be downloaded here), kept off the network.
    launchOptions: chromiumLaunchOptions,
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
});
