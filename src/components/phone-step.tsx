import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { TwoFactorError } from '../api/errors';
import type { PhoneCheck } from '../phone/confirm';
import { countryOptions, initialCountry } from '../phone/picker';
import type { CountrySuggestion } from '../phone/suggest';
import type { PhoneDraft } from '../phone/types';
import type { PickedBy } from './country-combobox/use-country-combobox';
import { CountryControl } from './country-control';
import { PhoneFieldMessage } from './phone-field-message';
import type { StepChrome } from './step-chrome';
import { useFocusOnMount } from './use-focus-on-mount';
import { useHydrated } from './use-hydrated';
import { usePhoneRules } from './use-phone-rules';
import { usePhoneTyping } from './use-phone-typing';
import { useReformatOnPick } from './use-reformat-on-pick';

interface PhoneFormValues {
  country: string;
  phone: string;
}

export interface PhoneStepProps extends StepChrome {
  /** Used when the picker offers it; see `initialCountry`. */
  defaultCountry?: string;
  /** The viewer's last entry, to start from after "use a different number". */
  draft: PhoneDraft | null;
  countries?: readonly string[];
  preferredCountries?: readonly string[];
  /** @defaultValue `navigator.language` once hydrated, else `'en'` */
  locale?: string;
  /** The gate's current failure: its alert is about the number last sent. */
  error: TwoFactorError | null;
  /** `'search'`: the searchable combobox once loaded; `'native'`: always a `<select>`. */
  countryPicker: 'search' | 'native';
  /** Validates and sends (the hook's `submitPhone`); a refusal lands on the phone field. */
  onSubmit: (draft: PhoneDraft) => Promise<PhoneCheck>;
}

/** Country and phone number in one form; react-hook-form owns the values and errors. */
export function PhoneStep(props: PhoneStepProps) {
  const { messages, draft, countries, preferredCountries } = props;
  const hydrated = useHydrated();
  // The browser's language applies after hydration, so the server's HTML is reused as is.
  const browser = hydrated && typeof navigator !== 'undefined' ? navigator : undefined;
  const locale = props.locale ?? browser?.language ?? 'en';
  const languages = browser ? (browser.languages ?? [browser.language]) : [];
  const ids = useId();
  // The picker's rows (built once per locale and list, then cached): the picker shows them,
  // the form starts on one of them and the phone field only ever switches to one of them.
  const offered = useMemo(
    () => countryOptions(locale, { countries, preferred: preferredCountries }),
    [locale, countries, preferredCountries],
  );
  const startCountry = initialCountry(props.defaultCountry, languages, offered);
  const phoneRef = useRef<HTMLInputElement | null>(null);
  useFocusOnMount(phoneRef, props.autoFocus);
  const form = useForm<PhoneFormValues>({
    defaultValues: { country: draft?.country ?? startCountry, phone: draft?.text ?? '' },
  });
  const { register, handleSubmit, setValue, getValues, getFieldState, setError, clearErrors } =
    form;
  // A failed send was about the number: once the viewer edits it or the country, its alert
  // goes. A rate limit stays, its countdown still applies.
  const [editedAfter, setEditedAfter] = useState<TwoFactorError | null>(null);
  const edited = () => setEditedAfter(props.error);
  const alert =
    props.error && props.error.kind !== 'rate-limited' && editedAfter === props.error
      ? null
      : props.alert;
  // A country that fits the refused number better, offered under the field's message.
  const [suggestion, setSuggestion] = useState<CountrySuggestion>();

  // Until the viewer picks a country, follow the best guess (it improves on hydration).
  useEffect(() => {
    if (draft || getFieldState('country').isDirty) return;
    if (getValues('country') !== startCountry) setValue('country', startCountry);
  }, [startCountry, draft, getFieldState, getValues, setValue]);

  const country = form.watch('country');
  const { runtime, rules } = usePhoneRules(country);
  const reformatSoon = useReformatOnPick({
    country,
    runtime,
    rules,
    read: () => getValues('phone'),
    write: (text) => setValue('phone', text),
  });
  const phoneError = form.formState.errors.phone?.message;
  const errorId = `${ids}-phone-error`;
  const hintId = `${ids}-phone-hint`;

  const countryField = register('country');
  const guardedCountry: typeof countryField = {
    ...countryField,
    onChange: (event) => {
      if (props.isBusy) {
        // Read-only while the number is sent: the code step must mask the number seen here.
        event.target.value = getValues('country');
        return Promise.resolve();
      }
      forgetRefusal();
      reformatSoon();
      return countryField.onChange(event);
    },
  };
  // The phone field's message (and its suggestion) was about the previous country.
  const forgetRefusal = () => {
    edited();
    clearErrors('phone');
    setSuggestion(undefined);
  };
  const pickCountry = (code: string, by: PickedBy) => {
    if (props.isBusy) return;
    forgetRefusal();
    reformatSoon();
    setValue('country', code, { shouldDirty: true });
    // Tab moves on by itself; after Enter or a click the next thing to do is the number.
    if (by !== 'tab') phoneRef.current?.focus();
  };

  const phoneField = register('phone');

  const onPhoneInput = usePhoneTyping({
    runtime,
    offered,
    getCountry: () => getValues('country'),
    setCountry: (code) => setValue('country', code),
    onEdit: edited,
  });

  const submit = handleSubmit(async (values) => {
    const check = await props.onSubmit({ country: values.country, text: values.phone });
    if (check.ok) return;
    // Only a number the selected country cannot read: a landline or a leading-zero number
    // is that country's, and its own message says what to do.
    const misfit = ['INVALID', 'TOO_LONG', 'TOO_SHORT'].includes(check.reason);
    const better = !misfit
      ? undefined
      : // Its own small chunk: only a refused number needs it.
        await import('../phone/suggest')
          .then(({ suggestCountry }) =>
            suggestCountry(
              { country: values.country, text: values.phone },
              languages,
              offers,
              runtime?.confirmPhone,
            ),
          )
          .catch(() => undefined);
    const selected = offered.find((entry) => entry.code === values.country);
    const message =
      check.reason === 'UNAVAILABLE'
        ? messages.phoneRulesUnavailable
        : better && selected
          ? messages.phoneNotValidIn(selected.name)
          : messages.phoneRefusal[check.reason];
    setSuggestion(better);
    setError('phone', { type: check.reason, message }, { shouldFocus: true });
  });
  const offers = (code: string) => offered.some((entry) => entry.code === code);
  const suggested = suggestion && offered.find((entry) => entry.code === suggestion.country);
  const acceptSuggestion = () => {
    if (!suggestion) return;
    pickCountry(suggestion.country, 'click');
    setValue('phone', suggestion.text);
  };

  return (
    <form className="s2fa-form" noValidate onSubmit={submit} aria-labelledby={props.headingId}>
      <h2 id={props.headingId} className="s2fa-heading" tabIndex={-1}>
        {messages.phoneHeading}
      </h2>
      <p className="s2fa-text">{messages.phoneIntro}</p>
      <CountryControl
        mode={props.countryPicker}
        field={guardedCountry}
        value={country}
        options={offered}
        locale={locale}
        messages={messages}
        readOnly={props.isBusy}
        onPick={pickCountry}
      />
      <div className="s2fa-field">
        <label className="s2fa-label" htmlFor={`${ids}-phone`}>
          {messages.phoneLabel}
        </label>
        <input
          {...phoneField}
          ref={(element) => {
            phoneField.ref(element);
            phoneRef.current = element;
          }}
          id={`${ids}-phone`}
          className="s2fa-input"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          readOnly={props.isBusy}
          onInput={onPhoneInput}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={phoneError ? errorId : hintId}
        />
        <PhoneFieldMessage
          error={phoneError}
          errorId={errorId}
          hintId={hintId}
          country={country}
          rules={rules && runtime?.phoneRulesFor('', country)}
          suggested={suggested}
          onAcceptSuggestion={acceptSuggestion}
          messages={messages}
        />
      </div>
      {alert}
      <button
        type="submit"
        className="s2fa-button"
        data-variant="primary"
        disabled={!props.canSend}
        aria-busy={props.isBusy || undefined}
      >
        {props.sendLabel(messages.phoneSubmit, messages.phoneSubmitting)}
      </button>
    </form>
  );
}
