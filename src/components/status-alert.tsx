import { assertNever, type TwoFactorError } from '../api/errors';
import type { TwoFactorMessages } from '../messages';
import { formatWait } from './intl-text';
import { TextWith } from './text-with';

/** The viewer-facing sentence for a failure other than W5001. */
function describeError(error: TwoFactorError, messages: TwoFactorMessages): string {
  const kind = error.kind;
  switch (kind) {
    case 'rate-limited':
      return messages.rateLimitOver;
    case 'unknown-code':
      return messages.unknownCode(error.code);
    case 'timeout':
      return error.endpoint === 'verify-code' ? messages.codeCheckTimeout : messages.error.timeout;
    case 'integration':
    case 'session-expired':
    case 'sign-in-required':
    case 'server':
    case 'network':
    case 'bad-response':
    case 'code-rejected':
      return messages.error[kind];
    default:
      return assertNever(kind);
  }
}

export interface StatusAlertProps {
  error: TwoFactorError;
  messages: TwoFactorMessages;
  /** For W5001: the seconds left now, the same figure the sending buttons show. */
  waitSeconds?: number;
  /** Locale of the wait's units. @defaultValue `'en'` */
  locale?: string;
  /** For a field's message: the id its `aria-describedby` points at. */
  id?: string;
  className?: string;
}

/**
 * The `role="alert"` element of the DOM contract. Server `detail` is deliberately absent:
 * it is technical English for the host's logs, not for viewers.
 */
export function StatusAlert(props: StatusAlertProps) {
  const { error, messages, waitSeconds = 0 } = props;
  const wait = formatWait(waitSeconds, props.locale ?? 'en');
  return (
    <div
      role="alert"
      id={props.id}
      className={props.className ?? 's2fa-alert'}
      data-status-code={error.code}
      data-kind={error.kind}
    >
      {error.kind === 'rate-limited' && waitSeconds > 0 ? (
        <TextWith text={messages.rateLimited(wait)} part={wait}>
          {(part) => (
            // Announced once with the alert; its ticking is not read out every second.
            <span aria-live="off">{part}</span>
          )}
        </TextWith>
      ) : (
        describeError(error, messages)
      )}
    </div>
  );
}
