import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

afterEach(() => {
  cleanup();
});

// The phone step is a lazy chunk in the gate. Loaded once here, it renders synchronously, so
// tests can query it right after render() as a viewer on a warm page would see it.
beforeAll(async () => {
  const { preloadPhoneStep } = await import('../src/components/lazy-phone-step');
  await preloadPhoneStep();
});
