// @ts-check
/**
 * Mutation testing of the pure modules: `npm run test:mutation` (not part of `npm test`).
 * Runs the unit tests of src/api, src/phone, src/flow and src/country-search (plus the hardening properties)
 * through vitest.mutation.config.ts. Reports land in reports/mutation/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['src/api', 'src/phone', 'src/flow', 'src/country-search'];

/**
 * Vite needs `import.meta.glob(...)` arguments to be literals, and a mutated (instrumented)
 * argument breaks the build of the whole file. Files that use it are mutated everywhere but
 * on those statements, via Stryker's line ranges.
 */
function mutatePatterns() {
  const patterns = ROOTS.map((root) => `${root}/**/*.ts`);
  for (const root of ROOTS) {
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.ts')) continue;
      const file = path.posix.join(root, name.split(path.sep).join('/'));
      const lines = readFileSync(file, 'utf8').split('\n');
      const skipped = new Set();
      lines.forEach((line, index) => {
        if (!line.includes('import.meta.glob')) return;
        let end = index;
        while (end < lines.length - 1 && !/\)\s*;?\s*$/.test(lines[end] ?? '')) end++;
        for (let i = index; i <= end; i++) skipped.add(i + 1);
      });
      if (skipped.size === 0) continue;
      patterns.push(`!${file}`);
      let start = 1;
      for (let line = 1; line <= lines.length + 1; line++) {
        if (!skipped.has(line) && line <= lines.length) continue;
        if (line - 1 >= start) patterns.push(`${file}:${start}-${line - 1}`);
        start = line + 1;
      }
    }
  }
  return patterns;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: mutatePatterns(),
  ignorePatterns: ['dist', 'storybook-static', 'coverage', 'reports', '.consumer-tmp'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
