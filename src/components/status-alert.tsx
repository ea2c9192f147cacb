import { assertNever, type TwoFactorError } from '../api/errors';
import type { TwoFactorMessages } from '../messages';

/** The viewer-facing sentence for a failure; `waitSeconds` only matters for W5001. */
function describeError(
  error: TwoFactorError,
  messages: TwoFactorMessages,
  waitSeconds: number,
): string {
  const kind = error.kind;
  switch (kind) {
    case 'rate-limited':
      // A Retry-After already in the past: no wait to announce.
      return waitSeconds > 0 ? messages.rateLimited(waitSeconds) : messages.rateLimitOver;
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
  /**
   * For W5001: the wait announced once when the alert appears. The live countdown sits on
   * the disabled buttons, so screen readers are not interrupted every second.
   */
  waitSeconds: number;
}

/**
 * The `role="alert"` element of the DOM contract. Server `detail` is deliberately absent:
 * it is technical English for the host's logs, not for viewers.
 */
export function StatusAlert({ error, messages, waitSeconds }: StatusAlertProps) {
  return (
    <div role="alert" className="s2fa-alert" data-status-code={error.code} data-kind={error.kind}>
      {describeError(error, messages, waitSeconds)}
    </div>
  );
}
