import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { type ReactElement, type ReactNode, StrictMode } from 'react';
import { expect, vi } from 'vitest';
import { ScreenerTwoFactorGate, type ScreenerTwoFactorGateProps } from '../../src';
import { createMockIndeeFetcher } from '../../src/mock';
import { type RecordedCall, recordingFetcher, type Step } from '../api/fake-fetcher';

export {
  hangUntilAborted,
  indee,
  ok,
  type RecordedCall,
  recordingFetcher,
  type Step,
} from '../api/fake-fetcher';

export const BASE_URL = 'https://api.example.test/';
export const ENDPOINT = `${BASE_URL}v2/watch/content/screeners/abc/2fa`;

/** A promise with its settle functions outside, for host callbacks the test resolves later. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface GateOptions {
  /**
   * Without a script the gate talks to the built-in mock (`gate.mock`), which texts
   * 123456, 234567, … and has +1 201-555-0123 linked to screener `abc`. A script replaces it
   * with a recording fake, one step per request (running out fails the request loudly), for
   * tests that hold an answer back, ignore an abort or read what reached the transport.
   */
  script?: Step[];
  props?: Partial<ScreenerTwoFactorGateProps>;
  strict?: boolean;
  wrapper?: (props: { children: ReactNode }) => ReactElement;
  user?: UserEvent;
}

/** The codes the mock texts, in order. */
const MOCK_CODES = ['123456', '234567', '345678', '456789', '567890'];

/** Renders the gate on a fresh mock (or recording fake) with fresh spies for every callback. */
export function renderGate(options: GateOptions = {}) {
  const recorder = options.script ? recordingFetcher(...options.script) : undefined;
  const mock = createMockIndeeFetcher({
    codes: MOCK_CODES,
    screeners: { abc: { linkedPhone: { phone: 2015550123, countryCode: 1 } } },
  });
  const fetcher = recorder?.fetcher ?? mock;
  const callbacks = {
    onCodeSubmit: vi.fn<(code: string) => void | Promise<void>>(),
    onVerified: vi.fn<(code: string) => void>(),
    onError: vi.fn(),
    onAuthError: vi.fn(),
  };
  const element = (props: Partial<ScreenerTwoFactorGateProps> = {}) => {
    const gate = (
      <ScreenerTwoFactorGate
        screenerKey="abc"
        baseUrl={BASE_URL}
        auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
        fetcher={fetcher}
        defaultCountry="US"
        locale="en"
        {...callbacks}
        {...options.props}
        {...props}
      />
    );
    return options.strict ? <StrictMode>{gate}</StrictMode> : gate;
  };
  const user = options.user ?? userEvent.setup();
  const view = render(element(), { wrapper: options.wrapper });
  const root = () => view.container.querySelector('[data-step]') as HTMLElement;
  /** Re-renders the same instance (as a router would) with some props changed. */
  const rerenderWith = (props: Partial<ScreenerTwoFactorGateProps>) =>
    view.rerender(element(props));
  /** `[method, url, body]` of every request so far, on the mock or the fake alike. */
  const sent = () =>
    recorder
      ? requests(recorder.calls)
      : mock.requests.map((request) => [request.method, request.url, request.body]);
  return {
    ...view,
    user,
    get calls(): RecordedCall[] {
      if (!recorder) throw new Error('This gate runs on the mock: read gate.sent() or gate.mock');
      return recorder.calls;
    },
    mock,
    sent,
    fetcher,
    root,
    rerenderWith,
    ...callbacks,
  };
}

/** `[method, url, body]` of every recorded request, for exact comparisons. */
export function requests(calls: RecordedCall[]) {
  return calls.map((call) => [call.init.method, call.input, call.init.body]);
}

export const phoneInput = () => screen.getByLabelText('Phone number') as HTMLInputElement;
export const countrySelect = () => screen.getByLabelText('Country') as HTMLSelectElement;
export const codeInput = () => screen.getByLabelText('Verification code') as HTMLInputElement;
export const sendPhoneButton = () => screen.getByRole('button', { name: /text me a code/i });

/**
 * Waits until the selected country's numbering rules have loaded (they arrive in their own
 * chunk; the example number under the field shows once they have). Formatting as you type
 * starts then; before, the field takes input unformatted.
 */
export async function phoneRulesReady() {
  await screen.findByText(/^For example /, {}, { timeout: 5000 });
}

/** Types a valid US mobile, submits, and waits for the code step (POST then GET answered). */
export async function reachCodeStep(user: UserEvent, number = '2015550123') {
  await user.type(phoneInput(), number);
  await user.click(sendPhoneButton());
  return (await screen.findByLabelText('Verification code')) as HTMLInputElement;
}

/** Fails the test on any React warning or error logged while it runs. */
export function watchConsoleErrors() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  return () => expect(spy).not.toHaveBeenCalled();
}

/** Lets pending promises and microtasks run (real timers). */
export function settle(ms = 50) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Only its presence matters: the gate feature-detects `'OTPCredential' in window`. */
class OtpCredentialStub {}

/**
 * Stubs WebOTP: `window.OTPCredential` and `navigator.credentials.get`. Each `get` call records
 * its signal and answers with `answer()` (default: never, rejecting on abort like browsers do).
 */
export function stubWebOtp(answer?: () => Promise<unknown>) {
  const signals: AbortSignal[] = [];
  const get = vi.fn((options?: CredentialRequestOptions) => {
    const signal = options?.signal as AbortSignal;
    signals.push(signal);
    if (answer) return answer();
    return new Promise((_, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
  vi.stubGlobal('OTPCredential', OtpCredentialStub);
  const previous = Object.getOwnPropertyDescriptor(navigator, 'credentials');
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
  const restore = () => {
    vi.unstubAllGlobals();
    if (previous) Object.defineProperty(navigator, 'credentials', previous);
    else Reflect.deleteProperty(navigator, 'credentials');
  };
  return { get, signals, restore };
}
