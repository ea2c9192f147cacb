/**
 * #13.5: a server (here: renderToString in the same process) renders for a browser whose
 * language it does not know. The client's first render must equal that HTML, whatever the
 * browser's language; the browser's language and region apply right after hydration.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { ScreenerTwoFactorGate } from '../../src';
import { createMockIndeeFetcher } from '../../src/mock';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

it('hydrates without a mismatch when the browser speaks French, then shows France', async () => {
  const fetcher = createMockIndeeFetcher();
  const gate = (
    <ScreenerTwoFactorGate
      screenerKey="s"
      baseUrl="https://api.example.test/"
      auth={{ type: 'apiKey', apiKey: 'k' }}
      fetcher={fetcher}
      onCodeSubmit={() => {}}
    />
  );
  const html = renderToString(gate);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);

  vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'fr']);
  const recoverable = vi.fn();
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const root = await act(async () =>
    hydrateRoot(container, gate, { onRecoverableError: recoverable }),
  );

  expect(recoverable).not.toHaveBeenCalled();
  expect(errors).not.toHaveBeenCalled();
  const country = screen.getByLabelText('Country') as HTMLSelectElement;
  await waitFor(() => expect(country).toHaveValue('FR'));
  expect(country).toHaveDisplayValue('France (+33)');
  expect(fetcher.requests).toHaveLength(0);
  act(() => root.unmount());
});
