import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { TwoFactorError } from '../api/errors';
import { sanitizeCode } from './code-input';
import { isolatePhone } from './phone-display';
import type { StepChrome } from './step-chrome';
import { useFocusOnMount } from './use-focus-on-mount';
import { useWebOtp } from './use-web-otp';

export interface CodeStepProps extends StepChrome {
  codeLength: number;
  /** The number in international format, or `null` when the gate does not know it. */
  phone: string | null;
  /** Epoch ms of the last code sent. */
  codeSentAt: number;
  /** Seconds until "send a new code" is allowed. */
  resendSeconds: number;
  /** A code may be submitted now. */
  canVerify: boolean;
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
  // The viewer submitted a code they typed: the SMS listener has nothing left to do.
  const [typedByHand, setTypedByHand] = useState(false);
  // Rejected codes so far: each one re-arms the SMS listener, a new SMS may follow.
  const [rejections, setRejections] = useState(0);
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
    if (incomplete || !props.canVerify) return;
    setTypedByHand(true);
    submitCode(code);
  };

  // A rejected code is cleared and the field focused, ready for another try.
  const rejected = props.error?.code === 'CODE_REJECTED' ? props.error : null;
  useEffect(() => {
    if (!rejected) return;
    setCode('');
    setTriedSubmit(false);
    setTypedByHand(false);
    setRejections((n) => n + 1);
    lastSubmitted.current = null;
    inputRef.current?.focus();
  }, [rejected]);

  const fillAndSubmit = useCallback(
    (raw: string, typed: boolean) => {
      const digits = sanitizeCode(raw, codeLength);
      setCode(digits);
      // Halted, the gate refuses codes; mid-resend, the code typed may be the one being
      // replaced. Either way do not auto-submit (and so do not remember it as submitted):
      // Verify stays available once the gate is idle.
      if (!props.canVerify || digits.length !== codeLength) return;
      if (digits === lastSubmitted.current) return;
      if (typed) setTypedByHand(true);
      submitCode(digits);
    },
    [codeLength, submitCode, props.canVerify],
  );
  useWebOtp(`${props.codeSentAt}:${rejections}`, typedByHand, (sms) => fillAndSubmit(sms, false));

  const { resendSeconds } = props;
  const resendLabel = props.isResending
    ? messages.resendSending
    : resendSeconds > 0
      ? messages.resendIn(resendSeconds)
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
          {props.phone
            ? messages.codeSentTo(isolatePhone(props.phone), codeLength)
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
            onChange={(event) => fillAndSubmit(event.currentTarget.value, true)}
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
          disabled={!props.canVerify}
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
          // Usable while a code is checked: a new code makes that check moot (it is aborted).
          disabled={!props.canSend}
          onClick={props.onResend}
        >
          {resendLabel}
        </button>
        <button
          type="button"
          className="s2fa-button"
          data-variant="link"
          onClick={props.onChangeNumber}
        >
          {messages.changeNumber}
        </button>
      </div>
    </div>
  );
}
