import { type ReactNode, useRef } from 'react';
import type { TwoFactorMessages } from '../messages';
import { useFocusOnMount } from './use-focus-on-mount';

export interface HaltedStepProps {
  messages: TwoFactorMessages;
  headingId: string;
  /** The failure's alert. */
  alert: ReactNode;
  /** Focus the action (or the heading) on mount: the form the viewer used just went away. */
  autoFocus: boolean;
  onSignIn?: () => void;
}

/**
 * What replaces the form after a sign-in or integration failure (W2000, W2003 after a
 * refresh, W2101): nothing can be sent until the host changes `auth`, so no field invites
 * typing in vain. The one action left is the host's sign-in, when it offers one.
 */
export function HaltedStep(props: HaltedStepProps) {
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const actionRef = useRef<HTMLButtonElement | null>(null);
  const target = props.onSignIn ? actionRef : headingRef;
  useFocusOnMount(target, props.autoFocus);
  return (
    <div className="s2fa-step" data-halted="">
      <h2 id={props.headingId} ref={headingRef} className="s2fa-heading" tabIndex={-1}>
        {props.messages.signInHeading}
      </h2>
      {props.alert}
      {props.onSignIn ? (
        <button
          ref={actionRef}
          type="button"
          className="s2fa-button"
          data-variant="primary"
          onClick={props.onSignIn}
        >
          {props.messages.signIn}
        </button>
      ) : null}
    </div>
  );
}
