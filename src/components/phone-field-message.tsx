import type { TwoFactorMessages } from '../messages';
import type { CountryEntry } from '../phone/countries';
import type { PhoneMetadata } from '../phone/metadata';
import { PhoneExample } from './phone-example';

export interface PhoneFieldMessageProps {
  /** The field's refusal; without one the example number shows. */
  error: string | undefined;
  errorId: string;
  hintId: string;
  country: string;
  /** The selected country's rules, for the example. */
  rules: PhoneMetadata | undefined;
  /** A country the refused number fits, offered in one click. */
  suggested: CountryEntry | undefined;
  onAcceptSuggestion: () => void;
  messages: TwoFactorMessages;
}

/** Under the phone field: the refusal (with a better country, if any), or an example number. */
export function PhoneFieldMessage(props: PhoneFieldMessageProps) {
  const { messages, suggested } = props;
  if (!props.error) {
    return (
      <PhoneExample
        id={props.hintId}
        country={props.country}
        rules={props.rules}
        messages={messages}
      />
    );
  }
  return (
    <>
      <p id={props.errorId} className="s2fa-field-error">
        {props.error}
      </p>
      {suggested && (
        <button
          type="button"
          className="s2fa-button"
          data-variant="link"
          onClick={props.onAcceptSuggestion}
        >
          {messages.switchCountry(suggested.name, suggested.callingCode)}
        </button>
      )}
    </>
  );
}
