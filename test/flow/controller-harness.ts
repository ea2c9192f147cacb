/** The controller without React, on a recording fake fetcher and a fresh QueryClient. */
import { QueryClient } from '@tanstack/query-core';
import { vi } from 'vitest';
import { createTwoFactorController } from '../../src/flow/controller';
import type { TwoFactorControllerConfig } from '../../src/flow/controller-types';
import { recordingFetcher, type Step } from '../api/fake-fetcher';

export function setup(script: Step[], overrides: Partial<TwoFactorControllerConfig> = {}) {
  const { fetcher, calls } = recordingFetcher(...script);
  const config: TwoFactorControllerConfig = {
    screenerKey: 'abc',
    baseUrl: 'https://api.example.test',
    auth: { type: 'apiKey', apiKey: 'k' },
    fetcher,
    onCodeSubmit: vi.fn(),
    onError: vi.fn(),
    queryClient: new QueryClient(),
    ...overrides,
  };
  const controller = createTwoFactorController(config);
  return { controller, calls, config };
}

export const flush = () => vi.advanceTimersByTimeAsync(0);
