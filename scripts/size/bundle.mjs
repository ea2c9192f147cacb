// Bundles one "subject" (a tiny virtual entry) with esbuild and describes every output chunk:
// its minified and gzipped size, what it imports (statically or lazily), and what went into it.
// Every subject is built with the same options, so the figures compare like with like.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

// Level 9, like the size tools people quote figures from; each file is compressed on its own,
// as a server sends it.
export const GZIP_LEVEL = 9;

function gzipSize(bytes) {
  return gzipSync(bytes, { level: GZIP_LEVEL }).length;
}

// The host page ships React itself; neither we nor the peers pay for it.
const REACT_EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime', 'react/*', 'react-dom/*'];

const ENTRY_NAMESPACE = 'size-entry';

/** Resolves `size-entry:<name>` to the given source, as if it were a file in `resolveDir`. */
function virtualEntries(sources, resolveDir) {
  return {
    name: 'size:virtual-entries',
    setup(build) {
      build.onResolve({ filter: /^size-entry:/ }, (args) => ({
        path: args.path.slice(ENTRY_NAMESPACE.length + 1),
        namespace: ENTRY_NAMESPACE,
      }));
      build.onLoad({ filter: /.*/, namespace: ENTRY_NAMESPACE }, (args) => ({
        contents: sources[args.path],
        resolveDir,
        loader: 'js',
      }));
    },
  };
}

/**
 * esbuild cannot expand Vite's `import.meta.glob`; we bundle Vite's output, where it is already
 * expanded into one `import()` per file. If it ever reaches us, the figures would silently miss
 * the lazy chunks, so stop instead.
 */
function refuseImportMetaGlob(distDir) {
  return {
    name: 'size:refuse-import-meta-glob',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
        if (!args.path.startsWith(distDir + path.sep)) return undefined;
        const contents = readFileSync(args.path, 'utf8');
        if (!contents.includes('import.meta.glob')) return undefined;
        return {
          errors: [
            { text: `${args.path} still contains import.meta.glob: is dist/ a Vite build?` },
          ],
        };
      });
    },
  };
}

/** Makes the chosen dist files external (the own-code figure leaves the rule zones out). */
function externalDistFiles(distDir, isExternal) {
  return {
    name: 'size:external-dist-files',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        if (path.dirname(resolved) !== distDir || !isExternal(path.basename(resolved))) {
          return undefined;
        }
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Builds `source` (the entry's text, resolved from `resolveDir`) into `outdir` and returns
 * `{ entry, chunks }`: `chunks` maps each output file (relative to `root`) to its description.
 *
 * @param options.packagesExternal - leave every npm package out (the own-code figure)
 * @param options.external - more import specifiers to leave out (a peer's dependencies)
 * @param options.externalDistFile - `(basename) => boolean`: dist files to leave out
 */
export async function bundleSubject({
  name,
  source,
  root,
  resolveDir,
  outdir,
  distDir,
  ...options
}) {
  rmSync(outdir, { recursive: true, force: true });
  const plugins = [virtualEntries({ [name]: source }, resolveDir), refuseImportMetaGlob(distDir)];
  if (options.externalDistFile) plugins.push(externalDistFiles(distDir, options.externalDistFile));
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { [name]: `${ENTRY_NAMESPACE}:${name}` },
    outdir,
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    metafile: true,
    write: true,
    external: [...REACT_EXTERNALS, ...(options.external ?? [])],
    packages: options.packagesExternal ? 'external' : undefined,
    loader: { '.json': 'json' },
    // Libraries keep development-only checks behind this; an app build always sets it.
    define: { 'process.env.NODE_ENV': '"production"' },
    // Licence comments are not code; hosts strip or extract them, and it is the same for peers.
    legalComments: 'none',
    // Peers' "use client" directives make esbuild warn; errors still stop the build.
    logLevel: 'error',
    plugins,
  });
  mkdirSync(outdir, { recursive: true });
  writeFileSync(path.join(outdir, 'metafile.json'), JSON.stringify(result.metafile, null, 2));

  const chunks = new Map();
  let entry;
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    const bytes = readFileSync(path.join(root, file));
    const imports = output.imports.filter((imported) => !imported.external);
    chunks.set(file, {
      file,
      bytes: bytes.length,
      gzip: gzipSize(bytes),
      staticImports: imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      dynamicImports: imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
      inputs: Object.keys(output.inputs),
      // For a lazy chunk, the module its import() loads (even when the code moved to a shared
      // chunk and this one only re-exports it).
      entryPoint: output.entryPoint,
    });
    if (output.entryPoint === `${ENTRY_NAMESPACE}:${name}`) entry = file;
  }
  if (!entry) throw new Error(`esbuild produced no entry chunk for ${name}`);
  return { entry, chunks };
}
