import { defineConfig } from 'rolldown';
import { dts } from 'rolldown-plugin-dts';

/**
 * Bundles the type declarations into one `.d.ts` per entry point, so they resolve under
 * every TypeScript module setting (node16 needs explicit extensions per-file output lacks).
 */
export default defineConfig({
  input: {
    index: 'src/index.ts',
    mock: 'src/mock/index.ts',
    'messages/ar': 'src/locales/ar.ts',
    'messages/fr': 'src/locales/fr.ts',
  },
  output: { dir: 'dist' },
  external: [
    /^react($|\/)/,
    /^react-dom($|\/)/,
    /^@tanstack\//,
    /^react-hook-form/,
    /^libphonenumber-js/,
  ],
  plugins: [dts({ tsconfig: './tsconfig.build.json', emitDtsOnly: true })],
});
