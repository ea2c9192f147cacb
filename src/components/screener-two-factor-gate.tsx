import { type ReactNode, Suspense, useId, useMemo, useRef, useState } from 'react';
import type { TwoFactorError } from '../api/errors';
import {
  type UseScreenerTwoFactorOptions,
  useScreenerTwoFactor,
} from '../hooks/use-screener-two-factor';
import { resolveMessages, type TwoFactorMessages } from '../messages';
import type { PhoneDraft } from '../phone/types';
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
   * @defaultValue the first offered region among `navigator.languages` (after hydration),
   *   else `'US'`, else the picker's first row
   */
  defaultCountry?: string;
  /** Restrict the picker to these ISO codes. @defaultValue all countries */
  countries?: readonly string[];
  /** Listed first in the picker, in this order. */
  preferredCountries?: readonly string[];
  /** Language of country names and hints. @defaultValue `navigator.language` after hydration, else `'en'` */
  locale?: string;
  /**
   * The country control: `'search'`, a combobox that finds a country by any name, ISO code or
   * calling code (a small chunk, fetched when the viewer first reaches the control; a native
   * `<select>` until then); `'native'`, always the platform's `<select>` (TV remotes).
   * @defaultValue `'search'`
   */
  countryPicker?: 'search' | 'native';
  /** Added to the root element. */
  className?: string;
  /** Digits in the SMS code. @defaultValue `6` */
  codeLength?: number;
  /** Every visible string, for translation. @defaultValue English */
  messages?: Partial<TwoFactorMessages>;
  /** Rendered in place of the gate once verified. */
  children?: ReactNode | ((verified: { code: string }) => ReactNode);
}

/**
 * Phone verification in front of a screener: country and phone number, then the SMS code.
 * State reaches CSS as `data-step` (`phone` | `send` | `code` | `verified`), `data-busy` and
 * `data-blocked` on the root.
 */
export function ScreenerTwoFactorGate(props: ScreenerTwoFactorGateProps) {
  const gate = useScreenerTwoFactor(props);
  const messages = useMemo(() => resolveMessages(props.messages), [props.messages]);
  const headingId = useId();
  const codeLength = props.codeLength ?? 6;

  // The viewer's last phone entry, for "use a different number"; dropped with the identity.
  const [saved, setSaved] = useState<{ generation: number; draft: PhoneDraft } | null>(null);
  const draft = saved?.generation === gate.generation ? saved.draft : null;

  // Only steps reached by an action take focus; the host page owns focus on first render.
  // Once the step has changed, every later step was reached by an action too, including a
  // return to the first one ("use a different number").
  const firstStep = useRef(gate.step);
  const stepChanged = useRef(false);
  if (gate.step !== firstStep.current) stepChanged.current = true;
  const autoFocus = stepChanged.current;

  // The wait a rate-limit alert announces is read once, when the alert appears; the live
  // countdown sits on the buttons so screen readers are not interrupted every second.
  const alertWait = useRef<{ error: TwoFactorError | null; seconds: number }>({
    error: null,
    seconds: 0,
  });
  if (alertWait.current.error !== gate.error) {
    alertWait.current = { error: gate.error, seconds: gate.rateLimitSeconds };
  }
  const waitSeconds = alertWait.current.seconds;
  const blockedFor = gate.rateLimitSeconds;
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
    canSend: gate.canSend,
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
            key={gate.generation}
            {...chrome}
            defaultCountry={props.defaultCountry}
            draft={draft}
            countries={props.countries}
            preferredCountries={props.preferredCountries}
            locale={props.locale}
            countryPicker={props.countryPicker === 'native' ? 'native' : 'search'}
            onSubmit={(entry) => {
              setSaved({ generation: gate.generation, draft: entry });
              return gate.submitPhone(entry);
            }}
          />
        </Suspense>
      ) : state.step === 'send' ? (
        <SendStep {...chrome} onSend={gate.requestCode} onChangeNumber={gate.changeNumber} />
      ) : (
        <CodeStep
          key={gate.generation}
          {...chrome}
          codeLength={codeLength}
          phone={gate.phone?.display ?? null}
          codeSentAt={state.codeSentAt}
          resendSeconds={gate.resendSeconds}
          canVerify={gate.canVerify}
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
