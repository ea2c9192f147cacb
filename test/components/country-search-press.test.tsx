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
describe('country search: arriving by pointer', () => {
  it('opens the search on the press that fetched it', async () => {
    const { user } = renderGate();
    await user.click(screen.getByLabelText('Country'));
    const search = await searchField();
    await waitFor(() => expect(search).toHaveFocus());
    expect(search).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')).toHaveLength(245);
  });

  it('renders the search at once for the next gate, since the chunk is there', () => {
    renderGate();
    expect(screen.getByRole('combobox', { name: 'Country' }).tagName).toBe('INPUT');
  });
});
