import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadCountrySearch } from '../../src';
import {
  deferred,
  ENDPOINT,
  ok,
  phoneInput,
  phoneRulesReady,
  renderGate,
  requests,
  sendPhoneButton,
} from '../support/gate';

// A warm page: the search chunk is there, so the control is the combobox from the start.
beforeAll(() => preloadCountrySearch());

const country = () => screen.getByRole('combobox', { name: 'Country' }) as HTMLInputElement;
const listbox = () => screen.getByRole('listbox', { hidden: true });
const options = () => within(listbox()).queryAllByRole('option');
const optionNames = () => options().map((option) => option.getAttribute('aria-label'));
const active = () => {
  const id = country().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const status = () => within(country().closest('.s2fa-field') as HTMLElement).getByRole('status');

describe('country search: the combobox', () => {
  it('is an APG combobox labelled Country, showing the country and its calling code', () => {
    renderGate({ props: { defaultCountry: 'GB' } });
    const input = country();
    expect(input).toHaveValue('United Kingdom');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAccessibleDescription('+44');
    expect(input.getAttribute('aria-controls')).toBe(listbox().id);
    expect(screen.queryByRole('option')).toBeNull();
    expect(input.closest('form')).toContainElement(phoneInput());
  });

  it('lists the matches for "uk", reads the active one with its code, and counts them', async () => {
    const { user } = renderGate();
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}uk');
    expect(country()).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()[0]).toBe('United Kingdom, +44');
    expect(optionNames()).toContain('Ukraine, +380');
    expect(active()).toHaveAccessibleName('United Kingdom, +44');
    expect(active()).toHaveAttribute('aria-selected', 'true');
    expect(status()).toHaveTextContent(`${options().length} countries match.`);
  });

  it('says when nothing matches, and then shows no list', async () => {
    const { user } = renderGate();
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}xyzzy');
    expect(options()).toHaveLength(0);
    expect(status()).toHaveTextContent('No country matches.');
    expect(listbox()).not.toBeVisible();
    expect(country()).not.toHaveAttribute('aria-activedescendant');
  });

  it('picks with Enter without submitting, and moves on to the phone field', async () => {
    const { user, sent } = renderGate();
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}uk{Enter}');
    expect(country()).toHaveValue('United Kingdom');
    expect(country()).toHaveAttribute('aria-expanded', 'false');
    expect(phoneInput()).toHaveFocus();
    expect(screen.queryByText('Enter your mobile number.')).toBeNull();
    expect(sent()).toHaveLength(0);
  });

  it('moves with the arrows, Home, End and the page keys', async () => {
    const { user } = renderGate({ props: { defaultCountry: 'GB' } });
    await user.click(country());
    // Opened on the current country.
    expect(active()).toHaveAccessibleName('United Kingdom, +44');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveAccessibleName('United States, +1');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toHaveAccessibleName('United Arab Emirates, +971');
    await user.keyboard('{Home}');
    expect(active()).toBe(options()[0]);
    await user.keyboard('{PageDown}');
    expect(active()).toBe(options()[10]);
    await user.keyboard('{PageUp}{PageUp}');
    expect(active()).toBe(options()[0]);
    await user.keyboard('{End}');
    expect(active()).toBe(options().at(-1));
    await user.keyboard('{ArrowDown}');
    expect(active()).toBe(options().at(-1));
  });

  it('restores the previous country on Escape and when the viewer leaves without picking', async () => {
    const { user } = renderGate();
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}fra');
    expect(country()).toHaveValue('fra');
    await user.keyboard('{Escape}');
    expect(country()).toHaveValue('United States');
    expect(country()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Control>}a{/Control}fra');
    await user.click(screen.getByRole('heading'));
    expect(country()).toHaveValue('United States');
  });

  it('picks the active row with Tab and moves on', async () => {
    const { user } = renderGate();
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}+44');
    expect(optionNames()).toEqual([
      'United Kingdom, +44',
      'Jersey, +44',
      'Isle of Man, +44',
      'Guernsey, +44',
    ]);
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(country()).toHaveValue('Jersey');
    expect(phoneInput()).toHaveFocus();
  });

  it('picks with a click, keeps the typed digits and reformats them for the new country', async () => {
    const { user } = renderGate();
    await phoneRulesReady();
    await user.type(phoneInput(), '07400123456');
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}united k');
    await user.click(screen.getByRole('option', { name: 'United Kingdom, +44' }));
    expect(country()).toHaveValue('United Kingdom');
    expect(phoneInput()).toHaveFocus();
    await waitFor(() => expect(phoneInput()).toHaveValue('07400 123456'));
  });

  it('lists every +1 country, the US and Canada first', async () => {
    const { user } = renderGate();
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}+1');
    expect(optionNames().slice(0, 2)).toEqual(['United States, +1', 'Canada, +1']);
    expect(options()).toHaveLength(25);
    expect(status()).toHaveTextContent('25 countries match.');
  });

  it('neither opens nor changes while the number is sent', async () => {
    const post = deferred<Response>();
    const { user, calls } = renderGate({ script: [() => post.promise, ok()] });
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(country()).toHaveAttribute('readonly');
    await user.click(country());
    await user.keyboard('uk{ArrowDown}{Enter}');
    expect(country()).toHaveValue('United States');
    expect(country()).toHaveAttribute('aria-expanded', 'false');
    post.resolve(ok());
    expect(await screen.findByText('+1 201 555 0123')).toBeVisible();
  });

  it('uses a native select when the host asks for one, even with the search loaded', () => {
    renderGate({ props: { countryPicker: 'native' } });
    expect((screen.getByLabelText('Country') as HTMLSelectElement).tagName).toBe('SELECT');
    expect(screen.queryByRole('listbox', { hidden: true })).toBeNull();
  });
});

describe('country search: in other locales', () => {
  it.each([
    ['fr', 'royaume', 'Royaume-Uni, +44'],
    ['fr', 'Allemagne', 'Allemagne, +49'],
    ['de', 'vereinigtes', 'Vereinigtes Königreich, +44'],
    ['de', 'Deutschland', 'Deutschland, +49'],
    ['ja', 'イギリス', 'イギリス, +44'],
    ['ja', 'nihon', '日本, +81'],
    ['ar', 'المملكة المت', 'المملكة المتحدة, +44'],
    ['ar', 'uk', 'المملكة المتحدة, +44'],
    ['ar', 'germany', 'ألمانيا, +49'],
  ])('in %s, "%s" finds %s first', async (locale, query, first) => {
    const { user } = renderGate({ props: { locale } });
    await user.click(country());
    await user.keyboard(`{Control>}a{/Control}${query}`);
    expect(optionNames()[0]).toBe(first);
  });
});

describe('country search: the whole path', () => {
  it('sends +44 for 07400 123456 after "uk" and Enter, and nothing on the Enter', async () => {
    const { user, calls } = renderGate({ script: [ok(), ok()] });
    await phoneRulesReady();
    await user.click(country());
    await user.keyboard('{Control>}a{/Control}uk{Enter}');
    expect(calls).toHaveLength(0);
    await user.type(phoneInput(), '07400 123456');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(requests(calls)[0]).toEqual([
      'POST',
      ENDPOINT,
      '{"phone":7400123456,"country_code":44}',
    ]);
  });
});

describe('phone field: autofill, paste and a better country', () => {
  it('offers the country a national number fits, instead of "too long"', async () => {
    const { user, calls } = renderGate({ script: [ok(), ok()] });
    await phoneRulesReady();
    await user.type(phoneInput(), '07400 123456');
    await user.click(sendPhoneButton());
    expect(await screen.findByText('This is not a valid United States number.')).toBeVisible();
    expect(screen.queryByText(/too long/)).toBeNull();
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Use United Kingdom (+44)' }));
    expect(country()).toHaveValue('United Kingdom');
    expect(phoneInput()).toHaveValue('07400 123456');
    expect(phoneInput()).not.toHaveAttribute('aria-invalid');
    expect(calls).toHaveLength(0);
    await user.click(sendPhoneButton());
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]?.init.body).toBe('{"phone":7400123456,"country_code":44}');
  });

  it('offers the country of an international number typed without its +', async () => {
    const { user } = renderGate();
    await phoneRulesReady();
    await user.type(phoneInput(), '447400123456');
    await user.click(sendPhoneButton());
    await user.click(await screen.findByRole('button', { name: 'Use United Kingdom (+44)' }));
    expect(phoneInput()).toHaveValue('+44 7400 123456');
    expect(country()).toHaveValue('United Kingdom');
  });

  it('offers nothing when the number fits the selected country but is refused', async () => {
    renderGate({ props: { defaultCountry: 'GB' } });
    const { user } = { user: (await import('@testing-library/user-event')).default.setup() };
    await phoneRulesReady();
    await user.type(phoneInput(), '020 7946 0018');
    await user.click(sendPhoneButton());
    await screen.findByText('Use a mobile number: the code is sent by text message.');
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
  });

  it('cleans a pasted tel: link and switches the country', async () => {
    const { user } = renderGate({ props: { defaultCountry: 'GB' } });
    await phoneRulesReady();
    await user.click(phoneInput());
    await user.paste('tel:+1-650-253-0000');
    await waitFor(() => expect(country()).toHaveValue('United States'));
    expect(phoneInput().value.replace(/\D/g, '')).toBe('16502530000');
    expect(phoneInput().value).not.toMatch(/tel/);
  });

  it('switches the country for a number the browser fills in with + or 00', async () => {
    renderGate();
    await phoneRulesReady();
    const input = phoneInput();
    expect(input).toHaveAttribute('autocomplete', 'tel');
    // Autofill sets the whole value at once and fires an input event without an inputType.
    fireEvent.input(input, { target: { value: '+447400123456' } });
    await waitFor(() => expect(country()).toHaveValue('United Kingdom'));
    fireEvent.input(input, { target: { value: '0033612345678' } });
    await waitFor(() => expect(country()).toHaveValue('France'));
  });
});
