// What each file of the Vite library build is: which src/ modules it came from, and which files
// are numbering-rule zones (one per first digit of the calling code, from import.meta.glob). esbuild's metafile only
// names dist files, so this is how a chunk is told apart by content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Vite names a glob chunk after its file: `zones/zone-1.json` becomes `zone-1-<hash>.js`.
const ZONE_FILE = /^zone-(\d)-[\w-]{6,}\.js$/;
// The expanded glob in the chunk that loads zones:
// `"./zones/zone-1.json": () => import("./zone-1-x.js")`.
const ZONE_IMPORT =
  /["']\.\/zones\/zone-(\d)\.json["']\s*:\s*\(\)\s*=>\s*import\(\s*["']\.\/([^"']+)["']/g;
// An unminified Rolldown build starts each module with `// src/phone/rules.ts` (or `//#region`).
const MODULE_COMMENT = /^\/\/(?:#region)? (src\/\S+)$/gm;
// Generated libphonenumber-js data that is not a zone (the calling-code table).
const PHONE_DATA = /^src\/phone\/data\/[\w-]+\.json$/;
// Vite's chunk names: `<first module's name>-<8-character hash>.js`.
const CHUNK_HASH = /-[\w-]{8}\.js$/;

/**
 * The src/ modules a dist file holds, best source first: its source map; else the module
 * comments of an unminified build; else only the chunk's name, as `?/<name>` (`?/phone-step`).
 */
function sourcesOf(distDir, packageDir, name, text) {
  const mapFile = path.join(distDir, `${name}.map`);
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    const base = path.resolve(distDir, map.sourceRoot ?? '');
    return {
      sources: (map.sources ?? []).map((source) =>
        path.relative(packageDir, path.resolve(base, source)).split(path.sep).join('/'),
      ),
      guessed: false,
    };
  }
  const commented = [...text.matchAll(MODULE_COMMENT)].map((match) => match[1]);
  if (commented.length > 0) return { sources: commented, guessed: false };
  return { sources: [`?/${name.replace(CHUNK_HASH, '').replace(/\.js$/, '')}`], guessed: true };
}

/**
 * @returns `{ files: Map<basename, { sources, guessed, rulesZone?, phoneData? }> }`, sources
 *   relative to the package that was built (`src/phone/rules.ts`), wherever dist/ sits.
 *   `phoneData` names a file made only of generated numbering data (`calling-codes`): a file
 *   that also holds code is ours and is never counted as data.
 */
export function readDist(distDir, root) {
  const packageDir = path.dirname(distDir);
  if (!existsSync(path.join(distDir, 'index.js'))) {
    throw new Error(
      `${path.relative(root, distDir)}/index.js is missing: run \`npm run build\` first`,
    );
  }
  const files = new Map();
  const names = readdirSync(distDir).filter((name) => /\.[cm]?js$/.test(name));
  const texts = new Map(
    names.map((name) => [name, readFileSync(path.join(distDir, name), 'utf8')]),
  );
  for (const name of names) {
    const rulesZone = ZONE_FILE.exec(name)?.[1];
    const { sources, guessed } = rulesZone
      ? { sources: [], guessed: false }
      : sourcesOf(distDir, packageDir, name, texts.get(name));
    const phoneData =
      sources.length > 0 && sources.every((source) => PHONE_DATA.test(source))
        ? sources.map((source) => path.basename(source, '.json')).join(', ')
        : undefined;
    files.set(name, { sources, guessed, rulesZone, phoneData });
  }
  // The glob's own table is the authority; the file-name pattern covers a renamed chunk scheme.
  for (const name of names) {
    for (const [, code, target] of texts.get(name).matchAll(ZONE_IMPORT)) {
      const file = files.get(path.basename(target));
      if (file) file.rulesZone = code;
    }
  }
  return { files };
}

/** Newest modification time under `dir` (recursively), to warn about a stale dist/. */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}
