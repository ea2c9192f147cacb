import { INDEE_STATUS } from '../api/errors';
import { htmlResponse, indeeResponse } from './http';
import type {
  MockEndpoint,
  MockEndpointTarget,
  MockScenario,
  MockScenarioOptions,
  MockStatusScenario,
} from './types';

/** The scenarios that are plain names, e.g. for a Storybook select control. */
export const MOCK_SCENARIO_NAMES = [
  'W2000',
  'W2003',
  'W2101',
  'W5001',
  'W5000',
  'http-200-w5000',
  'html-502',
  'empty-body',
  'truncated-json',
  'network-error',
  'hang',
] as const satisfies readonly MockScenario[];

/** The rate-limit window: at most 5 requests per screener and endpoint in any minute. */
export const WINDOW_MS = 60_000;

/** Server texts, close to the seed's descriptions. */
export const DETAILS: Record<string, string> = {
  W0000: 'Success',
  W2000: 'Authorization header was either not passed or could not be parsed',
  W2003: 'Invalid auth token',
  W2101: 'API key not authorized to perform this action',
  W5001: 'Rate limited',
  W5000: 'Unknown server error occurred',
};

/** What an injected scenario does to one request. */
export type ScenarioEffect =
  | {
      kind: 'respond';
      scenario: Exclude<MockScenario, 'network-error' | 'hang' | { delayMs: number }>;
    }
  | { kind: 'network-error' }
  | { kind: 'hang' }
  | { kind: 'delay'; ms: number };

/** Classifies a scenario, throwing on names this mock does not know (typos in controls). */
export function scenarioEffect(scenario: MockScenario): ScenarioEffect {
  if (typeof scenario === 'object' && scenario !== null) {
    if ('delayMs' in scenario) {
      if (!(scenario.delayMs >= 0)) throw new RangeError('delayMs must be >= 0');
      return { kind: 'delay', ms: scenario.delayMs };
    }
    if (typeof scenario.statusCode !== 'string' || !/^W/.test(scenario.statusCode)) {
      throw new TypeError('statusCode must be a W-code');
    }
    return { kind: 'respond', scenario };
  }
  if (scenario === 'network-error') return { kind: 'network-error' };
  if (scenario === 'hang') return { kind: 'hang' };
  if ((MOCK_SCENARIO_NAMES as readonly string[]).includes(scenario)) {
    return { kind: 'respond', scenario };
  }
  throw new TypeError(`Unknown mock scenario: ${String(scenario)}`);
}

/** Builds the answer of a responding scenario. */
export function scenarioResponse(
  scenario: Extract<ScenarioEffect, { kind: 'respond' }>['scenario'],
): Response {
  switch (scenario) {
    case 'http-200-w5000':
      return indeeResponse(200, 'W5000', DETAILS.W5000 ?? '');
    case 'html-502':
      return htmlResponse(502, '502 Bad Gateway');
    case 'empty-body':
      return new Response(null, { status: 200 });
    case 'truncated-json':
      return new Response('{"status_code": "W00', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    default: {
      const spec: MockStatusScenario =
        typeof scenario === 'string' ? { statusCode: scenario } : scenario;
      const code = spec.statusCode;
      const documented = Object.hasOwn(INDEE_STATUS, code)
        ? INDEE_STATUS[code as keyof typeof INDEE_STATUS]
        : undefined;
      const seconds = spec.retryAfterSeconds ?? (code === 'W5001' ? WINDOW_MS / 1000 : undefined);
      return indeeResponse(
        spec.httpStatus ?? documented ?? 500,
        code,
        DETAILS[code] ?? `Mock status ${code}`,
        seconds === undefined ? {} : { 'Retry-After': String(Math.ceil(seconds)) },
      );
    }
  }
}

interface Armed {
  scenario: MockScenario;
  endpoint: MockEndpointTarget;
}

/** One-shot scenarios (a FIFO queue) and one persistent scenario; one-shots win. */
export class ScenarioStore {
  private queue: Armed[] = [];
  private persistent: Armed | null = null;

  failNext(scenario: MockScenario, options: MockScenarioOptions = {}): void {
    scenarioEffect(scenario); // validate now, not at the request that would use it
    this.queue.push({ scenario, endpoint: options.endpoint ?? 'any' });
  }

  set(scenario: MockScenario | null, endpoint: MockEndpointTarget = 'any'): void {
    if (scenario !== null) scenarioEffect(scenario);
    this.persistent = scenario === null ? null : { scenario, endpoint };
  }

  /** The scenario for one request to `endpoint`, using up a one-shot if one matches. */
  take(endpoint: MockEndpoint): MockScenario | undefined {
    const index = this.queue.findIndex((armed) => matches(armed.endpoint, endpoint));
    const armed = this.queue[index];
    if (armed) {
      this.queue.splice(index, 1);
      return armed.scenario;
    }
    if (this.persistent && matches(this.persistent.endpoint, endpoint)) {
      return this.persistent.scenario;
    }
    return undefined;
  }
}

function matches(target: MockEndpointTarget, endpoint: MockEndpoint): boolean {
  return target === 'any' || target === endpoint;
}
