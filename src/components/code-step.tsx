import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { TwoFactorError } from '../api/errors';
import { useCountdown } from '../hooks/use-countdown';
import { useWebOtp } from '../hooks/use-web-otp';
import { sanitizeCode } from './code-input';
import type { StepChrome } from './step-chrome';
import { useFocusOnMount } from './use-focus-on-mount';

export interface CodeStepProps extends StepChrome {
  codeLength: number;
  /** Masked destination (`•• 56`), or `null` when the gate does not know the number. */
  phoneHint: string | null;
  /** Epoch ms when "send a new code" becomes available. */
  resendAt: number;
  /** True while the host checks a code. */
  isVerifying: boolean;
  /** True while a new code is being requested. */
  isResending: boolean;
  error: TwoFactorError | null;
  onSubmitCode: (code: string) => void;
  onResend: () => void;
  onChangeNumber: () => void;
}

/** One real `one-time-code` input, auto-submitted once per distinct complete code. */
export function CodeStep(props: CodeStepProps) {
  const { messages, codeLength } = props;
  const ids = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  useFocusOnMount(inputRef, props.autoFocus);
  const lastSubmitted = useRef<string | null>(null);
  // One field needs no form library: plain state keeps react-hook-form (12.8 KB gzip) out of
  // the returning viewer's download. Validated on submit, then as the viewer corrects.
  const [code, setCode] = useState('');
  const [triedSubmit, setTriedSubmit] = useState(false);
  const incomplete = code.length !== codeLength;
  const fieldError = triedSubmit && incomplete ? messages.codeIncomplete(codeLength) : undefined;
  const errorId = `${ids}-code-error`;
  const sentId = `${ids}-code-sent`;

  const submitCode = useCallback(
    (complete: string) => {
      lastSubmitted.current = complete;
      props.onSubmitCode(complete);
    },
    [props.onSubmitCode],
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTriedSubmit(true);
    if (!incomplete) submitCode(code);
  };

  // A rejected code is cleared and the field focused, ready for another try.
  const rejected = props.error?.code === 'CODE_REJECTED' ? props.error : null;
  useEffect(() => {
    if (!rejected) return;
    setCode('');
    setTriedSubmit(false);
    lastSubmitted.current = null;
    inputRef.current?.focus();
  }, [rejected]);

  const fillAndSubmit = useCallback(
    (raw: string) => {
      const digits = sanitizeCode(raw, codeLength);
      setCode(digits);
      // Halted, the gate refuses codes; mid-resend, the code typed may be the one being
      // replaced. Either way do not auto-submit (and so do not remember it as submitted):
      // Verify stays available once the gate is idle.
      if (props.isHalted || props.isBusy || digits.length !== codeLength) return;
      if (digits !== lastSubmitted.current) submitCode(digits);
    },
    [codeLength, submitCode, props.isHalted, props.isBusy],
  );
  useWebOtp(!props.isVerifying && lastSubmitted.current === null, fillAndSubmit);

  const cooldown = useCountdown(props.resendAt);
  // "Sending" only while a new code is on its way; while the host checks a code the button is
  // merely disabled, and the cooldown keeps counting on it.
  const resendLabel = props.isResending
    ? messages.resendSending
    : cooldown > 0 && (props.canSend || props.isVerifying)
      ? messages.resendIn(cooldown)
      : props.isVerifying
        ? messages.resend
        : props.sendLabel(messages.resend, messages.resendSending);

  return (
    <div className="s2fa-step">
      <form className="s2fa-form" noValidate onSubmit={submit} aria-labelledby={props.headingId}>
        <h2 id={props.headingId} className="s2fa-heading" tabIndex={-1}>
          {messages.codeHeading}
        </h2>
        <p id={sentId} className="s2fa-text">
          {props.phoneHint
            ? messages.codeSentTo(props.phoneHint, codeLength)
            : messages.codeSent(codeLength)}
        </p>
        <div className="s2fa-field">
          <label className="s2fa-label" htmlFor={`${ids}-code`}>
            {messages.codeLabel}
          </label>
          <input
            ref={inputRef}
            name="code"
            value={code}
            id={`${ids}-code`}
            className="s2fa-input"
            data-code-input=""
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            spellCheck={false}
            readOnly={props.isVerifying}
            onChange={(event) => fillAndSubmit(event.currentTarget.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? errorId : sentId}
          />
          {fieldError ? (
            <p id={errorId} className="s2fa-field-error">
              {fieldError}
            </p>
          ) : null}
        </div>
        {props.alert}
        <button
          type="submit"
          className="s2fa-button"
          data-variant="primary"
          disabled={props.isBusy || props.isHalted}
          aria-busy={props.isVerifying || undefined}
        >
          {props.isVerifying ? messages.codeSubmitting : messages.codeSubmit}
        </button>
      </form>
      <div className="s2fa-actions">
        <button
          type="button"
          className="s2fa-button"
          data-variant="secondary"
          disabled={!props.canSend || cooldown > 0}
          onClick={props.onResend}
        >
          {resendLabel}
        </button>
        <button
          type="button"
          className="s2fa-button"
          data-variant="link"
          disabled={props.isVerifying}
          onClick={props.onChangeNumber}
        >
          {messages.changeNumber}
        </button>
      </div>
    </div>
  );
}
