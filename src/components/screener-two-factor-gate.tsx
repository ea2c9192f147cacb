import { type ReactNode, Suspense, useId, useMemo, useRef } from 'react';
import { secondsUntil, useCountdown } from '../hooks/use-countdown';
import {
  type UseScreenerTwoFactorOptions,
  useScreenerTwoFactor,
} from '../hooks/use-screener-two-factor';
import { resolveMessages, type TwoFactorMessages } from '../messages';
import { CodeStep } from './code-step';
import { PhoneStep, PhoneStepPlaceholder } from './lazy-phone-step';
import { SendStep } from './send-step';
import { StatusAlert } from './status-alert';
import type { StepChrome } from './step-chrome';
import { useAnnouncement } from './use-announcement';

/** Props of {@link ScreenerTwoFactorGate}. */
export interface ScreenerTwoFactorGateProps extends UseScreenerTwoFactorOptions {
  /**
   * Preselected country (ISO 3166-1 alpha-2), used when the picker offers it.
   * @defaultValue the first offered region among `navigator.languages`, else `'US'`, else the
   *   picker's first row
   */
  defaultCountry?: string;
  /** Restrict the picker to these ISO codes. @defaultValue all countries */
  countries?: readonly string[];
  /** Listed first in the picker, in this order. */
  preferredCountries?: readonly string[];
  /** Language of country names and hints. @defaultValue `navigator.language`, else `'en'` */
  locale?: string;
  /** Added to the root element. */
  className?: string;
  /** Digits in the SMS code. @defaultValue `6` */
  codeLength?: number;
  /** Wait before "send a new code" is enabled. @defaultValue `30` */
  resendCooldownSeconds?: number;
  /** Every visible string, for translation. @defaultValue English */
  messages?: Partial<TwoFactorMessages>;
  /** Rendered in place of the gate once verified. */
  children?: ReactNode | ((verified: { code: string }) => ReactNode);
}

/**
 * Phone verification in front of a screener: country and phone number, then the SMS code.
 * State reaches CSS as `data-step` (`phone` | `send` | `code` | `verified`) and
 * `data-busy` on the root.
 */
export function ScreenerTwoFactorGate(props: ScreenerTwoFactorGateProps) {
  const gate = useScreenerTwoFactor(props);
  const messages = useMemo(() => resolveMessages(props.messages), [props.messages]);
  const headingId = useId();
  const codeLength = props.codeLength ?? 6;

  // Only steps reached by an action take focus; the host page owns focus on first render.
  // Once the step has changed, every later step was reached by an action too, including a
  // return to the first one ("use a different number").
  const firstStep = useRef(gate.step);
  const stepChanged = useRef(false);
  if (gate.step !== firstStep.current) stepChanged.current = true;
  const autoFocus = stepChanged.current;

  const blockedFor = useCountdown(gate.retryAt);
  const waitSeconds = useMemo(
    () => (gate.error ? secondsUntil(gate.retryAt, Date.now()) : 0),
    [gate.error, gate.retryAt],
  );
  const announcement = useAnnouncement(gate.error, blockedFor, messages);

  if (gate.state.step === 'verified') {
    const { children } = props;
    const code = gate.state.code;
    return (
      <div className={rootClass(props.className)} data-step="verified">
        {typeof children === 'function' ? children({ code }) : children}
      </div>
    );
  }

  const chrome: StepChrome = {
    messages,
    headingId,
    autoFocus,
    isBusy: gate.isBusy,
    isHalted: gate.isHalted,
    canSend: !gate.isBusy && !gate.isHalted && blockedFor === 0,
    sendLabel: (idle, busy) =>
      gate.isBusy ? busy : blockedFor > 0 ? `${idle} (${blockedFor} s)` : idle,
    // A rate-limit alert leaves once its wait is over; the live region says so instead.
    alert:
      gate.error && !(gate.error.kind === 'rate-limited' && waitSeconds > 0 && blockedFor === 0) ? (
        <StatusAlert error={gate.error} messages={messages} waitSeconds={waitSeconds} />
      ) : null,
  };

  const state = gate.state;
  return (
    <section
      className={rootClass(props.className)}
      data-step={state.step}
      data-busy={gate.isBusy ? '' : undefined}
      data-blocked={blockedFor > 0 ? '' : undefined}
      aria-labelledby={headingId}
    >
      {state.step === 'phone' ? (
        <Suspense fallback={<PhoneStepPlaceholder {...chrome} />}>
          <PhoneStep
            {...chrome}
            defaultCountry={props.defaultCountry}
            draft={gate.draft}
            countries={props.countries}
            preferredCountries={props.preferredCountries}
            locale={props.locale}
            onSubmit={gate.submitPhone}
          />
        </Suspense>
      ) : state.step === 'send' ? (
        <SendStep
          {...chrome}
          phoneHint={gate.phoneHint}
          onSend={gate.requestCode}
          onChangeNumber={gate.changeNumber}
        />
      ) : (
        <CodeStep
          {...chrome}
          codeLength={codeLength}
          phoneHint={gate.phoneHint}
          resendAt={state.codeSentAt + (props.resendCooldownSeconds ?? 30) * 1000}
          isVerifying={state.activity === 'verifying'}
          isResending={state.activity === 'requesting'}
          error={gate.error}
          onSubmitCode={gate.submitCode}
          onResend={gate.requestCode}
          onChangeNumber={gate.changeNumber}
        />
      )}
      <div className="s2fa-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}

function rootClass(className: string | undefined): string {
  return className ? `s2fa ${className}` : 's2fa';
}
