import { type CodeSource, createCodeSource } from './codes';
import type {
  MockIndeeOptions,
  MockLinkedPhone,
  MockRequestRecord,
  MockScreenerConfig,
  MockSms,
} from './types';

/** The mutable part of a mock; `reset()` replaces it with a fresh {@link initialState}. */
export interface MockState {
  jwts: Set<string>;
  apiKeys: Set<string>;
  screeners: Map<string, MockScreenerConfig>;
  links: Map<string, MockLinkedPhone>;
  /** Only the latest SMS per screener holds a valid code. */
  activeCodes: Map<string, MockSms>;
  requests: MockRequestRecord[];
  sent: MockSms[];
  nextCode: CodeSource;
  latencyMs: number;
}

/** The state the options describe, copied so later mutations never reach the options. */
export function initialState(options: MockIndeeOptions, codeLength: number): MockState {
  const screeners = new Map<string, MockScreenerConfig>();
  const links = new Map<string, MockLinkedPhone>();
  for (const [key, config] of Object.entries(options.screeners ?? {})) {
    screeners.set(key, { ...config });
    if (config.linkedPhone) links.set(key, { ...config.linkedPhone });
  }
  return {
    jwts: new Set(options.jwts ?? ['demo-jwt']),
    apiKeys: new Set(options.apiKeys ?? ['demo-api-key']),
    screeners,
    links,
    activeCodes: new Map(),
    requests: [],
    sent: [],
    nextCode: createCodeSource({
      length: codeLength,
      codes: options.codes,
      nextCode: options.nextCode,
      seed: options.seed,
    }),
    latencyMs: options.latencyMs ?? 0,
  };
}
