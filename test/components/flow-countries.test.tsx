import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  countrySelect,
  ENDPOINT,
  phoneInput,
  phoneRulesReady,
  renderGate,
  sendPhoneButton,
} from '../support/gate';

// jsdom's navigator.languages is ['en-US', 'en']: the browser points at the US.
describe('phone step: a restricted country list', () => {
  it('starts on a country it offers, and validates against the one it shows', async () => {
    const { user, sent } = renderGate({
      props: { countries: ['GB', 'FR'], defaultCountry: undefined },
    });
    await phoneRulesReady();
    const select = countrySelect();
    // Neither the US nor a language match: the first row, France.
    expect(select.value).toBe('FR');
    expect(select.selectedOptions[0]).toHaveTextContent('France (+33)');
    await user.type(phoneInput(), '06 12 34 56 78');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()[0]).toEqual(['POST', ENDPOINT, '{"phone":612345678,"country_code":33}']);
  });

  it('ignores a defaultCountry the list does not offer', async () => {
    renderGate({ props: { countries: ['GB', 'FR'], defaultCountry: 'US' } });
    await phoneRulesReady();
    expect(countrySelect().selectedOptions[0]).toHaveTextContent('France');
    // The hint follows the form's country, so it shows whether the two agree.
    expect(await screen.findByText('For example 06 12 34 56 78')).toBeInTheDocument();
  });

  it('takes country codes in any case, as the picker list does', async () => {
    renderGate({ props: { countries: ['gb', 'fr'], defaultCountry: 'gb' } });
    await phoneRulesReady();
    const select = countrySelect();
    // Two rows, not all 245: a lowercase list still restricts.
    expect(select.options).toHaveLength(2);
    expect(select.value).toBe('GB');
    expect(await screen.findByText('For example 07400 123456')).toBeInTheDocument();
  });

  it('keeps a preferred country first and preselected', async () => {
    renderGate({
      props: { countries: ['GB', 'FR'], preferredCountries: ['GB'], defaultCountry: undefined },
    });
    await phoneRulesReady();
    expect(countrySelect().value).toBe('GB');
    expect(await screen.findByText('For example 07400 123456')).toBeInTheDocument();
  });

  it('does not switch the picker to a country it does not offer when +1 is typed', async () => {
    const { user } = renderGate({ props: { countries: ['GB', 'FR'], defaultCountry: 'GB' } });
    await phoneRulesReady();
    await user.type(phoneInput(), '+33 6 12 34 56 78');
    await waitFor(() => expect(countrySelect().value).toBe('FR'));
    await user.clear(phoneInput());
    await user.type(phoneInput(), '+1 201 555 0123');
    // test/setup.ts preloaded the +1 zone, so detection has already run on each keystroke. The
    // hint follows the form's country: a switch the select cannot show would turn it American.
    expect(countrySelect().selectedOptions[0]).toHaveTextContent('France');
    expect(await screen.findByText('For example 06 12 34 56 78')).toBeInTheDocument();
    expect(screen.queryByText('For example (201) 555-0123')).not.toBeInTheDocument();
  });
});
