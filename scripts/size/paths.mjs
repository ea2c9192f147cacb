// Which output chunks a viewer's browser downloads on each path through the gate. A size tool
// that sums every chunk of an entry would count all nine rule zones; a viewer loads one.
import path from 'node:path';

// Modules only the phone step needs: a returning viewer (`phoneRegistered`) never loads them.
const PHONE_SOURCES =
  /^src\/(phone\/|components\/(phone-step|country-picker|phone-example)\.tsx$|hooks\/use-phone-metadata\.ts$)/;
// The same, when only a chunk's name is known (a minified build without source maps).
const PHONE_CHUNK_NAMES =
  /^\?\/(phone-step|country-picker|phone-example|use-phone-metadata|rules|examples|encode|confirm|metadata|bound|text|countries)$/;
const SEND_STEP = /^(src\/components|\?)\/send-step(\.tsx)?$/;
// libphonenumber-js ships its JSON both as .json and as an ES module (.json.js).
const FULL_RULES = /node_modules\/libphonenumber-js\/metadata\.[a-z]+\.json(\.js)?$/;
const EXAMPLES_DATA = /node_modules\/libphonenumber-js\/examples\.[a-z]+\.json(\.js)?$/;

function packageOf(input) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

/** Adds what a chunk is made of (dist files, their src modules, packages) to its record. */
export function describeChunks(chunks, dist, distDir, root) {
  for (const chunk of chunks.values()) {
    const inDist = (input) => path.dirname(path.resolve(root, input)) === distDir;
    const distFiles = chunk.inputs.filter(inDist).map((input) => path.basename(input));
    // A lazy chunk is what its import() loads: classify it by that module too, since esbuild
    // may move the code into a shared chunk and leave only re-exports here.
    const entry =
      chunk.entryPoint && !chunk.entryPoint.includes(':') ? chunk.entryPoint : undefined;
    const entryFile = entry && inDist(entry) ? path.basename(entry) : undefined;
    const ownFiles = [...new Set([...distFiles, ...(entryFile ? [entryFile] : [])])];
    const inputs = [...chunk.inputs, ...(entry ? [entry] : [])];
    const packages = [...new Set(chunk.inputs.map(packageOf).filter(Boolean))].sort();
    const sources = [...new Set(ownFiles.flatMap((file) => dist.files.get(file)?.sources ?? []))];
    const rulesZone = ownFiles.map((file) => dist.files.get(file)?.rulesZone).find(Boolean);
    const phoneData =
      ownFiles.length > 0 && ownFiles.every((file) => dist.files.get(file)?.phoneData)
        ? ownFiles.map((file) => dist.files.get(file).phoneData).join(', ')
        : undefined;
    // The name of the whole-metadata JSON in the chunk (`metadata.max.json`), if any.
    const fullRules = inputs
      .find((input) => FULL_RULES.test(input))
      ?.replace(/^.*\/(metadata\.[a-z]+\.json).*$/, '$1');
    const examples =
      inputs.some((input) => EXAMPLES_DATA.test(input)) ||
      sources.includes('src/phone/examples.ts') ||
      sources.includes('?/examples');
    const libphonenumber = packages.includes('libphonenumber-js');
    Object.assign(chunk, {
      distFiles,
      facadeOf: distFiles.length === 0 && chunk.inputs.length === 0 ? entry : undefined,
      packages,
      sources,
      rulesZone,
      phoneData,
      fullRules,
      examples,
      libphonenumber,
      phoneOnly:
        Boolean(rulesZone) ||
        Boolean(fullRules) ||
        examples ||
        libphonenumber ||
        sources.some((source) => PHONE_SOURCES.test(source) || PHONE_CHUNK_NAMES.test(source)),
      sendOnly:
        packages.length === 0 &&
        sources.length > 0 &&
        sources.every((source) => SEND_STEP.test(source)),
    });
  }
}

/** One line saying what is in a chunk, for the report. */
export function chunkLabel(chunk) {
  if (chunk.rulesZone) return `rules zone ${chunk.rulesZone}`;
  if (chunk.phoneData) return `numbering data generated from libphonenumber-js: ${chunk.phoneData}`;
  const parts = [];
  if (chunk.facadeOf) {
    parts.push(`re-exports ${path.basename(chunk.facadeOf)}, whose code sits in shared chunks`);
  }
  if (chunk.fullRules) parts.push(`libphonenumber-js/${chunk.fullRules} (rules of every country)`);
  if (chunk.distFiles.length > 0) parts.push(`dist: ${chunk.distFiles.join(', ')}`);
  const modules = [
    ...new Set(
      chunk.sources.map((source) => (source.startsWith('?/') ? source : path.basename(source))),
    ),
  ];
  if (modules.length > 0 && modules.length <= 8) parts.push(`src: ${modules.join(', ')}`);
  else if (modules.length > 8)
    parts.push(`src: ${modules.slice(0, 8).join(', ')} +${modules.length - 8}`);
  const packages = chunk.packages.filter(
    (name) => !(chunk.fullRules && name === 'libphonenumber-js'),
  );
  if (packages.length > 0) parts.push(`deps: ${packages.join(', ')}`);
  // A chunk without inputs holds esbuild's own helpers, shared by the chunks that need them.
  return parts.join('; ') || chunk.inputs.join(', ') || 'esbuild runtime helpers';
}

/**
 * Walks from the entry: every static import is downloaded with its importer; `decide(chunk)`
 * says whether the path also triggers a lazy `import()` (`{ include, reason }`).
 *
 * @returns `{ included: Map<file, reason>, skipped: Map<file, reason>, min, gzip }`
 */
export function walkPath(chunks, entry, decide) {
  const included = new Map();
  const skipped = new Map();
  const addWithStaticImports = (start, reason) => {
    const stack = [[start, reason]];
    while (stack.length > 0) {
      const [file, why] = stack.pop();
      if (included.has(file)) continue;
      included.set(file, why);
      skipped.delete(file);
      for (const imported of chunks.get(file).staticImports) {
        stack.push([imported, `static import of ${path.basename(file)}`]);
      }
    }
  };
  addWithStaticImports(entry, 'entry');
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of [...included.keys()]) {
      for (const target of chunks.get(file).dynamicImports) {
        if (included.has(target) || skipped.has(target)) continue;
        const decision = decide(chunks.get(target));
        if (decision.include) {
          addWithStaticImports(target, `import() in ${path.basename(file)}: ${decision.reason}`);
          grew = true;
        } else {
          skipped.set(target, decision.reason);
        }
      }
    }
  }
  let min = 0;
  let gzip = 0;
  for (const file of included.keys()) {
    min += chunks.get(file).bytes;
    gzip += chunks.get(file).gzip;
  }
  return { included, skipped, min, gzip };
}

/** First visit: phone step with the +1 rules and the example hint, then the code step. */
export function firstTimeDecider(chunks, callingCode) {
  const hasZones = [...chunks.values()].some((chunk) => chunk.rulesZone);
  // A calling code's zone is its first digit (+1 is zone 1, +44 zone 4).
  const zone = callingCode.charAt(0);
  return (chunk) => {
    if (chunk.rulesZone === zone) {
      return { include: true, reason: `rules zone ${zone} (holds +${callingCode})` };
    }
    if (chunk.rulesZone) return { include: false, reason: `rules zone ${chunk.rulesZone}` };
    if (chunk.fullRules) {
      return hasZones
        ? { include: false, reason: `all numbering rules: zone ${zone} is enough` }
        : { include: true, reason: 'all numbering rules (dist has no rule zones)' };
    }
    if (chunk.sendOnly) return { include: false, reason: 'send step: returning viewers only' };
    if (chunk.examples) return { include: true, reason: 'example numbers for the hint' };
    return { include: true, reason: 'lazy chunk of the phone or code step' };
  };
}

/** Returning viewer (`phoneRegistered`): send step, then code step; no phone entry. */
export function returningDecider() {
  return (chunk) => {
    if (chunk.rulesZone) return { include: false, reason: `rules zone ${chunk.rulesZone}` };
    if (chunk.phoneOnly) return { include: false, reason: 'phone entry only' };
    return { include: true, reason: 'lazy chunk of the send or code step' };
  };
}
