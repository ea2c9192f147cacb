import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import {
  ScreenerTwoFactorGate,
  type ScreenerTwoFactorGateProps,
  type TwoFactorAuth,
  type TwoFactorError,
  type TwoFactorMessages,
} from '../../src';
import {
  createMockIndeeFetcher,
  type MockEndpointTarget,
  type MockIndeeFetcher,
  type MockScenario,
  type MockSms,
} from '../../src/mock';
import './stories.css';

/** The one screener every story talks to. Any opaque string would do. */
export const SCREENER_KEY = 'demo-screener';
/** Never reached: the mock answers in memory. A real host passes Indee's API base URL. */
const BASE_URL = 'https://api.indee.invalid/';
/** Credentials the mock accepts out of the box. */
export const DEMO_JWT = 'demo-jwt';
export const DEMO_API_KEY = 'demo-api-key';
/** The phone a `phoneRegistered` story has already linked: +44 7400 123456. */
const DEMO_PHONE = { phone: 7400123456, countryCode: 44 } as const;
/** Codes the mock texts, in order, so play functions know them in advance. */
const STORY_CODES = ['123456', '234567', '345678', '456789', '567890'] as const;

/**
 * Interactive stories answer after ~300 ms so busy states are visible; under Vitest the mock
 * answers at once so the story tests stay fast. Vitest runs Vite in mode `test`.
 */
export const DEFAULT_LATENCY_MS = import.meta.env.MODE === 'test' ? 0 : 300;

/**
 * What the mock answers, by control label. Keys are plain strings so Storybook can keep them
 * in the URL; the values are the mock's scenarios.
 */
export const ANSWERS = {
  normal: null,
  'W2000 (no usable Authorization)': 'W2000',
  'W2003 (invalid token)': 'W2003',
  'W2101 (API key not allowed)': 'W2101',
  'W5001 (rate limited, Retry-After 10 s)': { statusCode: 'W5001', retryAfterSeconds: 10 },
  'W5000 (server error)': 'W5000',
  'W4242 (undocumented code)': { statusCode: 'W4242', httpStatus: 418 },
  'HTTP 200 carrying W5000': 'http-200-w5000',
  'HTML 502 from a proxy': 'html-502',
  'Empty body': 'empty-body',
  'Truncated JSON': 'truncated-json',
  'Network failure': 'network-error',
  'No answer (hang until timeout)': 'hang',
  'Slow (3 s), then normal': { delayMs: 3000 },
} as const satisfies Record<string, MockScenario | null>;

type AnswerName = keyof typeof ANSWERS;

/** The stage's props are the stories' args: everything a control can switch. */
export interface GateStageProps {
  /**
   * `jwt`: a force-login (Publicity) screener, `Authorization: JWT demo-jwt`.
   * `apiKey`: a link-type screener, `Authorization: Bearer demo-api-key`.
   */
  authMode: 'jwt' | 'apiKey';
  /** With `jwt`: hand the gate a token getter that fetches a fresh JWT after a W2003. */
  refreshJwt?: boolean;
  /** The viewer's phone (+44 7400 123456) is already linked: start at "send code". */
  phoneRegistered: boolean;
  /** Preselected country (ISO 3166-1 alpha-2). */
  defaultCountry: string;
  /** Language of country names and number hints. */
  locale: string;
  /** Text direction of the page around the gate. */
  dir: 'ltr' | 'rtl';
  /** What the mock answers from now on, until set back to `normal`. */
  answer: AnswerName;
  /** Which request `answer` applies to: `POST .../2fa` (link), `GET .../2fa` (code), or both. */
  answerEndpoint: MockEndpointTarget;
  /** Mock delay before every answer, and the host's own code check. */
  latencyMs: number;
  resendCooldownSeconds: number;
  requestTimeoutMs: number;
  messages?: Partial<TwoFactorMessages>;
  countries?: readonly string[];
  preferredCountries?: readonly string[];
  /** Observes every code the gate hands to the host (the host checks it with the mock). */
  onCodeSubmit?: (code: string) => void;
  onVerified?: (code: string) => void;
  onError?: (error: TwoFactorError) => void;
  onAuthError?: (error: TwoFactorError) => void;
  /** The host's sign-in, offered after W2000, W2101 or W2003 once a refresh did not help. */
  onSignIn?: () => void;
  /** Renders another UI instead of the component, e.g. one built on the headless hook. */
  view?: (host: StoryHostProps) => ReactNode;
}

/** What a host hands the gate, wired to this stage's mock. */
export type StoryHostProps = Omit<ScreenerTwoFactorGateProps, 'children'> & {
  onCodeSubmit: (code: string) => Promise<void>;
};

/** Mocks by stage element, so play functions can reach the mock their story renders. */
const stageMocks = new WeakMap<Element, MockIndeeFetcher>();

/** The mock behind the stage inside `canvasElement`, or `undefined` before it renders. */
export function findStageMock(canvasElement: HTMLElement): MockIndeeFetcher | undefined {
  const stage = canvasElement.querySelector('[data-story-stage]');
  return stage ? stageMocks.get(stage) : undefined;
}

/**
 * The gate on the in-memory Indee, beside a phone's SMS preview. Changing the auth mode, the
 * linked phone or the default country restarts the story with a fresh mock (the gate reads
 * them once); every other control applies live, so "what the mock answers next" can be
 * switched mid-flow.
 */
export function GateStage(props: GateStageProps) {
  const session = [props.authMode, props.refreshJwt, props.phoneRegistered, props.defaultCountry];
  return <StageSession key={session.join('|')} {...props} />;
}

function StageSession(props: GateStageProps) {
  const { authMode, refreshJwt, latencyMs, answer, answerEndpoint } = props;
  const [mock] = useState(() =>
    createMockIndeeFetcher({
      screeners: {
        [SCREENER_KEY]: {
          auth: authMode,
          linkedPhone: props.phoneRegistered ? { ...DEMO_PHONE } : undefined,
        },
      },
      codes: STORY_CODES,
      latencyMs,
      scenario: ANSWERS[answer] ?? null,
      scenarioEndpoint: answerEndpoint,
    }),
  );
  useEffect(() => mock.setLatency(latencyMs), [mock, latencyMs]);
  useEffect(
    () => mock.setScenario(ANSWERS[answer] ?? null, { endpoint: answerEndpoint }),
    [mock, answer, answerEndpoint],
  );

  // Memoized: a new `auth` object tells the gate the host signed the viewer in again.
  const auth = useMemo<TwoFactorAuth>(() => {
    if (authMode === 'apiKey') return { type: 'apiKey', apiKey: DEMO_API_KEY };
    if (!refreshJwt) return { type: 'jwt', token: DEMO_JWT };
    let token = DEMO_JWT;
    // A real host would exchange its refresh token with Indee's login API here.
    return {
      type: 'jwt',
      token: ({ refresh }) => {
        if (refresh) token = mock.issueToken();
        return token;
      },
    };
  }, [authMode, refreshJwt, mock]);

  const host: StoryHostProps = {
    screenerKey: SCREENER_KEY,
    baseUrl: BASE_URL,
    auth,
    fetcher: mock,
    phoneRegistered: props.phoneRegistered,
    defaultCountry: props.defaultCountry,
    locale: props.locale,
    resendCooldownSeconds: props.resendCooldownSeconds,
    requestTimeoutMs: props.requestTimeoutMs,
    messages: props.messages,
    countries: props.countries,
    preferredCountries: props.preferredCountries,
    onVerified: props.onVerified,
    onError: props.onError,
    onAuthError: props.onAuthError,
    onSignIn: props.onSignIn,
    // The host's check: in production the code goes to Indee's Playback API, which refuses a
    // wrong or expired one. The mock knows which code it texted.
    onCodeSubmit: async (code) => {
      props.onCodeSubmit?.(code);
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      if (!mock.verifyCode(SCREENER_KEY, code)) throw new Error('Playback refused the code');
    },
  };

  return (
    <div
      className="story-stage"
      data-story-stage=""
      dir={props.dir}
      lang={props.locale}
      ref={(element) => {
        if (element) stageMocks.set(element, mock);
      }}
    >
      {props.view ? (
        props.view(host)
      ) : (
        <ScreenerTwoFactorGate {...host}>
          <Playback />
        </ScreenerTwoFactorGate>
      )}
      <SmsPreview mock={mock} />
    </div>
  );
}

/** What the host would show once verified: the player. */
export function Playback() {
  return <p className="story-playback">▶ Playback would start now</p>;
}

/**
 * The viewer's phone, beside the page: the last SMS the mock "sent". Deliberately styled
 * like a phone notification so nobody mistakes it for part of the gate.
 */
function SmsPreview({ mock }: { mock: MockIndeeFetcher }) {
  const headingId = useId();
  const [sms, setSms] = useState<MockSms | undefined>(() => mock.sentMessages.at(-1));
  useEffect(() => mock.subscribe(setSms), [mock]);
  return (
    <aside className="story-sms" aria-labelledby={headingId} lang="en" dir="ltr">
      <h2 id={headingId} className="story-sms__title">
        Text message
      </h2>
      <div className="story-sms__screen" aria-live="polite">
        {sms ? (
          <div className="story-sms__bubble">
            <p className="story-sms__meta">Indee · to {sms.to}</p>
            <p className="story-sms__body">
              Your screener code is{' '}
              <strong className="story-sms__code" data-sms-code={sms.code}>
                {sms.code}
              </strong>
              . It expires in 5 minutes.
            </p>
          </div>
        ) : (
          <p className="story-sms__empty">No message yet.</p>
        )}
      </div>
    </aside>
  );
}
