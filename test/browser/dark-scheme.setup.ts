// Setup of the `storybook-dark` project: every story runs again under prefers-color-scheme:
// dark, so axe checks the dark palette's contrast. Fails loudly if the emulation is lost,
// rather than passing the light palette twice.
import { beforeAll } from 'vitest';

beforeAll(() => {
  if (!window.matchMedia('(prefers-color-scheme: dark)').matches) {
    throw new Error('storybook-dark: the browser context does not prefer a dark colour scheme');
  }
});
