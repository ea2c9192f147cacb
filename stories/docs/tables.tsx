import type { ReactNode } from 'react';
import { defaultMessages } from '../../src';

/**
 * Tables for Introduction.mdx, as components: Storybook's MDX has no GFM tables, and the
 * status table quotes `defaultMessages` so the docs cannot drift from what viewers see.
 */

const c = (text: string) => <code>{text}</code>;

const PROPS: [name: string, type: string, fallback: ReactNode, meaning: ReactNode][] = [
  ['screenerKey', 'string', 'required', 'The screener; sent as one percent-encoded path segment.'],
  ['baseUrl', 'string', 'required', 'Indee API base URL, with or without a trailing slash.'],
  [
    'auth',
    "{ type: 'jwt'; token: string | TokenGetter } | { type: 'apiKey'; apiKey: string }",
    'required',
    <>
      Sent as {c('Authorization: JWT <token>')} or {c('Authorization: Bearer <apiKey>')}.
    </>,
  ],
  [
    'fetcher',
    '(input: string, init: RequestInit) => Promise<Response>',
    c('globalThis.fetch'),
    <>The transport; {c('window.fetch')} fits, the mock fits, so does an instrumented fetch.</>,
  ],
  ['phoneRegistered', 'boolean', c('false'), 'The phone is already linked: start at "send code".'],
  [
    'defaultCountry',
    'ISO 3166-1 alpha-2',
    <>
      from {c('navigator.languages')}, else {c("'US'")}
    </>,
    'Preselected country, when the picker offers it (else the first row).',
  ],
  [
    'countries',
    'string[]',
    'all',
    <>
      Restrict the picker (territories the studio ships to); typing {c('+CC')} never switches it to
      a country left out.
    </>,
  ],
  ['preferredCountries', 'string[]', 'none', 'Listed first in the picker.'],
  [
    'locale',
    'BCP 47 tag',
    <>
      {c('navigator.language')}, else {c("'en'")}
    </>,
    'Language of country names and number hints.',
  ],
  [
    'onCodeSubmit',
    '(code: string) => void | Promise<void>',
    'required',
    'You check the code (by starting playback with it); reject for a wrong or expired code.',
  ],
  [
    'onVerified',
    '(code: string) => void',
    '—',
    <>Called once after {c('onCodeSubmit')} resolves.</>,
  ],
  [
    'onAuthError',
    '(error: TwoFactorError) => void',
    '—',
    'W2000, W2101, and W2003 once a refresh did not help: your page owns sign-in.',
  ],
  ['onError', '(error: TwoFactorError) => void', '—', 'Every failure, for logging and analytics.'],
  ['className', 'string', '—', 'Added to the root element.'],
  ['codeLength', 'number', c('6'), 'Digits in the SMS code.'],
  ['resendCooldownSeconds', 'number', c('30'), 'Wait before "send a new code" is enabled.'],
  [
    'requestTimeoutMs',
    'number',
    c('15000'),
    <>A request with no answer by then is aborted and shown as {c('TIMEOUT')}.</>,
  ],
  ['messages', 'Partial<TwoFactorMessages>', 'English', 'Every visible string, for translation.'],
  [
    'queryClient',
    'QueryClient',
    "the nearest provider's, else a private one",
    <>Works with and without a {c('QueryClientProvider')}.</>,
  ],
  [
    'children',
    'ReactNode | ((verified: { code: string }) => ReactNode)',
    '—',
    'Rendered in place of the gate once verified: your player.',
  ],
];

export function PropsTable() {
  return (
    <table>
      <thead>
        <tr>
          <th>Prop</th>
          <th>Type</th>
          <th>Default</th>
          <th>Meaning</th>
        </tr>
      </thead>
      <tbody>
        {PROPS.map(([name, type, fallback, meaning]) => (
          <tr key={name}>
            <td>{c(name)}</td>
            <td>{c(type)}</td>
            <td>{fallback}</td>
            <td>{meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const { error } = defaultMessages;

const STATUSES: [code: string, http: string, sees: string, gate: ReactNode][] = [
  [
    'W2000',
    '401',
    error.integration,
    <>
      Authorization missing or unparseable: an integration fault. Sending stays off;{' '}
      {c('onAuthError')}.
    </>,
  ],
  [
    'W2003',
    '401',
    error['session-expired'],
    <>
      Invalid token. With a token getter the gate asks for a fresh JWT once and retries silently; if
      that fails too, sending stays off and {c('onAuthError')} is called.
    </>,
  ],
  [
    'W2101',
    '403',
    error['sign-in-required'],
    <>
      An API key on a screener that needs a signed-in viewer. Sending stays off; {c('onAuthError')}.
    </>,
  ],
  [
    'W5001',
    '429',
    defaultMessages.rateLimited('12 seconds'),
    <>
      Rate limited. The send buttons are disabled and count down from {c('Retry-After')} (seconds or
      HTTP date; 30 s without it); the end of the wait is announced.
    </>,
  ],
  ['W5000', '500', error.server, 'Unknown server error; retry allowed at once.'],
  [
    'other W…',
    'any',
    defaultMessages.unknownCode('W4242'),
    'A code the API notes do not document, shown with its code; retry allowed.',
  ],
  [
    'NETWORK',
    '—',
    error.network,
    'No answer at all (offline, DNS, CORS). "You are back online." is announced when it returns.',
  ],
  ['TIMEOUT', '—', error.timeout, <>No answer within {c('requestTimeoutMs')}; aborted.</>],
  [
    'BAD_RESPONSE',
    'any',
    error['bad-response'],
    'An HTML error page, an empty or truncated body, JSON without a W-code, or W0000 with an error status.',
  ],
  [
    'CODE_REJECTED',
    '—',
    error['code-rejected'],
    <>Your {c('onCodeSubmit')} rejected; the code field is cleared and focused.</>,
  ],
];

export function StatusTable() {
  return (
    <table>
      <thead>
        <tr>
          <th>
            <code>data-status-code</code>
          </th>
          <th>HTTP</th>
          <th>The viewer sees</th>
          <th>What the gate does</th>
        </tr>
      </thead>
      <tbody>
        {STATUSES.map(([code, http, sees, gate]) => (
          <tr key={code}>
            <td>{c(code)}</td>
            <td>{http}</td>
            <td>{sees}</td>
            <td>{gate}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AuthTable() {
  return (
    <table>
      <thead>
        <tr>
          <th>The screener</th>
          <th>
            <code>auth</code>
          </th>
          <th>Header sent</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>
            Force-login on, in a product without link-type screeners (today: Publicity screeners)
          </td>
          <td>{c("{ type: 'jwt', token }")}</td>
          <td>{c('Authorization: JWT <token>')}</td>
        </tr>
        <tr>
          <td>Link-type screener, force-login off</td>
          <td>{c("{ type: 'apiKey', apiKey }")}</td>
          <td>{c('Authorization: Bearer <apiKey>')}</td>
        </tr>
      </tbody>
    </table>
  );
}
