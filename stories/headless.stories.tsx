import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useId, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { type PhoneCheck, type TwoFactorErrorKind, useScreenerTwoFactor } from '../src';
import { baseArgs, gateArgTypes } from './support/args';
import { expectAlert, expectStep, requestLog, smsCode, stageMock } from './support/play';
import { GateStage, Playback, type StoryHostProps } from './support/stage';

/** A few countries are enough for this UI; the hook accepts any ISO code. */
const CALLING_CODES: Record<string, string> = { US: '+1', GB: '+44', FR: '+33', DE: '+49' };

const REFUSALS: Record<Exclude<PhoneCheck, { ok: true }>['reason'], string> = {
  EMPTY: 'number?',
  TOO_SHORT: 'too short',
  TOO_LONG: 'too long',
  INVALID: 'not a number we know',
  NOT_MOBILE: 'needs a mobile',
  LEADING_ZERO: 'cannot be registered, try another mobile',
  UNAVAILABLE: 'offline? try again',
};

const FAILURES: Record<TwoFactorErrorKind, string> = {
  integration: 'the site is misconfigured',
  'session-expired': 'sign in again',
  'sign-in-required': 'sign in first',
  'rate-limited': 'too many tries, wait a little',
  server: 'server trouble, try again',
  'unknown-code': 'something went wrong, try again',
  network: 'offline, try again',
  timeout: 'no answer, try again',
  'bad-response': 'something went wrong, try again',
  'code-rejected': 'wrong code',
};

/**
 * A one-line terminal-style gate built on `useScreenerTwoFactor`: the hook owns the flow,
 * the requests and the rules; this component owns every pixel. It keeps the parts of the
 * DOM contract that matter to assistive tech: labels, `aria-invalid`, and failures as
 * `role="alert"` with `data-status-code`.
 */
function OneLineGate(props: StoryHostProps) {
  const gate = useScreenerTwoFactor(props);
  const ids = useId();
  const [country, setCountry] = useState(props.defaultCountry ?? 'US');
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  // Countdowns come from the hook: it re-renders once a second while one runs.
  const wait = Math.max(gate.rateLimitSeconds, gate.resendSeconds);
  const { canSend } = gate;

  if (gate.state.step === 'verified') return <Playback />;

  const onPhone = async (event: FormEvent) => {
    event.preventDefault();
    const check = await gate.submitPhone({ country, text: number });
    setRefusal(check.ok ? null : REFUSALS[check.reason]);
  };
  const onCode = (event: FormEvent) => {
    event.preventDefault();
    gate.submitCode(code);
    setCode('');
  };
  const sendLabel = gate.isBusy ? '…' : wait > 0 ? `${wait}s` : 'text me';

  return (
    <div className="oneline" data-step={gate.step}>
      {gate.step === 'phone' ? (
        <form className="oneline__row" onSubmit={onPhone} aria-label="Phone verification">
          <label className="oneline__label" htmlFor={`${ids}-country`}>
            Country
          </label>
          <select
            id={`${ids}-country`}
            value={country}
            onChange={(event) => setCountry(event.currentTarget.value)}
          >
            {Object.entries(CALLING_CODES).map(([iso, calling]) => (
              <option key={iso} value={iso}>{`${iso} ${calling}`}</option>
            ))}
          </select>
          <label className="oneline__label" htmlFor={`${ids}-phone`}>
            Phone number
          </label>
          <input
            id={`${ids}-phone`}
            type="tel"
            autoComplete="tel"
            placeholder="mobile number"
            value={number}
            onChange={(event) => setNumber(event.currentTarget.value)}
            aria-invalid={refusal ? true : undefined}
            aria-describedby={refusal ? `${ids}-refusal` : undefined}
          />
          <button type="submit" disabled={!canSend}>
            {sendLabel}
          </button>
        </form>
      ) : gate.step === 'send' ? (
        <div className="oneline__row">
          <span className="oneline__note">phone linked →</span>
          <button type="button" disabled={!canSend} onClick={gate.requestCode}>
            {sendLabel}
          </button>
        </div>
      ) : (
        <form className="oneline__row" onSubmit={onCode} aria-label="Code">
          <label className="oneline__label" htmlFor={`${ids}-code`}>
            Verification code
          </label>
          <input
            id={`${ids}-code`}
            autoComplete="one-time-code"
            inputMode="numeric"
            placeholder={`code sent to ${gate.phone?.display ?? 'your phone'}`}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
          />
          <button type="submit" disabled={!gate.canVerify || code.length !== 6}>
            unlock
          </button>
          <button type="button" disabled={!canSend} onClick={gate.requestCode}>
            new code
          </button>
        </form>
      )}
      {refusal && gate.step === 'phone' ? (
        <p id={`${ids}-refusal`} className="oneline__error">
          {refusal}
        </p>
      ) : null}
      {gate.error ? (
        <p role="alert" className="oneline__error" data-status-code={gate.error.code}>
          {`${gate.error.code}: ${FAILURES[gate.error.kind]}`}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The same flow and the same mock behind a completely different UI, built on the
 * headless hook `useScreenerTwoFactor`.
 */
const meta = {
  title: 'Headless/One-line UI',
  component: GateStage,
  args: { ...baseArgs, view: (host: StoryHostProps) => <OneLineGate {...host} /> },
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

/** Link a number, read the code off the phone, unlock. */
export const OneLine: Story = {
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    const mock = await stageMock(context);
    expect(canvasElement.querySelector('.s2fa')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Phone number'), '201 555 0123');
    await userEvent.click(canvas.getByRole('button', { name: 'text me' }));
    await expectStep(context, 'code');
    expect(requestLog(mock)).toEqual(['POST {"phone":2015550123,"country_code":1}', 'GET']);
    await userEvent.type(canvas.getByLabelText('Verification code'), await smsCode(context));
    await userEvent.click(canvas.getByRole('button', { name: 'unlock' }));
    expect(await canvas.findByText('▶ Playback would start now')).toBeVisible();
  },
};

/** The hook's refusals and failures, rendered this UI's way. */
export const OneLineFailures: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    const field = canvas.getByLabelText('Phone number');
    await userEvent.type(field, '099 999 9999');
    await userEvent.click(canvas.getByRole('button', { name: 'text me' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(canvas.getByText(REFUSALS.INVALID)).toBeVisible();
    expect(mock.requests).toHaveLength(0);

    mock.failNext('W5000', { endpoint: 'link-phone' });
    await userEvent.clear(field);
    await userEvent.type(field, '201 555 0123');
    await userEvent.click(canvas.getByRole('button', { name: 'text me' }));
    const alert = await expectAlert(context, 'W5000');
    expect(alert).toHaveTextContent('W5000: server trouble, try again');
  },
};
