// What the tarball holds, how plain Node loads it, and what Vite makes of it (the builds are
// global-setup.ts's; these tests read their output).
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { app, packInfo, pkgDir, react18Modules, repo } from './paths';

/** Strings that exist only in the mock (its defaults and validation texts). */
const MOCK_ONLY = [
  'demo-api-key',
  'demo-jwt',
  'No phone number is linked to this screener',
  'phone must be a positive integer',
];

const packed = async (): Promise<string[]> =>
  JSON.parse(await readFile(packInfo, 'utf8')).files.map((f: { path: string }) => f.path);
const read = (file: string) => readFile(file, 'utf8');
const stripComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** One build's JS or CSS assets, concatenated. */
async function assets(build: string, ext: '.js' | '.css') {
  const dir = path.join(app, build, 'assets');
  const files = (await readdir(dir)).filter((f) => f.endsWith(ext));
  return { files, text: (await Promise.all(files.map((f) => read(path.join(dir, f))))).join('\n') };
}

test('tarball holds only dist/, package.json, README.md, LICENSE; exports resolve', async () => {
  const names = await packed();
  expect(names.filter((n) => !/^(dist\/.*|package\.json|README\.md|LICENSE)$/.test(n))).toEqual([]);
  expect(names).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
  expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);

  // Every target of exports, main, module and types is packed, and Node resolves each subpath.
  const manifest = JSON.parse(await read(path.join(pkgDir, 'package.json')));
  const targets = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([manifest.exports, manifest.main, manifest.module, manifest.types]);
  expect(
    [...targets].filter((t) => !names.includes(t)),
    'not packed',
  ).toEqual([]);
  const { resolve } = createRequire(path.join(app, 'package.json'));
  for (const subpath of Object.keys(manifest.exports)) {
    const file = resolve(`screener-2fa-gate${subpath.slice(1)}`);
    expect(path.relative(pkgDir, file), subpath).toMatch(/^(dist\/|package\.json$)/);
  }

  // Every relative import in the packed JS and .d.ts files resolves inside the tarball.
  const dangling: string[] = [];
  for (const name of names.filter((n) => /\.(js|d\.ts)$/.test(n))) {
    const text = stripComments(await read(path.join(pkgDir, name)));
    for (const [, spec = ''] of text.matchAll(
      /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      const target = path.posix.join(path.posix.dirname(name), spec);
      const candidates = [
        target,
        ...(name.endsWith('.d.ts') ? [target.replace(/\.js$/, '.d.ts')] : []),
      ];
      if (!candidates.some((c) => names.includes(c))) dangling.push(`${name} -> ${spec}`);
    }
  }
  expect(dangling, 'relative imports of files not packed').toEqual([]);
});

// A dangling sourceMappingURL makes consumers' tooling (Vite, source-map-loader, devtools)
// warn or 404 for each file: package.json "files" drops *.map, so the build must not name them.
test('packed JS and CSS have no sourceMappingURL to an unpacked file', async () => {
  const names = await packed();
  const dangling: string[] = [];
  for (const name of names.filter((n) => /\.(m?js|css)$/.test(n))) {
    const text = await read(path.join(pkgDir, name));
    for (const [, url = ''] of text.matchAll(/[#@] sourceMappingURL=([^\s*]+)/g)) {
      const target = path.posix.join(path.posix.dirname(name), url);
      if (!url.startsWith('data:') && !names.includes(target)) dangling.push(`${name} -> ${url}`);
    }
  }
  expect(dangling).toEqual([]);
});

test('plain Node ESM: import + server render of the packed files (app/ssr.mjs)', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['ssr.mjs'], { cwd: app });
  const out = JSON.parse(stdout);
  expect(out.noWindow, 'ran without window and document').toBe(true);
  expect(out.phone).toContain('data-step="phone"');
  expect(out.phone).toContain('Phone number');
  expect(out.send, 'phoneRegistered starts on send').toContain('data-step="send"');
  expect(out.requests, 'requests while server rendering').toBe(0);
});

/** The React versions a bundle holds (react's and react-dom's `version` strings). */
const reactVersions = (js: string) => [
  ...new Set(Array.from(js.matchAll(/[`"'](1[89]\.\d+\.\d+)[`"']/g), (m) => m[1])),
];

// The bundles are large: assertions name what is missing or found, never print the text.
test('vite build of the app (gate + mock + styles.css), React 19', async () => {
  const css = await assets('dist-app', '.css');
  expect(css.text.includes('--s2fa-'), 'styles.css in the CSS bundle').toBe(true);
  const { text } = await assets('dist-app', '.js');
  // Controls for the main-entry test: the mock's strings are found when it is imported.
  expect(MOCK_ONLY.slice(2).filter((probe) => !text.includes(probe))).toEqual([]);
  const { version } = JSON.parse(await read(path.join(repo, 'node_modules/react/package.json')));
  expect(reactVersions(text)).toEqual([version]);
});

test('main entry bundle (no /mock import) contains no mock code', async () => {
  const { text } = await assets('dist-main-only', '.js');
  expect(MOCK_ONLY.filter((probe) => text.includes(probe))).toEqual([]);
  const index = await read(path.join(pkgDir, 'dist/index.js'));
  expect(index.match(/from\s*["']\.\/mock[^"']*["']/)?.[0], 'import of ./mock').toBeUndefined();
});

test('vite build of the same app on React 18.3 (scripts/react18 lock)', async () => {
  const manifest = JSON.parse(await read(path.join(react18Modules, 'react-dom/package.json')));
  expect(manifest.version).toMatch(/^18\.3\./);
  // One React in the bundle: the 18.3 copy replaced the repository's 19 everywhere.
  const { text } = await assets('dist-app-react18', '.js');
  expect(reactVersions(text)).toEqual([manifest.version]);
});
