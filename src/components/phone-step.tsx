import { type FormEvent, useId, useMemo, useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { PhoneDraft } from '../flow/machine';
import { usePhoneRuntime } from '../hooks/use-phone-runtime';
import {
  countryOptions,
  defaultLocale,
  initialCountry,
  loadPhoneRuntime,
  type PhoneCheck,
  type PhoneRefusal,
  type PhoneRuntime,
} from '../phone/picker';
import { CountryPicker } from './country-picker';
import { PhoneExample } from './phone-example';
import type { StepChrome } from './step-chrome';
import { useFocusOnMount } from './use-focus-on-mount';

interface PhoneFormValues {
  country: string;
  phone: string;
}

export interface PhoneStepProps extends StepChrome {
  /** Used when the picker offers it; see `initialCountry`. */
  defaultCountry?: string;
  draft: PhoneDraft | null;
  countries?: readonly string[];
  preferredCountries?: readonly string[];
  /** @defaultValue `navigator.language`, else `'en'` */
  locale?: string;
  /** Validates again and sends (the hook's `submitPhone`). */
  onSubmit: (draft: PhoneDraft) => Promise<PhoneCheck>;
}

/** Country and phone number in one form; react-hook-form owns the values and errors. */
export function PhoneStep(props: PhoneStepProps) {
  const { messages, draft, countries, preferredCountries } = props;
  const locale = props.locale ?? defaultLocale();
  const ids = useId();
  // The picker's rows (built once per locale and list, then cached): the picker shows them,
  // the form starts on one of them and the phone field only ever switches to one of them.
  const offered = useMemo(
    () => countryOptions(locale, { countries, preferred: preferredCountries }),
    [locale, countries, preferredCountries],
  );
  const phoneRef = useRef<HTMLInputElement | null>(null);
  useFocusOnMount(phoneRef, props.autoFocus);
  const { control, register, handleSubmit, setValue, getValues, trigger, watch, formState } =
    useForm<PhoneFormValues>({
      defaultValues: {
        country: draft?.country ?? initialCountry(props.defaultCountry, locale, offered),
        phone: draft?.text ?? '',
      },
      mode: 'onSubmit',
      reValidateMode: 'onChange',
    });

  const country = watch('country');
  const runtime = usePhoneRuntime(country);
  const validate = async (text: string) => {
    const loaded = await loadPhoneRuntime().catch(() => undefined);
    const check = await loaded?.confirmPhone({ country: getValues('country'), text });
    if (!check || (!check.ok && check.reason === 'UNAVAILABLE')) {
      return messages.phoneRulesUnavailable;
    }
    return check.ok || messages.phoneRefusal[check.reason as PhoneRefusal];
  };
  const phoneField = register('phone', { validate });
  const phoneError = formState.errors.phone?.message;
  const errorId = `${ids}-phone-error`;
  const hintId = `${ids}-phone-hint`;

  /**
   * A number typed or pasted with + or 00 picks its country (and +1 numbers switch US/CA).
   * When the typed calling code's zone is not loaded yet, detection runs again once it is.
   * Returns the country now selected.
   */
  const syncCountry = (
    input: HTMLInputElement,
    loaded: PhoneRuntime | undefined = runtime,
    retry = true,
  ): string => {
    const current = getValues('country');
    if (!loaded) {
      // A paste on a cold page can beat the runtime chunk: detect once it arrives.
      if (retry) loadPhoneRuntime().then((later) => syncCountry(input, later, true), noop);
      return current;
    }
    const rules = loaded.phoneRulesFor(input.value, current);
    if (!rules) {
      if (retry) {
        loaded
          .loadPhoneRulesFor(input.value, current)
          .then(() => syncCountry(input, loaded, false), noop);
      }
      return current;
    }
    const detected = loaded.detectCountry(input.value, current, rules);
    // A host that restricted the list keeps its restriction: validation still reads the number
    // by its own calling code, but the picker never shows a country it does not offer.
    if (!detected || !offered.some((entry) => entry.code === detected)) return current;
    setValue('country', detected, { shouldValidate: formState.isSubmitted });
    return detected;
  };

  const onPhoneInput = (event: FormEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const selected = syncCountry(input);
    // Format only while appending at the end, so editing in the middle never moves the caret.
    const native = event.nativeEvent as InputEvent;
    const atEnd = input.selectionStart === input.value.length;
    const rules = runtime?.phoneRulesFor(input.value, selected);
    if (rules && atEnd && native.inputType?.startsWith('insert')) {
      const formatted = runtime?.formatPhoneInput(input.value, selected, rules);
      if (formatted && formatted !== input.value) input.value = formatted;
    }
  };

  const submit = handleSubmit(async (values) => {
    await props.onSubmit({ country: values.country, text: values.phone });
  });

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
            options={offered}
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
          <PhoneExample
            id={hintId}
            country={country}
            rules={runtime?.phoneRulesFor('', country)}
            messages={messages}
          />
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

/** Load failures surface on submit, with a message; detection just waits. */
function noop(): void {}
