import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScreenerTwoFactorGate } from '../../src';
import { createMockIndeeFetcher } from '../../src/mock';

describe('smoke', () => {
  it('links a US number, asks for a code, accepts the texted one', async () => {
    const user = userEvent.setup();
    const fetcher = createMockIndeeFetcher({ codes: ['123456'] });
    // The host's check, as a Playback API would make it.
    const onCodeSubmit = vi.fn((code: string) => {
      if (!fetcher.verifyCode('abc', code)) throw new Error('wrong code');
    });
    const onVerified = vi.fn();
    const { container } = render(
      <ScreenerTwoFactorGate
        screenerKey="abc"
        baseUrl="https://api.example.test/"
        auth={{ type: 'apiKey', apiKey: 'demo-api-key' }}
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
    expect(fetcher.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      [
        'POST',
        'https://api.example.test/v2/watch/content/screeners/abc/2fa',
        '{"phone":2015550123,"country_code":1}',
      ],
      ['GET', 'https://api.example.test/v2/watch/content/screeners/abc/2fa', undefined],
    ]);
    expect(fetcher.sentMessages).toEqual([
      { screenerKey: 'abc', code: '123456', to: '+1 ••••••••23' },
    ]);
    await user.type(screen.getByLabelText('Verification code'), '123456');
    expect(await screen.findByText('Playing')).toBeInTheDocument();
    expect(onCodeSubmit).toHaveBeenCalledWith('123456', { signal: expect.any(AbortSignal) });
    expect(onVerified).toHaveBeenCalledTimes(1);
  });
});
