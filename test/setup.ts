import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

afterEach(() => {
  cleanup();
});

// The phone step is a lazy chunk in the gate. Loaded once here, it renders synchronously, so
// tests can query it right after render() as a viewer on a warm page would see it.
// The phone runtime and the +1 rules are lazy too: loading them once here keeps a test's
// first validation from waiting on Vite's first transform of those chunks.
beforeAll(async () => {
  const { preloadPhoneStep } = await import('../src/components/lazy-phone-step');
  const { loadPhoneRuntime } = await import('../src/phone/load-runtime');
  await preloadPhoneStep();
  await (await loadPhoneRuntime()).loadPhoneRulesFor('', 'US');
});
