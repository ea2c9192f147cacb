import { useCallback, useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
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
  const { register, handleSubmit, setValue, formState, reset } = useForm<{ code: string }>({
    defaultValues: { code: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const field = register('code', {
    validate: (code) => code.length === codeLength || messages.codeIncomplete(codeLength),
  });
  const fieldError = formState.errors.code?.message;
  const errorId = `${ids}-code-error`;
  const sentId = `${ids}-code-sent`;

  const submitCode = useCallback(
    (code: string) => {
      lastSubmitted.current = code;
      props.onSubmitCode(code);
    },
    [props.onSubmitCode],
  );
  const submit = handleSubmit(({ code }) => submitCode(code));

  // A rejected code is cleared and the field focused, ready for another try.
  const rejected = props.error?.code === 'CODE_REJECTED' ? props.error : null;
  useEffect(() => {
    if (!rejected) return;
    reset({ code: '' });
    lastSubmitted.current = null;
    inputRef.current?.focus();
  }, [rejected, reset]);

  const fillAndSubmit = useCallback(
    (raw: string) => {
      const code = sanitizeCode(raw, codeLength);
      setValue('code', code);
      if (code.length === codeLength && code !== lastSubmitted.current) submitCode(code);
    },
    [codeLength, setValue, submitCode],
  );
  useWebOtp(!props.isVerifying && lastSubmitted.current === null, fillAndSubmit);

  const cooldown = useCountdown(props.resendAt);
  const resendLabel = props.isResending
    ? messages.resendSending
    : cooldown > 0 && props.canSend
      ? messages.resendIn(cooldown)
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
            {...field}
            ref={(element) => {
              field.ref(element);
              inputRef.current = element;
            }}
            id={`${ids}-code`}
            className="s2fa-input"
            data-code-input=""
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            spellCheck={false}
            readOnly={props.isVerifying}
            onChange={(event) => {
              const code = sanitizeCode(event.currentTarget.value, codeLength);
              event.currentTarget.value = code;
              void field.onChange(event);
              if (code.length === codeLength && code !== lastSubmitted.current) submitCode(code);
            }}
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
          disabled={props.isVerifying || props.isBusy}
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
