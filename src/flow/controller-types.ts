import type { QueryClient } from '@tanstack/query-core';
import type { TwoFactorError } from '../api/errors';
import type { Fetcher, TwoFactorAuth } from '../api/types';
import type { PhoneCheck } from '../phone/confirm';
import type { PhoneDraft } from '../phone/types';
import type { TwoFactorSnapshot } from './snapshot';

/** What the host's code check receives besides the code. */
export interface CodeCheckContext {
  /** Aborted when the check no longer matters (timeout, new code, other number, unmount). */
  signal: AbortSignal;
}

/** Everything a {@link TwoFactorController} runs on. */
export interface TwoFactorControllerConfig {
  /** The screener; sent as one percent-encoded path segment. */
  screenerKey: string;
  /** API base URL, with or without a trailing slash. */
  baseUrl: string;
  /** `Authorization: JWT <token>` or `Authorization: Bearer <apiKey>`. */
  auth: TwoFactorAuth;
  /** @defaultValue `globalThis.fetch` */
  fetcher?: Fetcher;
  /** The viewer's phone is already linked: start at "send code". @defaultValue `false` */
  phoneRegistered?: boolean;
  /**
   * Bounds every wait of a request: the token getter and each HTTP exchange. A wait that
   * ends unanswered is a `TIMEOUT` the viewer can retry. @defaultValue `15000`
   */
  requestTimeoutMs?: number;
  /**
   * Bounds `onCodeSubmit`. A check still pending then is aborted (its signal) and reported
   * as `TIMEOUT` with `endpoint: 'verify-code'`; the viewer can verify again. @defaultValue `30000`
   */
  codeCheckTimeoutMs?: number;
  /** Wait after a code is sent before "send a new code" is allowed. @defaultValue `30` */
  resendCooldownSeconds?: number;
  /**
   * The host checks the code (typically by starting playback with it). Resolve for a good
   * code, reject for a wrong or expired one. A late answer of an aborted check is ignored.
   */
  onCodeSubmit: (code: string, context: CodeCheckContext) => void | Promise<void>;
  /** Called once after `onCodeSubmit` resolves. */
  onVerified?: (code: string) => void;
  /** W2000, W2101, and W2003 once a refresh did not help: the host owns sign-in. */
  onAuthError?: (error: TwoFactorError) => void;
  /** Every failure, for logging and analytics. */
  onError?: (error: TwoFactorError) => void;
  /** Runs the two requests as react-query mutations, visible to the host's devtools. */
  queryClient: QueryClient;
}

/** The flow of one gate, without React: subscribe, read snapshots, call actions. */
export interface TwoFactorController {
  getSnapshot(): TwoFactorSnapshot;
  subscribe(listener: () => void): () => void;
  /** Starts timers and allows actions; the returned function aborts everything pending. */
  mount(): () => void;
  /** New callbacks, credentials or limits. The identity (screener, base URL, scheme) is fixed. */
  update(config: TwoFactorControllerConfig): void;
  /**
   * Validates (loading the numbering rules on first use) and, when valid and allowed, links
   * the number then asks for a code. Resolves with the refusal for invalid input; nothing is
   * sent then. Never rejects.
   */
  submitPhone(draft: PhoneDraft): Promise<PhoneCheck>;
  /** Asks for a (new) code; drops a pending code check. Ignored unless `canSend`. */
  requestCode(): void;
  /** Hands the code to `onCodeSubmit`. Ignored unless `canVerify`. */
  submitCode(code: string): void;
  /** Back to the phone step; aborts whatever is pending. */
  changeNumber(): void;
}
