import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderGate } from '../support/gate';

/** The combobox input that replaces the select once the chunk has arrived. */
async function searchField() {
  const input = () => screen.getByRole('combobox', { name: 'Country' });
  await waitFor(() => expect(input().tagName).toBe('INPUT'), { timeout: 5000 });
  return input();
}

// A cold page: the search chunk is not loaded (test/setup.ts does not preload it).
describe('country search: arriving by keyboard', () => {
  it('is a select until the viewer reaches it, then the search with the focus handed over', async () => {
    const { user, sent } = renderGate({ props: { defaultCountry: 'GB' } });
    const select = screen.getByLabelText('Country') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveValue('GB');
    await user.tab();
    expect(select).toHaveFocus();
    const search = await searchField();
    await waitFor(() => expect(search).toHaveFocus());
    expect(search).toHaveValue('United Kingdom');
    // Reached by Tab: focused, not opened.
    expect(search).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('fr{Enter}');
    expect(search).toHaveValue('France');
    expect(sent()).toHaveLength(0);
  });
});
