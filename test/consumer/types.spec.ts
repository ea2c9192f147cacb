// The app's sources type-checked against the packed declarations, strict and without
// skipLibCheck, as a careful consumer's build would.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { app, repo } from './paths';

const run = promisify(execFile);
// tsc's incremental state outlives .consumer-tmp/, so unchanged libraries are not rechecked.
const cache = path.join(repo, 'node_modules/.cache/screener-2fa-gate-consumer');

/** The program's files from the package, and which React types it used. */
async function typecheck(config: string) {
  await mkdir(cache, { recursive: true });
  const buildInfo = path.join(cache, config.replace(/json$/, 'tsbuildinfo'));
  const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
  const args = [tsc, '-p', config, '--listFiles', '--incremental', '--tsBuildInfoFile', buildInfo];
  const { stdout } = await run(process.execPath, args, { cwd: app }).catch((error) => {
    throw new Error(`tsc -p ${config} failed:\n${error.stdout}${error.stderr}`);
  });
  const files = stdout.split('\n').filter(Boolean);
  const ours = files
    .filter((f) => f.includes('/.consumer-tmp/node_modules/screener-2fa-gate/'))
    .map((f) => path.basename(f));
  const reactTypes = new Set(files.map((f) => /\/@types\/(react(?:-18)?)\//.exec(f)?.[1]));
  reactTypes.delete(undefined);
  return { ours, reactTypes: [...reactTypes] };
}

const declarations = expect.arrayContaining(['index.d.ts', 'mock.d.ts']);

test('strict, moduleResolution bundler, React 19 types', async () => {
  const { ours, reactTypes } = await typecheck('tsconfig.json');
  expect(ours).toEqual(declarations);
  expect(reactTypes).toEqual(['react']);
});

test('strict, moduleResolution node16 (an ESM app)', async () => {
  const { ours, reactTypes } = await typecheck('tsconfig.node16.json');
  expect(ours).toEqual(declarations);
  expect(reactTypes).toEqual(['react']);
});

test('strict, React 18.3 types (@types/react-18 via paths)', async () => {
  const { ours, reactTypes } = await typecheck('tsconfig.react18.json');
  expect(ours).toEqual(declarations);
  expect(reactTypes, 'only the 18.x types in the program').toEqual(['react-18']);
  const types = path.join(repo, 'node_modules/@types/react-18/package.json');
  expect(JSON.parse(await readFile(types, 'utf8')).version).toMatch(/^18\.3\./);
});
