import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScreenerTwoFactorGate, type TwoFactorMessages } from '../../src';
import { createMockIndeeFetcher } from '../../src/mock';

const fr: Partial<TwoFactorMessages> = {
  phoneHeading: 'Vérifiez votre téléphone pour regarder',
  countryLabel: 'Pays',
  phoneLabel: 'Numéro de téléphone',
  phoneSubmit: 'Recevoir un code par SMS',
  phoneRefusal: { EMPTY: 'Saisissez votre numéro de mobile.' } as TwoFactorMessages['phoneRefusal'],
};

function renderFrench() {
  const fetcher = createMockIndeeFetcher();
  render(
    <ScreenerTwoFactorGate
      screenerKey="s"
      baseUrl="https://api.example.test"
      auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
      fetcher={fetcher}
      locale="fr"
      defaultCountry="FR"
      messages={fr}
      onCodeSubmit={vi.fn()}
    />,
  );
  return { fetcher };
}

describe('translations', () => {
  it('shows French strings and French country names', () => {
    renderFrench();
    expect(screen.getByRole('heading', { name: fr.phoneHeading })).toBeInTheDocument();
    const country = screen.getByRole('combobox', { name: 'Pays' });
    expect(country).toHaveDisplayValue('France (+33)');
    expect(screen.getByRole('option', { name: 'Royaume-Uni (+44)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Numéro de téléphone')).toHaveAttribute('type', 'tel');
  });

  it('uses a translated refusal and keeps the English default for strings not given', async () => {
    const user = userEvent.setup();
    const { fetcher } = renderFrench();
    await user.click(screen.getByRole('button', { name: 'Recevoir un code par SMS' }));
    const field = screen.getByLabelText('Numéro de téléphone');
    expect(
      await screen.findByText('Saisissez votre numéro de mobile.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Only EMPTY was translated: the other refusals stay English rather than going blank.
    await user.type(field, '12');
    await user.click(screen.getByRole('button', { name: 'Recevoir un code par SMS' }));
    expect(await screen.findByText('This number is too short. Check the digits.')).toBeVisible();
    expect(fetcher.requests).toHaveLength(0);
  });
});
