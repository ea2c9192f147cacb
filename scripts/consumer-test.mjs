#!/usr/bin/env node
/**
 * Consumer test: installs the packed tarball into a throwaway app and uses it the way an
 * embedding page would.
 *
 *   npm run test:consumer            (builds dist/ first if it is missing)
 *   node scripts/consumer-test.mjs --build   (always rebuild first)
 *   node scripts/consumer-test.mjs --keep    (keep .consumer-tmp/ for debugging)
 *
 * The app lives in `.consumer-tmp/` inside the repository (gitignored) so that react,
 * react-dom, @tanstack/react-query, react-hook-form and libphonenumber-js resolve from the
 * repository's node_modules by walking up; the package itself is the `npm pack` tarball,
 * extracted into `.consumer-tmp/node_modules/screener-2fa-gate`. The one install: React 18.3
 * (react, react-dom, scheduler) from `scripts/react18/`'s own lock into `.consumer-tmp/react18`,
 * for a second browser run; it cannot sit beside React 19 in the repository's lock.
 *
 * Checks: tarball contents; exports resolve; plain Node ESM import + server render of the
 * packed files; strict type checks under moduleResolution bundler and node16 and against
 * React 18.3 types; a Vite production build of the app; the main entry's bundle holds no
 * mock; the whole flow in headless Chromium against the mock, with no console error and
 * no request to any origin but the local server, once on React 19 and once on React 18.3.
 * Exits 1 if any check fails.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumLaunchOptions } from './chromium.mjs';

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = path.join(repo, '.consumer-tmp');
const pkgDir = path.join(app, 'node_modules', 'screener-2fa-gate');
const react18Dir = path.join(app, 'react18');
const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const argv = new Set(process.argv.slice(2));
const keep = argv.has('--keep');
const started = Date.now();

/** Strings that exist only in the mock (its defaults and validation texts). */
const MOCK_ONLY = [
  'demo-api-key',
  'demo-jwt',
  'No phone number is linked to this screener',
  'phone must be a positive integer',
];
const SCREENER_KEY = 'consumer screener/1';
const API_BASE = 'https://api.indee.invalid/';

// ---------------------------------------------------------------------------------------
// Bookkeeping

const results = [];
let packDir;
let server;
let browser;

async function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = await fn();
    results.push({ name, ok: true });
    console.log(`  ok   ${name} (${ms(t0)})${note ? ` - ${note}` : ''}`);
    return true;
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL ${name} (${ms(t0)})`);
    console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return false;
  }
}

function skip(name, reason) {
  results.push({ name, ok: false });
  console.log(`  FAIL ${name} - skipped: ${reason}`);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const ms = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const indent = (text) =>
  String(text)
    .split('\n')
    .map((line) => `       ${line}`)
    .join('\n');

/** Aborting it kills every child process still running (on SIGINT/SIGTERM). */
const children = new AbortController();

async function sh(file, args, options = {}) {
  try {
    return await run(file, args, {
      cwd: repo,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
      killSignal: 'SIGKILL',
      signal: children.signal,
      ...options,
    });
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`${path.basename(file)} ${args.join(' ')} failed\n${out}`);
  }
}

async function closeBrowserAndServer() {
  await browser?.close().catch(() => {});
  browser = undefined;
  if (server) await new Promise((resolve) => server.close(resolve));
  server = undefined;
}

async function cleanup() {
  await closeBrowserAndServer();
  if (packDir) await rm(packDir, { recursive: true, force: true });
  packDir = undefined;
  if (!keep) await rm(app, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    children.abort();
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------
// The throwaway app

const files = {
  'package.json': `${JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }, null, 2)}\n`,

  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>consumer</title>
  </head>
  <body>
    <main id="root"></main>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,

  'main-only.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>main only</title></head>
  <body><main id="root"></main><script type="module" src="/src/main-only.tsx"></script></body>
</html>
`,

  // The example an embedding page writes: the gate, the mock as its transport, the styles.
  'src/App.tsx': `import { version as reactVersion } from 'react';
import { ScreenerTwoFactorGate, type TwoFactorError } from 'screener-2fa-gate';
import { createMockIndeeFetcher, type MockIndeeFetcher } from 'screener-2fa-gate/mock';
import 'screener-2fa-gate/styles.css';

declare global {
  interface Window {
    consumer?: { mock: MockIndeeFetcher; verified: string[]; errors: string[]; react: string };
  }
}

export const SCREENER_KEY = ${JSON.stringify(SCREENER_KEY)};

const mock = createMockIndeeFetcher({ codes: ['123456'], latencyMs: 20 });
const probe = { mock, verified: [] as string[], errors: [] as string[], react: reactVersion };
window.consumer = probe;

export function App() {
  return (
    <ScreenerTwoFactorGate
      screenerKey={SCREENER_KEY}
      baseUrl=${JSON.stringify(API_BASE)}
      auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
      fetcher={mock}
      preferredCountries={['US', 'GB', 'FR']}
      onCodeSubmit={async (code) => {
        if (!mock.verifyCode(SCREENER_KEY, code)) throw new Error('wrong or expired code');
      }}
      onVerified={(code) => probe.verified.push(code)}
      onError={(error: TwoFactorError) => probe.errors.push(error.code)}
    >
      {({ code }) => <p data-testid="playing">Playing the screener (code {code})</p>}
    </ScreenerTwoFactorGate>
  );
}
`,

  'src/main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,

  // Imports the main entry only: its bundle must not contain the mock.
  'src/main-only.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ScreenerTwoFactorGate } from 'screener-2fa-gate';
import 'screener-2fa-gate/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <ScreenerTwoFactorGate
      screenerKey="real-screener"
      baseUrl="https://api.example.com/"
      auth={{ type: 'jwt', token: ({ refresh }) => (refresh ? 'fresh' : 'stale') }}
      fetcher={window.fetch.bind(window)}
      onCodeSubmit={() => {}}
    />
  </StrictMode>,
);
`,

  // Type-level use of the public API (type checks only, never bundled).
  'src/types-usage.ts': `import {
  defaultMessages,
  type Fetcher,
  type FlowStep,
  INDEE_STATUS,
  type ScreenerTwoFactorGateProps,
  type TokenGetter,
  TwoFactorError,
  type TwoFactorErrorCode,
  type TwoFactorMessages,
  type UseScreenerTwoFactorOptions,
  useScreenerTwoFactor,
} from 'screener-2fa-gate';
import {
  createMockIndeeFetcher,
  MOCK_SCENARIO_NAMES,
  type MockIndeeFetcher,
  type MockScenario,
} from 'screener-2fa-gate/mock';

const mock: MockIndeeFetcher = createMockIndeeFetcher({ defaultAuth: 'jwt', rateLimit: false });
const viaMock: Fetcher = mock;
const viaWindow: Fetcher = window.fetch;
const viaGlobal: Fetcher = globalThis.fetch;
const token: TokenGetter = async ({ refresh }) => (refresh ? 'new-jwt' : 'old-jwt');
const messages: Partial<TwoFactorMessages> = { phoneLabel: 'Téléphone' };
const scenario: MockScenario = MOCK_SCENARIO_NAMES[0];
mock.failNext(scenario, { endpoint: 'request-code' });

export const props: ScreenerTwoFactorGateProps = {
  screenerKey: 'k',
  baseUrl: 'https://api.example.com',
  auth: { type: 'jwt', token },
  fetcher: viaMock,
  phoneRegistered: true,
  messages,
  onCodeSubmit: async () => {},
  children: ({ code }) => code,
};
export const fetchers = [viaWindow, viaGlobal];
export const codes: TwoFactorErrorCode[] = ['W2003', 'NETWORK', 'CODE_REJECTED'];
export const phoneLabel: string = defaultMessages.phoneLabel;
export const statuses = INDEE_STATUS;

export function useStep(options: UseScreenerTwoFactorOptions): FlowStep {
  return useScreenerTwoFactor(options).step;
}

export function describe(error: unknown): string {
  return error instanceof TwoFactorError ? \`\${error.code} \${error.kind}\` : 'other';
}

// @ts-expect-error screenerKey is required
export const missingKey: ScreenerTwoFactorGateProps = {
  baseUrl: 'x',
  auth: { type: 'apiKey', apiKey: 'k' },
  onCodeSubmit: () => {},
};
// @ts-expect-error an API key auth has no token
export const badAuth: ScreenerTwoFactorGateProps['auth'] = { type: 'apiKey', token: 'k' };
`,

  // Plain Node, no bundler: the packed ESM must load and server-render.
  'ssr.mjs': `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ScreenerTwoFactorGate } from 'screener-2fa-gate';
import { createMockIndeeFetcher } from 'screener-2fa-gate/mock';

const mock = createMockIndeeFetcher();
const render = (phoneRegistered) =>
  renderToString(
    createElement(ScreenerTwoFactorGate, {
      screenerKey: 'k',
      baseUrl: 'https://api.example.com',
      auth: { type: 'apiKey', apiKey: 'demo-api-key' },
      fetcher: mock,
      phoneRegistered,
      onCodeSubmit: () => {},
    }),
  );
const out = {};
out.phone = render(false);
out.send = render(true);
out.requests = mock.requests.length;
out.noWindow = typeof window === 'undefined' && typeof document === 'undefined';
console.log(JSON.stringify(out));
`,
};

const base = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  // Our declaration files are checked too, as a consumer without skipLibCheck would.
  skipLibCheck: false,
  noEmit: true,
  types: [],
};

const tsconfigs = {
  'tsconfig.json': {
    compilerOptions: { ...base, module: 'ESNext', moduleResolution: 'bundler' },
    include: ['src'],
  },
  'tsconfig.node16.json': {
    compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' },
    include: ['src'],
  },
  // React 18.3 types (the @types/react-18 alias). main.tsx is left out: it only uses
  // react-dom/client, whose 18.x types are not installed, and the package's types never
  // reference react-dom.
  'tsconfig.react18.json': {
    compilerOptions: {
      ...base,
      module: 'ESNext',
      moduleResolution: 'bundler',
      paths: {
        react: ['../node_modules/@types/react-18'],
        'react/*': ['../node_modules/@types/react-18/*'],
      },
    },
    files: ['src/App.tsx', 'src/types-usage.ts'],
  },
};

async function writeApp() {
  await rm(app, { recursive: true, force: true });
  await mkdir(path.join(app, 'src'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(app, name), text);
  }
  for (const [name, config] of Object.entries(tsconfigs)) {
    await writeFile(path.join(app, name), `${JSON.stringify(config, null, 2)}\n`);
  }
  // The lifecycle host is a real file (test/consumer/), type-checked and linted with the repo.
  await copyFile(
    path.join(repo, 'test/consumer/lifecycle.tsx'),
    path.join(app, 'src/lifecycle.tsx'),
  );
  await writeFile(
    path.join(app, 'lifecycle.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," />' +
      '<title>lifecycle</title></head><body><main id="root"></main>' +
      '<script type="module" src="/src/lifecycle.tsx"></script></body></html>\n',
  );
}

// ---------------------------------------------------------------------------------------
// Checks

async function ensureBuilt() {
  const need = ['index.js', 'index.d.ts', 'mock.js', 'mock.d.ts', 'styles.css'];
  const missing = need.filter((f) => !existsSync(path.join(repo, 'dist', f)));
  if (argv.has('--build') || missing.length > 0) {
    console.log(missing.length ? `dist/ incomplete (${missing.join(', ')}): building` : 'building');
    await sh('npm', ['run', 'build', '--silent']);
    return;
  }
  const newest = async (dir) => {
    let latest = 0;
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) {
        const { mtimeMs } = await stat(path.join(entry.parentPath, entry.name));
        latest = Math.max(latest, mtimeMs);
      }
    }
    return latest;
  };
  const built = (await stat(path.join(repo, 'dist', 'index.js'))).mtimeMs;
  if ((await newest(path.join(repo, 'src'))) > built) {
    console.log('note: src/ is newer than dist/; run `npm run build` (or pass --build)');
  }
}

let packed;

async function packAndExtract() {
  packDir = await mkdtemp(path.join(tmpdir(), 'screener-2fa-gate-pack-'));
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', packDir]);
  const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  packed = info;
  const tarball = path.join(packDir, info.filename);
  await mkdir(pkgDir, { recursive: true });
  await sh('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  return `${info.filename}, ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB packed`;
}

async function checkTarball() {
  const names = packed.files.map((f) => f.path).sort();
  const allowed = (name) =>
    name === 'package.json' ||
    /^README(\.md)?$/i.test(name) ||
    /^LICEN[CS]E(\.md|\.txt)?$/i.test(name) ||
    name.startsWith('dist/');
  const extra = names.filter((n) => !allowed(n));
  assert(extra.length === 0, `unexpected files in the tarball: ${extra.join(', ')}`);
  const maps = names.filter((n) => n.endsWith('.map'));
  assert(maps.length === 0, `source maps in the tarball (files excludes them): ${maps.join(', ')}`);
  assert(names.includes('README.md'), 'README.md missing from the tarball');

  // Every target of the exports map (and main/module/types) is in the tarball.
  const manifest = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8'));
  const targets = new Set();
  const walk = (value) => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  for (const field of ['main', 'module', 'types']) walk(manifest[field]);
  const absent = [...targets].filter((t) => !names.includes(t));
  assert(absent.length === 0, `exports/main/types point at files not packed: ${absent.join(', ')}`);

  // Every relative import inside the packed JS and .d.ts files resolves inside the tarball.
  const dangling = [];
  for (const name of names.filter((n) => /\.(js|d\.ts)$/.test(n))) {
    const text = stripComments(await readFile(path.join(pkgDir, name), 'utf8'));
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = path.posix.join(path.posix.dirname(name), spec);
      const candidates = name.endsWith('.d.ts')
        ? [target, target.replace(/\.js$/, '.d.ts')]
        : [target];
      if (!candidates.some((c) => names.includes(c))) dangling.push(`${name} -> ${spec}`);
    }
  }
  assert(dangling.length === 0, `relative imports to files not packed: ${dangling.join(', ')}`);

  const notes = [];
  if (!names.some((n) => /^LICEN[CS]E/i.test(n))) {
    notes.push(`no LICENSE file although "license": ${JSON.stringify(manifest.license)}`);
  }
  return `${names.length} files: ${names.join(', ')}${notes.length ? `; NOTE ${notes.join('; ')}` : ''}`;
}

const stripComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * A `//# sourceMappingURL=` comment must name a file that ships: a dangling one makes
 * consumers' tooling (Vite, webpack's source-map-loader, devtools) warn or 404 for each file.
 */
async function checkSourceMapComments() {
  const names = packed.files.map((f) => f.path);
  const dangling = [];
  for (const name of names.filter((n) => /\.(m?js|css)$/.test(n))) {
    const text = await readFile(path.join(pkgDir, name), 'utf8');
    for (const [, url] of text.matchAll(/[#@] sourceMappingURL=([^\s*]+)/g)) {
      if (url.startsWith('data:')) continue;
      const target = path.posix.join(path.posix.dirname(name), url);
      if (!names.includes(target)) dangling.push(`${name} -> ${url}`);
    }
  }
  assert(
    dangling.length === 0,
    `sourceMappingURL comments name files that are not packed (package.json "files" drops ` +
      `*.map while the library build writes them):\n${dangling.join('\n')}`,
  );
}

async function checkNodeSsr() {
  const { stdout } = await sh(process.execPath, ['ssr.mjs'], { cwd: app });
  const out = JSON.parse(stdout);
  assert(out.noWindow, 'ssr.mjs ran with a window/document');
  assert(out.phone.includes('data-step="phone"'), 'no data-step="phone" in the server HTML');
  assert(out.phone.includes('Phone number'), 'no "Phone number" label in the server HTML');
  assert(out.send.includes('data-step="send"'), 'no data-step="send" with phoneRegistered');
  assert(out.requests === 0, `server rendering sent ${out.requests} request(s)`);
  return 'import + renderToString (phone step, send step) of the packed dist';
}

/** tsc's incremental state survives the throwaway app, so unchanged libraries are not rechecked. */
const tscCache = path.join(repo, 'node_modules', '.cache', 'screener-2fa-gate-consumer');

async function typecheck(config) {
  await mkdir(tscCache, { recursive: true });
  const buildInfo = path.join(tscCache, `${path.basename(config, '.json')}.tsbuildinfo`);
  const args = ['-p', config, '--listFiles', '--incremental', '--tsBuildInfoFile', buildInfo];
  const { stdout } = await sh(process.execPath, [tsc, ...args], { cwd: app });
  const listed = stdout.split('\n').filter(Boolean);
  const ours = listed.filter((f) => f.includes('/.consumer-tmp/node_modules/screener-2fa-gate/'));
  assert(ours.length >= 2, `the package's declarations were not used:\n${listed.join('\n')}`);
  const reactTypes = [
    ...new Set(
      listed.map((f) => /node_modules\/@types\/(react(?:-18)?)\//.exec(f)?.[1]).filter(Boolean),
    ),
  ];
  return { ours, reactTypes };
}

async function checkTypes() {
  const t0 = Date.now();
  const [bundler, node16, react18] = await Promise.allSettled([
    typecheck('tsconfig.json'),
    typecheck('tsconfig.node16.json'),
    typecheck('tsconfig.react18.json'),
  ]);
  console.log(`  ..   3 type checks ran in parallel in ${ms(t0)}`);
  await check('types: strict, moduleResolution bundler, React 19 types', async () => {
    if (bundler.status === 'rejected') throw bundler.reason;
    assert(bundler.value.reactTypes.join() === 'react', `react types: ${bundler.value.reactTypes}`);
    return bundler.value.ours.map((f) => path.basename(f)).join(', ');
  });
  await check('types: strict, moduleResolution node16 (ESM app)', async () => {
    if (node16.status === 'rejected') throw node16.reason;
    return node16.value.ours.map((f) => path.basename(f)).join(', ');
  });
  await check('types: strict, React 18.3 types (@types/react-18 via paths)', async () => {
    if (react18.status === 'rejected') throw react18.reason;
    const { reactTypes } = react18.value;
    assert(
      reactTypes.join() === 'react-18',
      `expected only @types/react-18 in the program, got: ${reactTypes.join(', ')}`,
    );
    const manifest = JSON.parse(
      await readFile(path.join(repo, 'node_modules/@types/react-18/package.json'), 'utf8'),
    );
    return `@types/react ${manifest.version}`;
  });
}

/** @param reactDir - a node_modules folder whose react and react-dom replace the repository's */
async function viteBuild(input, outDir, reactDir) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: app,
    logLevel: 'error',
    plugins: [react()],
    // Every import of react and react-dom, ours and react-query's included, gets the other copy.
    resolve: reactDir
      ? {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${reactDir}/react-dom$1` },
            { find: /^react(\/.*)?$/, replacement: `${reactDir}/react$1` },
          ],
        }
      : undefined,
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: { input: path.join(app, input) },
    },
  });
  const assets = await readdir(path.join(app, outDir, 'assets'));
  const read = async (ext) => {
    const chosen = assets.filter((a) => a.endsWith(ext));
    const texts = await Promise.all(
      chosen.map((a) => readFile(path.join(app, outDir, 'assets', a), 'utf8')),
    );
    return { files: chosen, text: texts.join('\n') };
  };
  return { js: await read('.js'), css: await read('.css') };
}

let appBuild;

async function checkAppBuild() {
  appBuild = await viteBuild('index.html', 'dist-app');
  assert(appBuild.css.text.includes('--s2fa-'), 'styles.css did not reach the CSS bundle');
  for (const probe of MOCK_ONLY.slice(2)) {
    assert(appBuild.js.text.includes(probe), `control: mock string "${probe}" not in app bundle`);
  }
  const zones = appBuild.js.files.filter((f) => /^zone-\d/.test(f)).length;
  return `${appBuild.js.files.length} JS chunk(s), ${zones} of them numbering-rule zones, ${appBuild.css.files.length} CSS`;
}

async function checkReact18Build() {
  await mkdir(react18Dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    await writeFile(
      path.join(react18Dir, file),
      await readFile(path.join(repo, 'scripts/react18', file)),
    );
  }
  await sh('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: react18Dir });
  const pkg = JSON.parse(
    await readFile(path.join(react18Dir, 'node_modules/react-dom/package.json'), 'utf8'),
  );
  assert(/^18\.3\./.test(pkg.version), `react-dom ${pkg.version} installed, expected 18.3`);
  const { js } = await viteBuild(
    'index.html',
    'dist-app-react18',
    path.join(react18Dir, 'node_modules'),
  );
  return `react-dom ${pkg.version}, ${js.files.length} JS chunk(s)`;
}

async function checkMainOnly() {
  const { js } = await viteBuild('main-only.html', 'dist-main-only');
  const found = MOCK_ONLY.filter((probe) => js.text.includes(probe));
  assert(found.length === 0, `main-entry bundle contains mock strings: ${found.join(', ')}`);
  const dist = await readFile(path.join(pkgDir, 'dist/index.js'), 'utf8');
  assert(!/from\s*["']\.\/mock/.test(dist), 'dist/index.js imports ./mock');
  return `${js.files.length} JS chunk(s), ${(js.text.length / 1024).toFixed(0)} kB, none of ${MOCK_ONLY.length} mock strings`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  // data: only for the harness page's empty favicon (it avoids a 404 console error).
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

async function serve(dir) {
  const rootDir = path.join(app, dir);
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(
      rootDir,
      decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname),
    );
    if (!file.startsWith(rootDir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        // The strict policy a studio's screener page may run under: no inline scripts or
        // styles, no eval, nothing from other origins. A violation is a console error.
        'Content-Security-Policy': STRICT_CSP,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${server.address().port}`;
}

async function checkBrowserFlow(dir, expectedReact) {
  await closeBrowserAndServer();
  const origin = await serve(dir);
  const { chromium } = await import('playwright');
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);

  const consoleErrors = [];
  const foreign = [];
  const local = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`)) local.push(url.slice(origin.length));
    else if (!/^(data|blob):/.test(url)) foreign.push(url);
  });
  // Safety net: nothing may actually leave, whatever the assertions say.
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );

  await page.goto(`${origin}/`);
  const root = page.locator('[data-step]');
  await page.locator('[data-step="phone"]').waitFor();
  const themed = await page.evaluate(() => {
    const element = document.querySelector('.s2fa');
    return element ? getComputedStyle(element).getPropertyValue('--s2fa-font-size').trim() : '';
  });
  assert(themed !== '', 'styles.css is not applied (no --s2fa-font-size on .s2fa)');
  // The phone step arrives as a lazy chunk just after the first paint.
  await page.getByLabel('Country').waitFor({ timeout: 10_000 });

  const phone = page.getByLabel('Phone number');
  await phone.click();
  await phone.pressSequentially('2015550123');
  await page.getByRole('button', { name: 'Text me a code' }).click();

  const codeField = page.getByLabel('Verification code');
  await codeField.waitFor();
  assert((await root.getAttribute('data-step')) === 'code', 'not on the code step');
  const sent = await page.evaluate(() => {
    const { mock } = window.consumer;
    return { code: mock.lastCode, to: mock.sentMessages.map((m) => m.to) };
  });
  assert(sent.code === '123456', `mock sent ${sent.code}, expected 123456`);

  await codeField.click();
  await codeField.pressSequentially(sent.code);
  const playing = page.getByTestId('playing');
  try {
    await playing.waitFor({ timeout: 2_000 });
  } catch {
    // No auto-submit at full length: use the form's button.
    await page.getByRole('button', { name: 'Verify' }).click();
    await playing.waitFor();
  }
  assert(
    (await playing.textContent())?.includes('123456'),
    'verified children did not get the code',
  );
  assert((await root.getAttribute('data-step')) === 'verified', 'root is not data-step=verified');

  const probe = await page.evaluate(() => ({
    react: window.consumer.react,
    verified: window.consumer.verified,
    errors: window.consumer.errors,
    requests: window.consumer.mock.requests.map((r) => `${r.method} ${r.url} ${r.body ?? ''}`),
    auth: window.consumer.mock.requests.map((r) => r.headers.authorization),
  }));
  const endpoint = `${API_BASE}v2/watch/content/screeners/${encodeURIComponent(SCREENER_KEY)}/2fa`;
  assert(
    JSON.stringify(probe.requests) ===
      JSON.stringify([
        `POST ${endpoint} {"phone":2015550123,"country_code":1}`,
        `GET ${endpoint} `,
      ]),
    `unexpected mock requests (StrictMode must not double them):\n${probe.requests.join('\n')}`,
  );
  assert(
    probe.auth.every((a) => a === 'Bearer demo-api-key'),
    `authorization headers: ${probe.auth}`,
  );
  assert(expectedReact.test(probe.react), `the page ran React ${probe.react}`);
  assert(JSON.stringify(probe.verified) === '["123456"]', `onVerified calls: ${probe.verified}`);
  assert(probe.errors.length === 0, `onError calls: ${probe.errors.join(', ')}`);
  assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  assert(foreign.length === 0, `requests to other origins:\n${foreign.join('\n')}`);
  const csp = await page.evaluate(() => ({
    violations: window.__cspViolations ?? [],
    inlineStyles: document.querySelectorAll('[style]').length,
    styleTags: document.querySelectorAll('style').length,
  }));
  assert(csp.violations.length === 0, `CSP violations: ${csp.violations.join(', ')}`);
  assert(csp.inlineStyles === 0 && csp.styleTags === 0, `inline styles: ${JSON.stringify(csp)}`);
  await context.close();
  return `React ${probe.react}; ${local.length} requests, all to ${origin}, strict CSP, no violation; SMS to ${sent.to.join(', ')}`;
}

/**
 * #13.1–3 against the packed dist in Chromium: a screener switch drops the verified state, a
 * hanging token getter and a hanging code check each end in TIMEOUT with the gate usable.
 */
async function checkLifecycle() {
  await closeBrowserAndServer();
  await viteBuild('lifecycle.html', 'dist-lifecycle');
  const origin = await serve('dist-lifecycle');
  const { chromium } = await import('playwright');
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ locale: 'en-US' });
  const consoleErrors = [];
  const open = async (scenario) => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => consoleErrors.push(`${scenario}: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${scenario}: ${msg.text()}`);
    });
    await page.goto(`${origin}/lifecycle.html?scenario=${scenario}`);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    return page;
  };
  const requestsOf = (page) =>
    page.evaluate(() => window.lifecycle.mock.requests.map((r) => `${r.method} ${r.url}`));

  // 1. Verified on A, then the route switches to B: B's first step, not A's player.
  let page = await open('identity');
  await page.getByLabel('Verification code').pressSequentially('123456');
  await page.getByTestId('playing').waitFor();
  await page.getByRole('button', { name: 'Open screener B' }).click();
  await page.locator('[data-step="send"]').waitFor();
  assert((await page.getByTestId('playing').count()) === 0, 'B shows the player of A');
  const identityRequests = await requestsOf(page);
  assert(identityRequests.length === 1, `requests: ${identityRequests.join(', ')}`);

  // 2. A token getter that never settles: TIMEOUT, nothing sent, the button usable again.
  page = await open('token');
  await page.locator('[role="alert"][data-status-code="TIMEOUT"]').waitFor();
  assert((await requestsOf(page)).length === 0, 'a request went out without a token');
  assert(
    await page.getByRole('button', { name: 'Text me a code' }).isEnabled(),
    'the send button stays disabled after the getter timed out',
  );

  // 3. A code check that never settles: its own TIMEOUT, "Use a different number" usable.
  page = await open('check');
  await page.getByLabel('Verification code').pressSequentially('123456');
  await page.locator('[role="alert"][data-status-code="TIMEOUT"]').waitFor();
  assert(
    await page.getByRole('button', { name: 'Use a different number' }).isEnabled(),
    '"Use a different number" is disabled after the check timed out',
  );
  assert(await page.getByRole('button', { name: 'Verify' }).isEnabled(), 'Verify is disabled');
  assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  await context.close();
  return 'screener switch restarts; getter and code-check hangs end in TIMEOUT after 500 ms';
}

/**
 * #15 against the packed dist in Chromium: the country search chunk arrives on the first press
 * of the country control; "uk" then Enter picks the UK without a request, and 07400 123456
 * goes out as +44.
 */
async function checkCountrySearch(dir) {
  await closeBrowserAndServer();
  const origin = await serve(dir);
  const { chromium } = await import('playwright');
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const consoleErrors = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${origin}/`);
  const country = page.getByLabel('Country');
  await country.waitFor();
  // The first-time path must not pay for the search until the viewer reaches the control.
  assert(!fetched.some((p) => /country-combobox/.test(p)), 'search chunk fetched on load');
  assert((await country.evaluate((el) => el.tagName)) === 'SELECT', 'no select before the chunk');
  await country.click();
  const search = page.getByRole('combobox', { name: 'Country' });
  await page.locator('input[role="combobox"]').waitFor();
  await page.getByRole('listbox').waitFor();
  assert(
    fetched.some((p) => /country-combobox/.test(p)),
    'search chunk not fetched on press',
  );
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('uk');
  await page.keyboard.press('Enter');
  assert((await search.inputValue()) === 'United Kingdom', `picked ${await search.inputValue()}`);
  const early = await page.evaluate(() => window.consumer.mock.requests.length);
  assert(early === 0, `${early} request(s) after Enter in the list`);
  await page.getByLabel('Phone number').pressSequentially('07400 123456');
  await page.getByRole('button', { name: 'Text me a code' }).click();
  await page.getByLabel('Verification code').waitFor();
  const bodies = await page.evaluate(() => window.consumer.mock.requests.map((r) => r.body));
  assert(
    bodies[0] === '{"phone":7400123456,"country_code":44}',
    `first request body: ${bodies[0]}`,
  );
  assert(consoleErrors.length === 0, `page errors:\n${consoleErrors.join('\n')}`);
  await context.close();
  return 'chunk fetched on the press, not on load; uk + Enter sends nothing; +44 sent';
}

// ---------------------------------------------------------------------------------------

async function main() {
  console.log('consumer test: packed screener-2fa-gate in a throwaway app');
  await ensureBuilt();
  await writeApp();
  const packedOk = await check(
    'npm pack + extract into .consumer-tmp/node_modules',
    packAndExtract,
  );
  if (!packedOk) {
    for (const name of [
      'tarball',
      'source maps',
      'node ssr',
      'types x3',
      'vite build',
      'main-only',
      'browser',
      'react 18 build',
      'react 18 browser',
    ]) {
      skip(name, 'no tarball');
    }
    return;
  }
  await check(
    'tarball holds only dist/, package.json, README, LICENSE; exports resolve',
    checkTarball,
  );
  await check('packed JS has no sourceMappingURL to an unpacked file', checkSourceMapComments);
  await check('plain Node ESM: import + server render from the tarball', checkNodeSsr);
  await checkTypes();
  const built = await check('vite build of the app (gate + mock + styles.css)', checkAppBuild);
  await check('main entry bundle (no /mock import) contains no mock code', checkMainOnly);
  if (built) {
    await check(
      'chromium: phone -> code -> verified on the mock; no console error, no foreign request',
      () => checkBrowserFlow('dist-app', /^19\./),
    );
    await check(
      'chromium: identity change, hanging token getter, hanging code check (#13.1-3)',
      checkLifecycle,
    );
    await check('chromium: country search, "uk" + Enter picks, +44 sent (#15)', () =>
      checkCountrySearch('dist-app'),
    );
  } else {
    skip('chromium flow', 'app build failed');
    skip('chromium lifecycle', 'app build failed');
    skip('chromium country search', 'app build failed');
  }
  const built18 = await check(
    'vite build of the same app on React 18.3 (scripts/react18 lock)',
    checkReact18Build,
  );
  if (built18) {
    await check('chromium on React 18.3: the same flow, same assertions', () =>
      checkBrowserFlow('dist-app-react18', /^18\.3\./),
    );
  } else {
    skip('chromium flow on React 18.3', 'React 18 build failed');
  }
}

let exitCode = 1;
try {
  await main();
  exitCode = results.every((r) => r.ok) && results.length > 0 ? 0 : 1;
} catch (error) {
  console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
} finally {
  await cleanup();
  const passed = results.filter((r) => r.ok).length;
  console.log(`consumer test took ${ms(started)}`);
  // Alone on its line, in the form CI reads as a test count.
  console.log(`consumer: ${passed} passed, ${results.length - passed} failed`);
}
process.exit(exitCode);
