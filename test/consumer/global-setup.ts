import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { app, packInfo, pkgDir, react18Modules, repo } from './paths';

const run = promisify(execFile);
const sh = (file: string, args: string[], cwd = repo) =>
  run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });

/** Builds dist/ when it is missing or older than src/, so a stale build is never tested. */
async function ensureBuilt() {
  const built = await stat(path.join(repo, 'dist/index.js')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = await readdir(path.join(repo, 'src'), { recursive: true, withFileTypes: true });
  for (const entry of sources.filter((e) => e.isFile())) {
    if ((await stat(path.join(entry.parentPath, entry.name))).mtimeMs > built) {
      await sh('npm', ['run', 'build', '--silent']);
      return;
    }
  }
}

async function packAndExtract() {
  const dir = await mkdtemp(path.join(tmpdir(), 'screener-2fa-gate-pack-'));
  try {
    const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', dir]);
    const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    await mkdir(pkgDir, { recursive: true });
    await sh('tar', ['-xzf', path.join(dir, info.filename), '-C', pkgDir, '--strip-components=1']);
    await writeFile(packInfo, JSON.stringify(info));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function installReact18() {
  const dir = path.dirname(react18Modules);
  await cp(path.join(repo, 'scripts/react18'), dir, { recursive: true });
  await sh('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], dir);
}

/** A production build of one page; with `reactModules`, every react/react-dom import (ours and
 * react-query's included) gets that copy instead of the repository's. */
async function viteBuild(input: string, outDir: string, reactModules?: string) {
  await build({
    configFile: false,
    root: app,
    logLevel: 'error',
    plugins: [react()],
    resolve: reactModules
      ? {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${reactModules}/react-dom$1` },
            { find: /^react(\/.*)?$/, replacement: `${reactModules}/react$1` },
          ],
        }
      : {},
    build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input } },
  });
}

export default async function globalSetup() {
  await ensureBuilt();
  await rm(app, { recursive: true, force: true });
  await cp(path.join(repo, 'test/consumer/app'), app, { recursive: true });
  await packAndExtract();
  // Independent, and mostly waiting on the disk or the network: run them together.
  await Promise.all([
    viteBuild('index.html', 'dist-app'),
    viteBuild('main-only.html', 'dist-main-only'),
    viteBuild('lifecycle.html', 'dist-lifecycle'),
    installReact18().then(() => viteBuild('index.html', 'dist-app-react18', react18Modules)),
  ]);
}
