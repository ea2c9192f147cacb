import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

afterEach(() => {
  cleanup();
});

// The phone runtime and the +1 rules are lazy chunks: loading them once here keeps a test's
// first validation from waiting on Vite's first transform of those chunks.
beforeAll(async () => {
  const { loadPhoneRuntime } = await import('../src/phone/load-runtime');
  await (await loadPhoneRuntime()).loadPhoneRulesFor('', 'US');
});
