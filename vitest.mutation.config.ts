/**
 * Vitest config for mutation testing only (`npm run test:mutation`, see stryker.config.mjs):
 * one plain Node project with the pure unit tests of src/api, src/phone, src/flow and src/country-search. The
 * main config's multi-project setup (jsdom + Storybook browser mode) is not meant for
 * Stryker's in-process runner, and these tests need no DOM.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'mutation',
    environment: 'node',
    include: [
      'test/api/**/*.test.ts',
      'test/phone/**/*.test.ts',
      'test/flow/**/*.test.ts',
      'test/hardening/phone-properties.test.ts',
      'test/hardening/screener-key.property.test.ts',
      'test/country-search/**/*.test.ts',
    ],
    restoreMocks: true,
  },
});
