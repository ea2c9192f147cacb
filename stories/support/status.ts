import { expect, waitFor } from 'storybook/test';
import { defaultMessages } from '../../src';
import type { MockEndpoint, MockScenario } from '../../src/mock';
import type { GateStory } from './args';
import {
  expectAlert,
  expectStep,
  gateRoot,
  type PlayContext,
  requestLog,
  sendButton,
  stageMock,
  submitPhone,
} from './play';

/** How the gate must treat a failure. */
type Outcome =
  /** Sign-in or integration fault: sending stays off, the host hears about it. */
  | 'halt'
  /** Rate limited: sending is off until Retry-After has passed, then a retry works. */
  | 'wait'
  /** Anything else: a retry is offered at once and works. */
  | 'retry';

/** One failure the mock can inject, and what the viewer must see. */
export interface StatusCase {
  /** The story's name in the sidebar. */
  name: string;
  /** `data-status-code` of the alert. */
  code: string;
  scenario: MockScenario;
  /** The alert's text. */
  text: string;
  outcome: Outcome;
  requestTimeoutMs?: number;
}

const { error } = defaultMessages;

/** Every failure of the API notes' table, plus the oddities real networks add. */
export const STATUS_CASES = {
  W2000: {
    name: 'W2000',
    code: 'W2000',
    scenario: 'W2000',
    text: error.integration,
    outcome: 'halt',
  },
  W2003: {
    name: 'W2003',
    code: 'W2003',
    scenario: 'W2003',
    text: error['session-expired'],
    outcome: 'halt',
  },
  W2101: {
    name: 'W2101',
    code: 'W2101',
    scenario: 'W2101',
    text: error['sign-in-required'],
    outcome: 'halt',
  },
  W5001: {
    name: 'W5001',
    code: 'W5001',
    scenario: { statusCode: 'W5001', retryAfterSeconds: 1 },
    text: defaultMessages.rateLimited('1 second'),
    outcome: 'wait',
  },
  W5000: { name: 'W5000', code: 'W5000', scenario: 'W5000', text: error.server, outcome: 'retry' },
  unknown: {
    name: 'W4242 (undocumented)',
    code: 'W4242',
    scenario: { statusCode: 'W4242', httpStatus: 418 },
    text: defaultMessages.unknownCode('W4242'),
    outcome: 'retry',
  },
  network: {
    name: 'NETWORK',
    code: 'NETWORK',
    scenario: 'network-error',
    text: error.network,
    outcome: 'retry',
  },
  timeout: {
    name: 'TIMEOUT',
    code: 'TIMEOUT',
    scenario: 'hang',
    text: error.timeout,
    outcome: 'retry',
    requestTimeoutMs: 300,
  },
  html: {
    name: 'BAD_RESPONSE (HTML 502)',
    code: 'BAD_RESPONSE',
    scenario: 'html-502',
    text: error['bad-response'],
    outcome: 'retry',
  },
  empty: {
    name: 'BAD_RESPONSE (empty body)',
    code: 'BAD_RESPONSE',
    scenario: 'empty-body',
    text: error['bad-response'],
    outcome: 'retry',
  },
} as const satisfies Record<string, StatusCase>;

const LINK = 'POST {"phone":2015550123,"country_code":1}';

/**
 * A story where the mock answers `status` once at `endpoint`:
 * - `link-phone`: the viewer submits +1 201-555-0123; the `POST` fails, the phone step stays.
 * - `request-code`: the `POST` succeeds, the `GET` fails; the gate offers "send code" again
 *   rather than linking the same number twice.
 * The play function then checks the outcome: halted, waiting, or retried successfully.
 */
export function statusStory(endpoint: MockEndpoint, status: StatusCase): GateStory {
  const failedStep = endpoint === 'link-phone' ? 'phone' : 'send';
  const sentBeforeFailure = endpoint === 'link-phone' ? [LINK] : [LINK, 'GET'];
  return {
    name: status.name,
    args: status.requestTimeoutMs ? { requestTimeoutMs: status.requestTimeoutMs } : {},
    play: async (context) => {
      const { args, userEvent } = context;
      const mock = await stageMock(context);
      mock.failNext(status.scenario, { endpoint });
      await submitPhone(context, '2015550123');

      const alert = await expectAlert(context, status.code);
      expect(alert).toHaveTextContent(status.text);
      expect(gateRoot(context)).toContainElement(alert);
      await expectStep(context, failedStep);
      expect(requestLog(mock)).toEqual(sentBeforeFailure);
      expect(args.onError).toHaveBeenCalledWith(
        expect.objectContaining({ code: status.code, endpoint }),
      );

      if (status.outcome === 'halt') {
        expect(args.onAuthError).toHaveBeenCalledTimes(1);
        // The form gave way to the message: nothing left to type into or press in vain.
        expect(context.canvas.queryAllByRole('textbox')).toEqual([]);
        expect(context.canvas.queryByRole('button', { name: /text me a code/i })).toBeNull();
        return;
      }
      expect(args.onAuthError).not.toHaveBeenCalled();
      if (status.outcome === 'wait') await expectWait(context);
      else expect(sendButton(context)).toBeEnabled();

      await userEvent.click(sendButton(context));
      await expectStep(context, 'code');
      expect(context.canvas.queryByRole('alert')).toBeNull();
    },
  };
}

/** While rate limited the send button is off and counts down; then it comes back. */
async function expectWait(context: PlayContext): Promise<void> {
  const button = sendButton(context);
  expect(button).toBeDisabled();
  expect(button).toHaveTextContent(/\(1 second\)/);
  await waitFor(() => expect(sendButton(context)).toBeEnabled(), { timeout: 3000 });
}
