import type { TwoFactorMessages } from '../messages';

export interface ResendRowProps {
  messages: TwoFactorMessages;
  /** The button's text: the action, its countdown, or its progress. */
  label: string;
  /** Sending now would not go out (cooldown, rate limit, a request under way). */
  unavailable: boolean;
  /** A new code is being requested. */
  busy: boolean;
  /** When the last code went out, already formatted. */
  sentAt: string;
  onResend: () => void;
}

/**
 * "Didn't get a text? Send a new code in 0:27". The button stays focusable and readable
 * while it cannot send (`aria-disabled`, not `disabled`): a keyboard viewer finds it and
 * hears how long to wait, and focus is not dropped when it becomes unavailable.
 */
export function ResendRow(props: ResendRowProps) {
  const { messages } = props;
  return (
    <div className="s2fa-resend">
      <p className="s2fa-text">
        {messages.resendPrompt}{' '}
        <button
          type="button"
          className="s2fa-button"
          data-variant="inline"
          aria-disabled={props.unavailable || undefined}
          aria-busy={props.busy || undefined}
          onClick={() => {
            if (!props.unavailable) props.onResend();
          }}
        >
          {props.label}
        </button>
      </p>
      <p className="s2fa-hint">{messages.codeSentAt(props.sentAt)}</p>
    </div>
  );
}
