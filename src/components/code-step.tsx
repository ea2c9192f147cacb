import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { TwoFactorError } from '../api/errors';
import { ChangeNumberButton } from './change-number-button';
import { sanitizeCode } from './code-input';
import { formatClock, formatTime } from './intl-text';
import { StatusAlert } from './status-alert';
import type { StepChrome } from './step-chrome';
import { TextWith } from './text-with';
import { useFocusOnMount } from './use-focus-on-mount';
import { useWebOtp } from './use-web-otp';

export interface CodeStepProps extends StepChrome {
  /** Locale of the time the last code went out. */
  locale: string;
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
  // A failure of the code check is about the field: editing the code retires it, so the
  // field never shows two messages (the newest wins).
  const aboutCode = props.error?.endpoint === 'verify-code' ? props.error : null;
  const [editedAfter, setEditedAfter] = useState<TwoFactorError | null>(null);
  const current = aboutCode && editedAfter !== aboutCode ? aboutCode : null;
  const rejectedShown = current?.kind === 'code-rejected' ? current : null;
  const alert = aboutCode && !current ? null : props.alert;
  const incomplete = code.length !== codeLength;
  const fieldError = triedSubmit && incomplete ? messages.codeIncomplete(codeLength) : undefined;
  const invalid = fieldError !== undefined || rejectedShown !== null;
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
  const rejected = aboutCode?.kind === 'code-rejected' ? aboutCode : null;
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

  // A new code landed: back to the field, unless the viewer has moved on elsewhere.
  const stepRef = useRef<HTMLDivElement | null>(null);
  const firstSentAt = useRef(props.codeSentAt);
  useEffect(() => {
    if (props.codeSentAt === firstSentAt.current) return;
    const active = document.activeElement;
    if (!active || active === document.body || stepRef.current?.contains(active)) {
      inputRef.current?.focus();
    }
  }, [props.codeSentAt]);

  const { resendSeconds } = props;
  const resendLabel = props.isResending
    ? messages.resendSending
    : resendSeconds > 0
      ? messages.resendIn(formatClock(resendSeconds))
      : props.isVerifying
        ? messages.resend
        : props.sendLabel(messages.resend, messages.resendSending);

  const sentence = props.phone
    ? messages.codeSentTo(props.phone, codeLength)
    : messages.codeSent(codeLength);

  return (
    <div className="s2fa-step" ref={stepRef}>
      <form className="s2fa-form" noValidate onSubmit={submit} aria-labelledby={props.headingId}>
        <h2 id={props.headingId} className="s2fa-heading" tabIndex={-1}>
          {messages.codeHeading}
        </h2>
        <div className="s2fa-sent">
          <p id={sentId} className="s2fa-text">
            <TextWith text={sentence} part={props.phone ?? ''}>
              {(phone) => (
                // Left to right inside any sentence, and never broken across lines.
                <bdi dir="ltr" className="s2fa-number">
                  {phone}
                </bdi>
              )}
            </TextWith>
          </p>
          <ChangeNumberButton label={messages.changeNumber} onPress={props.onChangeNumber} />
        </div>
        <div className="s2fa-field" data-field="code">
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
            data-code-length={codeLength}
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            spellCheck={false}
            readOnly={props.isVerifying}
            onChange={(event) => {
              if (aboutCode) setEditedAfter(aboutCode);
              fillAndSubmit(event.currentTarget.value, true);
            }}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${errorId} ${sentId}` : sentId}
          />
          {fieldError ? (
            <p id={errorId} className="s2fa-field-error">
              {fieldError}
            </p>
          ) : rejectedShown ? (
            <StatusAlert
              id={errorId}
              className="s2fa-field-error"
              error={rejectedShown}
              messages={messages}
            />
          ) : null}
        </div>
        {rejectedShown ? null : alert}
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
      <div className="s2fa-resend">
        <p className="s2fa-text">
          {messages.resendPrompt}{' '}
          {/* Focusable while it cannot send (aria-disabled, not disabled): a keyboard viewer
              finds it and hears the wait, and focus is not dropped when it turns off. */}
          <button
            type="button"
            className="s2fa-button"
            data-variant="inline"
            // Usable while a code is checked: a new code makes that check moot (it is aborted).
            aria-disabled={!props.canSend || undefined}
            aria-busy={props.isResending || undefined}
            onClick={() => {
              if (props.canSend) props.onResend();
            }}
          >
            {resendLabel}
          </button>
        </p>
        <p className="s2fa-hint">
          {messages.codeSentAt(formatTime(props.codeSentAt, props.locale))}
        </p>
      </div>
    </div>
  );
}
