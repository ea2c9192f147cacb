import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Where global-setup.ts copies app/: inside the repository, so react, react-dom, react-query,
 * react-hook-form and libphonenumber-js resolve from its node_modules by walking up, while
 * screener-2fa-gate is the packed tarball in .consumer-tmp/node_modules. Gitignored; left in
 * place after a run for debugging, replaced at the next.
 */
export const app = path.join(repo, '.consumer-tmp');
export const pkgDir = path.join(app, 'node_modules/screener-2fa-gate');
/** React 18.3 from scripts/react18/'s own lock: it cannot sit beside React 19 in ours. */
export const react18Modules = path.join(app, 'react18/node_modules');
/** `npm pack --json`'s file list, written by global-setup.ts. */
export const packInfo = path.join(app, 'pack.json');
