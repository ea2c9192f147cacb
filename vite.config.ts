/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
// @ts-expect-error: a plain .mjs module shared with the Node scripts, without types
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Ships `src/styles.css` as `dist/styles.css`: the gate never imports its own CSS. */
function copyStyles(): Plugin {
  return {
    name: 'screener-2fa-gate:copy-styles',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(path.join(dirname, 'src/styles.css'), 'utf8'),
      });
    },
  };
}

/** Every story as a test in headless Chromium, with axe, under one colour scheme. */
function storyProject(name: string, colorScheme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
    test: {
      name,
      setupFiles: colorScheme === 'dark' ? ['test/browser/dark-scheme.setup.ts'] : [],
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: chromiumLaunchOptions,
          contextOptions: { colorScheme },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  // Storybook and Vitest read this file too; the library build is only `vite build`.
  const isLibraryBuild = command === 'build' && mode !== 'test' && process.env.STORYBOOK !== 'true';
  return {
    plugins: isLibraryBuild ? [react(), copyStyles()] : [react()],
    build: isLibraryBuild
      ? {
          copyPublicDir: false,
          sourcemap: false,
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              mock: 'src/mock/index.ts',
              'messages/ar': 'src/locales/ar.ts',
              'messages/fr': 'src/locales/fr.ts',
            },
            formats: ['es'],
          },
          rollupOptions: {
            external: [
              /^react($|\/)/,
              /^react-dom($|\/)/,
              /^@tanstack\/(react-query|query-core)/,
              /^react-hook-form/,
              /^libphonenumber-js/,
            ],
            output: {
              // Stable file names (zone-1.js, runtime.js, country-combobox.js): the size
              // budgets name the chunks a viewer's path loads.
              chunkFileNames: '[name].js',
              // The calling-code table is libphonenumber-js data, like the rule zones: its own
              // file, so the size budgets can tell our code from the numbering data.
              codeSplitting: {
                groups: [{ name: 'calling-codes', test: /src\/phone\/data\/calling-codes\.json/ }],
              },
            },
          },
        }
      : {},
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: ['test/browser/**'],
            setupFiles: ['test/setup.ts'],
            restoreMocks: true,
          },
        },
        // The gate in a real 320 x 568 viewport, as a phone shows it (WCAG 1.4.10 Reflow).
        {
          extends: true,
          test: {
            name: 'viewport-320',
            include: ['test/browser/**/*.test.tsx'],
            // Vitest drops CSS by default; this test is about layout.
            css: true,
            browser: {
              enabled: true,
              headless: true,
              // A phone: a touch screen, so `(pointer: coarse)` holds.
              provider: playwright({
                launchOptions: chromiumLaunchOptions,
                contextOptions: { hasTouch: true, isMobile: true },
              }),
              instances: [{ browser: 'chromium', viewport: { width: 320, height: 568 } }],
            },
          },
        },
        storyProject('storybook', 'light'),
        // The same stories under the dark palette (styles.css follows prefers-color-scheme).
        storyProject('storybook-dark', 'dark'),
      ],
    },
  };
});
