import { type FormEvent, useId, useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { PhoneDraft } from '../flow/machine';
import { usePhoneMetadata } from '../hooks/use-phone-metadata';
import {
  checkDraft,
  detectCountry,
  formatPhoneInput,
  loadPhoneMetadata,
  type PhoneCheck,
} from '../phone/bound';
import { CountryPicker } from './country-picker';
import { PhoneExample } from './phone-example';
import type { StepChrome } from './step-chrome';
import { useFocusOnMount } from './use-focus-on-mount';

interface PhoneFormValues {
  country: string;
  phone: string;
}

export interface PhoneStepProps extends StepChrome {
  defaultCountry: string;
  draft: PhoneDraft | null;
  countries?: readonly string[];
  preferredCountries?: readonly string[];
  locale: string;
  /** Validates again and sends (the hook's `submitPhone`). */
  onSubmit: (draft: PhoneDraft) => Promise<PhoneCheck>;
}

/** Country and phone number in one form; react-hook-form owns the values and errors. */
export function PhoneStep(props: PhoneStepProps) {
  const { messages, draft, locale } = props;
  const ids = useId();
  const phoneRef = useRef<HTMLInputElement | null>(null);
  useFocusOnMount(phoneRef, props.autoFocus);
  const { control, register, handleSubmit, setValue, getValues, trigger, watch, formState } =
    useForm<PhoneFormValues>({
      defaultValues: {
        country: draft?.country ?? props.defaultCountry,
        phone: draft?.text ?? '',
      },
      mode: 'onSubmit',
      reValidateMode: 'onChange',
    });

  const metadata = usePhoneMetadata();
  const validate = async (text: string) => {
    const loaded = await loadPhoneMetadata().catch(() => undefined);
    if (!loaded) return messages.phoneRulesUnavailable;
    const check = checkDraft({ country: getValues('country'), text }, loaded);
    return check.ok || messages.phoneRefusal[check.reason as keyof typeof messages.phoneRefusal];
  };
  const phoneField = register('phone', { validate });
  const phoneError = formState.errors.phone?.message;
  const errorId = `${ids}-phone-error`;
  const hintId = `${ids}-phone-hint`;

  const onPhoneInput = (event: FormEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const native = event.nativeEvent as InputEvent;
    // A number typed or pasted with + or 00 picks its country (and +1 numbers switch US/CA).
    const country = detectCountry(input.value, getValues('country'), metadata);
    if (country && country !== getValues('country')) {
      setValue('country', country, { shouldValidate: formState.isSubmitted });
    }
    // Format only while appending at the end, so editing in the middle never moves the caret.
    const atEnd = input.selectionStart === input.value.length;
    if (atEnd && native.inputType?.startsWith('insert')) {
      const formatted = formatPhoneInput(input.value, country ?? getValues('country'), metadata);
      if (formatted !== input.value) input.value = formatted;
    }
  };

  const submit = handleSubmit(async (values) => {
    await props.onSubmit({ country: values.country, text: values.phone });
  });

  const country = watch('country');
  return (
    <form className="s2fa-form" noValidate onSubmit={submit} aria-labelledby={props.headingId}>
      <h2 id={props.headingId} className="s2fa-heading" tabIndex={-1}>
        {messages.phoneHeading}
      </h2>
      <p className="s2fa-text">{messages.phoneIntro}</p>
      <Controller
        control={control}
        name="country"
        render={({ field }) => (
          <CountryPicker
            value={field.value}
            onChange={(code) => {
              field.onChange(code);
              if (formState.isSubmitted) void trigger('phone');
            }}
            onBlur={field.onBlur}
            locale={locale}
            countries={props.countries}
            preferredCountries={props.preferredCountries}
            messages={messages}
          />
        )}
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
          autoComplete="tel-national"
          inputMode="tel"
          onInput={onPhoneInput}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={phoneError ? errorId : hintId}
        />
        {phoneError ? (
          <p id={errorId} className="s2fa-field-error">
            {phoneError}
          </p>
        ) : (
          <PhoneExample id={hintId} country={country} metadata={metadata} messages={messages} />
        )}
      </div>
      {props.alert}
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
