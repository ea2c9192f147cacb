import { type ReactNode, type RefObject, useId, useMemo, useRef, useState } from 'react';
import type { TwoFactorError } from '../api/errors';
import {
  type UseScreenerTwoFactorOptions,
  useScreenerTwoFactor,
} from '../hooks/use-screener-two-factor';
import { resolveMessages, type TwoFactorMessages } from '../messages';
import type { PhoneDraft } from '../phone/types';
import { CodeStep } from './code-step';
import { HaltedStep } from './halted-step';
import { formatWait, intlLocale } from './intl-text';
import { PhoneStep } from './phone-step';
import { SendStep } from './send-step';
import { StatusAlert } from './status-alert';
import type { StepChrome } from './step-chrome';
import { useAnnouncement } from './use-announcement';
import { VerifiedContent } from './verified-content';

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
  /**
   * Language of country names, number hints, waits (`45 seconds`) and times (`14:02`): pass
   * the language of `messages` with them.
   * @defaultValue `navigator.language` after hydration (else `'en'`) for country names and
   *   hints; `'en'`, the language of the default messages, for waits and times
   */
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
  /**
   * Offers a "Sign in" button after a failure only sign-in can fix (W2000, W2101, W2003 once
   * a refresh did not help); the gate shows the message in place of its form either way. Sign
   * the viewer in, then pass a new `auth`: the gate resumes where it stopped.
   */
  onSignIn?: () => void;
  /**
   * The element to focus once verified, e.g. the player's play button. Without it, focus
   * goes to the first heading in `children`, else their first focusable element.
   */
  focusOnVerified?: RefObject<HTMLElement | null>;
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
  // Waits and times sit inside the messages' sentences, so without a `locale` they follow
  // the default messages (English), not the browser: no "45 secondes" in an English sentence.
  const locale = intlLocale(props.locale);

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
  // A halt that replaces a form the viewer used takes focus; one found on mount does not.
  const seenForm = useRef(false);
  if (!gate.isHalted) seenForm.current = true;

  // Whether a rate-limit alert had a wait when it appeared: once that wait is over, a plain
  // notice says so (the live region announces it). One whose Retry-After was already past
  // says so as its alert.
  const alertWait = useRef<{ error: TwoFactorError | null; waited: boolean }>({
    error: null,
    waited: false,
  });
  if (alertWait.current.error !== gate.error) {
    alertWait.current = { error: gate.error, waited: gate.rateLimitSeconds > 0 };
  }
  const blockedFor = gate.rateLimitSeconds;
  const waitOver = gate.error?.kind === 'rate-limited' && alertWait.current.waited && !blockedFor;
  const announced = useAnnouncement(
    { error: gate.error, blockedFor, codeSentAt: gate.codeSentAt },
    messages,
  );
  // Read by the region that was already in the page while the code was checked.
  const announcement = gate.step === 'verified' ? messages.verified : announced;

  const alert = waitOver ? (
    <p className="s2fa-notice">{messages.rateLimitOver}</p>
  ) : gate.error ? (
    <StatusAlert error={gate.error} messages={messages} waitSeconds={blockedFor} locale={locale} />
  ) : null;
  const chrome: StepChrome = {
    messages,
    headingId,
    autoFocus,
    isBusy: gate.isBusy,
    canSend: gate.canSend,
    // The same words as the alert, from the same figure: the two never disagree.
    sendLabel: (idle, busy) =>
      gate.isBusy
        ? busy
        : blockedFor > 0
          ? messages.sendBlocked(idle, formatWait(blockedFor, locale))
          : idle,
    alert,
  };

  const state = gate.state;
  let content: ReactNode;
  if (state.step === 'verified') {
    const { children } = props;
    content = (
      <VerifiedContent focusTarget={props.focusOnVerified}>
        {typeof children === 'function' ? children({ code: state.code }) : children}
      </VerifiedContent>
    );
  } else if (gate.isHalted) {
    content = (
      <HaltedStep
        messages={messages}
        headingId={headingId}
        alert={alert}
        autoFocus={seenForm.current}
        onSignIn={props.onSignIn}
      />
    );
  } else if (state.step === 'phone') {
    content = (
      <PhoneStep
        key={gate.generation}
        {...chrome}
        defaultCountry={props.defaultCountry}
        draft={draft}
        countries={props.countries}
        preferredCountries={props.preferredCountries}
        locale={props.locale}
        countryPicker={props.countryPicker === 'native' ? 'native' : 'search'}
        error={gate.error}
        onSubmit={(entry) => {
          setSaved({ generation: gate.generation, draft: entry });
          return gate.submitPhone(entry);
        }}
      />
    );
  } else if (state.step === 'send') {
    content = <SendStep {...chrome} onSend={gate.requestCode} onChangeNumber={gate.changeNumber} />;
  } else {
    content = (
      <CodeStep
        key={gate.generation}
        {...chrome}
        locale={locale}
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
    );
  }

  // One root element and one live region for every step, so the region is already in the
  // page when it speaks (a region inserted with its text is often not read).
  return (
    <section
      className={props.className ? `s2fa ${props.className}` : 's2fa'}
      data-step={state.step}
      data-busy={gate.isBusy ? '' : undefined}
      data-blocked={blockedFor > 0 ? '' : undefined}
      aria-labelledby={state.step === 'verified' ? undefined : headingId}
    >
      {content}
      <div className="s2fa-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}
