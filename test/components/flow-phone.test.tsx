import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  countrySelect,
  deferred,
  ENDPOINT,
  ok,
  phoneInput,
  phoneRulesReady,
  renderGate,
  requests,
  sendPhoneButton,
  settle,
} from '../support/gate';

describe('phone step: fields', () => {
  it('has a native country <select> and a tel field in a form with a submit button', () => {
    const { root } = renderGate();
    expect(root()).toHaveAttribute('data-step', 'phone');
    const select = countrySelect();
    expect(select.tagName).toBe('SELECT');
    expect(select.value).toBe('US');
    const phone = phoneInput();
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    const form = phone.closest('form');
    expect(form).not.toBeNull();
    expect(form).toContainElement(select);
    expect(sendPhoneButton()).toHaveAttribute('type', 'submit');
    expect(form).toContainElement(sendPhoneButton());
  });

  it('formats a US number while digits are appended at the end', async () => {
    const { user } = renderGate();
    await phoneRulesReady();
    await user.type(phoneInput(), '2015550');
    expect(phoneInput()).toHaveValue('(201) 555-0');
    await user.type(phoneInput(), '123');
    expect(phoneInput()).toHaveValue('(201) 555-0123');
  });

  it('does not reformat or move the caret when editing in the middle', async () => {
    const { user } = renderGate();
    await phoneRulesReady();
    const input = phoneInput();
    await user.type(input, '2015550123');
    expect(input).toHaveValue('(201) 555-0123');
    // Caret after "(20": insert a digit there.
    await user.type(input, '9', { initialSelectionStart: 3, initialSelectionEnd: 3 });
    expect(input).toHaveValue('(2091) 555-0123');
    expect(input.selectionStart).toBe(4);
    expect(input.selectionEnd).toBe(4);
  });
});

describe('phone step: country detection', () => {
  it('selects GB for a typed +44 number', async () => {
    const { user } = renderGate();
    await user.type(phoneInput(), '+44 7400 123456');
    await waitFor(() => expect(countrySelect()).toHaveValue('GB'));
  });

  it('selects GB for a pasted 0044 number', async () => {
    const { user } = renderGate();
    await user.click(phoneInput());
    await user.paste('0044 7400 123456');
    await waitFor(() => expect(countrySelect()).toHaveValue('GB'));
  });

  it('switches US to CA for a Canadian number typed nationally, and sends +1', async () => {
    const { user, sent } = renderGate();
    await user.type(phoneInput(), '506 234 5678');
    await waitFor(() => expect(countrySelect()).toHaveValue('CA'));
    await user.click(sendPhoneButton());
    await screen.findByLabelText('Verification code');
    expect(sent()[0]?.[2]).toBe('{"phone":5062345678,"country_code":1}');
  });

  it('keeps US for a US number', async () => {
    const { user } = renderGate();
    await phoneRulesReady();
    await user.type(phoneInput(), '2015550123');
    await settle();
    expect(countrySelect()).toHaveValue('US');
  });
});

const refusals = [
  ['empty', 'US', '', 'Enter your mobile number.'],
  ['too short', 'US', '201555', 'This number is too short. Check the digits.'],
  ['too long', 'US', '20155501234567', 'This number is too long. Check the digits.'],
  ['invalid', 'US', '1005550123', 'This is not a valid number for the selected country.'],
  ['not mobile', 'GB', '020 7946 0018', 'Use a mobile number: the code is sent by text message.'],
  [
    'not mobile (+800 freephone)',
    'US',
    '+800 1234 5678',
    'Use a mobile number: the code is sent by text message.',
  ],
  [
    'leading zero (Italian landline)',
    'IT',
    '06 1234 5678',
    'This number cannot be registered for screenings. Please use another mobile number.',
  ],
  [
    "leading zero (Côte d'Ivoire mobile)",
    'CI',
    '07 07 12 34 56',
    'This number cannot be registered for screenings. Please use another mobile number.',
  ],
] as const;

describe('phone step: validation', () => {
  it.each(refusals)(
    'refuses %s with its message and sends nothing',
    async (_, country, text, message) => {
      const { user, sent } = renderGate({ props: { defaultCountry: country } });
      expect(countrySelect()).toHaveValue(country);
      if (text) await user.type(phoneInput(), text);
      expect(countrySelect()).toHaveValue(country);
      await user.click(sendPhoneButton());
      const error = await screen.findByText(message);
      const input = phoneInput();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(error.id).not.toBe('');
      expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
      expect(input).toHaveAccessibleDescription(message);
      await settle();
      expect(sent()).toHaveLength(0);
    },
  );

  it('shows no error before the first submit', async () => {
    const { user } = renderGate();
    await user.type(phoneInput(), '201');
    await settle();
    expect(phoneInput()).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/too short/)).toBeNull();
  });

  it('drops a refusal once the viewer edits, and checks again on the next submit', async () => {
    const { user, sent } = renderGate();
    await user.click(sendPhoneButton());
    await screen.findByText('Enter your mobile number.');
    expect(phoneInput()).toHaveFocus();
    await user.type(phoneInput(), '201');
    // The message was about the empty field: stale once the viewer types.
    await waitFor(() => expect(phoneInput()).not.toHaveAttribute('aria-invalid'));
    expect(screen.queryByText('Enter your mobile number.')).toBeNull();
    await user.click(sendPhoneButton());
    expect(await screen.findByText('This number is too short. Check the digits.')).toBeVisible();
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true');
    expect(sent()).toHaveLength(0);
  });

  it('revalidates when the country changes after a failed submit', async () => {
    const { user } = renderGate({ props: { defaultCountry: 'GB' } });
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    // In GB this is a London landline.
    await screen.findByText('Use a mobile number: the code is sent by text message.');
    await user.selectOptions(countrySelect(), 'US');
    await waitFor(() => expect(phoneInput()).not.toHaveAttribute('aria-invalid'));
  });
});

describe('phone step: submit', () => {
  it('shows progress while linking and sends nothing twice on double click', async () => {
    const post = deferred<Response>();
    const { user, calls } = renderGate({ script: [() => post.promise, ok()] });
    await user.type(phoneInput(), '2015550123');
    await user.dblClick(sendPhoneButton());
    const busy = await screen.findByRole('button', { name: 'Sending…' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    await user.click(busy);
    await settle();
    expect(requests(calls)).toEqual([['POST', ENDPOINT, '{"phone":2015550123,"country_code":1}']]);
    post.resolve(ok());
    await screen.findByLabelText('Verification code');
    expect(requests(calls).map(([method]) => method)).toEqual(['POST', 'GET']);
  });

  it('sends one POST when Enter repeats in the field', async () => {
    const post = deferred<Response>();
    const { user, calls } = renderGate({ script: [() => post.promise, ok()] });
    await user.type(phoneInput(), '2015550123');
    await user.keyboard('{Enter>3/}');
    await user.keyboard('{Enter}');
    await settle();
    expect(calls.filter((call) => call.init.method === 'POST')).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('on W0000 asks for a code at once, then shows the code step', async () => {
    const get = deferred<Response>();
    const { user, calls, root } = renderGate({ script: [ok(), () => get.promise] });
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(requests(calls)[1]).toEqual(['GET', ENDPOINT, undefined]);
    expect(root()).toHaveAttribute('data-step', 'phone');
    get.resolve(ok());
    await waitFor(() => expect(root()).toHaveAttribute('data-step', 'code'));
  });
});
