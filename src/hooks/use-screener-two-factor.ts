import {
  type QueryClient,
  QueryClient as QueryClientClass,
  QueryClientContext,
} from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createTwoFactorController } from '../flow/controller';
import type { TwoFactorController, TwoFactorControllerConfig } from '../flow/controller-types';
import { gateIdentity } from '../flow/identity';
import type { TwoFactorSnapshot } from '../flow/snapshot';

/** Options of {@link useScreenerTwoFactor}; the component's props are a superset. */
export interface UseScreenerTwoFactorOptions
  extends Omit<TwoFactorControllerConfig, 'queryClient'> {
  /** @defaultValue the nearest `QueryClientProvider`'s client, else a private one */
  queryClient?: QueryClient;
}

/** What {@link useScreenerTwoFactor} returns: the derived snapshot and the actions. */
export interface ScreenerTwoFactor
  extends TwoFactorSnapshot,
    Pick<TwoFactorController, 'submitPhone' | 'requestCode' | 'submitCode' | 'changeNumber'> {
  /**
   * Counts identity changes (screener, base URL, auth scheme). Each one starts the flow over;
   * a view keys its forms by it so no entry of the old screener survives.
   */
  generation: number;
}

interface Bound {
  identity: string;
  generation: number;
  controller: TwoFactorController;
}

/**
 * The headless gate: subscribes to a {@link createTwoFactorController} bound to the current
 * screener, base URL and auth scheme. Sends nothing on mount; each action sends at most one
 * request. A change of identity replaces the controller in the same render, so nothing of
 * the old screener (a verified code, a pending request) reaches the new one.
 */
export function useScreenerTwoFactor(options: UseScreenerTwoFactorOptions): ScreenerTwoFactor {
  const contextClient = useContext(QueryClientContext);
  // Created only when neither the prop nor a provider gives one, and kept from then on, so a
  // host removing its `queryClient` prop gets a working private client, not a crash.
  const privateClient = useRef<QueryClient | null>(null);
  if (!options.queryClient && !contextClient && !privateClient.current) {
    privateClient.current = new QueryClientClass();
  }
  const queryClient = (options.queryClient ??
    contextClient ??
    privateClient.current) as QueryClient;
  const config: TwoFactorControllerConfig = { ...options, queryClient };

  const identity = gateIdentity(options);
  const [bound, setBound] = useState<Bound>(() => ({
    identity,
    generation: 0,
    controller: createTwoFactorController(config),
  }));
  let current = bound;
  if (bound.identity !== identity) {
    // Replaced during render (React's "adjust state while rendering"): this render already
    // shows the new screener's first step, never the old one's result.
    current = {
      identity,
      generation: bound.generation + 1,
      controller: createTwoFactorController(config),
    };
    setBound(current);
  }
  const { controller, generation } = current;

  useEffect(() => controller.update(config));
  useEffect(() => controller.mount(), [controller]);
  const snapshot = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
    controller.getSnapshot,
  );

  return useMemo(
    () => ({
      ...snapshot,
      generation,
      submitPhone: controller.submitPhone,
      requestCode: controller.requestCode,
      submitCode: controller.submitCode,
      changeNumber: controller.changeNumber,
    }),
    [snapshot, generation, controller],
  );
}
