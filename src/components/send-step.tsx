import { useRef } from 'react';
import { ChangeNumberButton } from './change-number-button';
import type { StepChrome } from './step-chrome';
import { useFocusOnMount } from './use-focus-on-mount';

export interface SendStepProps extends StepChrome {
  onSend: () => void;
  onChangeNumber: () => void;
}

/** For a phone already linked: one button asks for the code. */
export function SendStep(props: SendStepProps) {
  const { messages } = props;
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  useFocusOnMount(buttonRef, props.autoFocus);
  return (
    <div className="s2fa-step">
      <h2 id={props.headingId} className="s2fa-heading" tabIndex={-1}>
        {messages.sendHeading}
      </h2>
      <p className="s2fa-text">{messages.sendIntro}</p>
      {props.alert}
      <div className="s2fa-actions">
        <button
          ref={buttonRef}
          type="button"
          className="s2fa-button"
          data-variant="primary"
          disabled={!props.canSend}
          aria-busy={props.isBusy || undefined}
          onClick={props.onSend}
        >
          {props.sendLabel(messages.sendSubmit, messages.sendSubmitting)}
        </button>
        <ChangeNumberButton label={messages.changeNumber} onPress={props.onChangeNumber} />
      </div>
    </div>
  );
}
