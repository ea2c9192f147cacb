import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScreenerTwoFactorGate } from '../../src';
import { ok, recordingFetcher } from '../api/fake-fetcher';

describe('smoke', () => {
  it('links a US number, asks for a code, accepts it', async () => {
    const user = userEvent.setup();
    const { fetcher, calls } = recordingFetcher(ok(), ok());
    const onCodeSubmit = vi.fn();
    const onVerified = vi.fn();
    const { container } = render(
      <ScreenerTwoFactorGate
        screenerKey="abc"
        baseUrl="https://api.example.test/"
        auth={{ type: 'apiKey', apiKey: 'k' }}
        fetcher={fetcher}
        defaultCountry="US"
        onCodeSubmit={onCodeSubmit}
        onVerified={onVerified}
      >
        <p>Playing</p>
      </ScreenerTwoFactorGate>,
    );
    expect(container.firstElementChild).toHaveAttribute('data-step', 'phone');
    await user.type(screen.getByLabelText('Phone number'), '2015550123');
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(await screen.findByLabelText('Verification code')).toBeInTheDocument();
    expect(calls.map((c) => [c.init.method, c.input, c.init.body])).toEqual([
      [
        'POST',
        'https://api.example.test/v2/watch/content/screeners/abc/2fa',
        '{"phone":2015550123,"country_code":1}',
      ],
      ['GET', 'https://api.example.test/v2/watch/content/screeners/abc/2fa', undefined],
    ]);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    expect(await screen.findByText('Playing')).toBeInTheDocument();
    expect(onCodeSubmit).toHaveBeenCalledWith('123456', { signal: expect.any(AbortSignal) });
    expect(onVerified).toHaveBeenCalledTimes(1);
  });
});
