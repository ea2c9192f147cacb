import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indee } from '../api/fake-fetcher';
import { phoneInput, phoneRulesReady, renderGate, sendPhoneButton } from '../support/gate';

// #16.4: a server alert is about what was sent; it goes once the viewer changes that.
describe('phone step: an alert about the number sent', () => {
  it('clears a W5000 alert once the viewer edits the number', async () => {
    const { user } = renderGate({
      script: [() => indee(500, { status_code: 'W5000', detail: 'Server error' })],
    });
    await phoneRulesReady();
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'W5000');
    await user.type(phoneInput(), '{Backspace}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a rate-limit alert while the viewer edits: its wait still applies', async () => {
    const { user } = renderGate({
      script: [() => indee(429, { status_code: 'W5001' }, { 'Retry-After': '30' })],
    });
    await phoneRulesReady();
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'W5001'),
    );
    await user.type(phoneInput(), '{Backspace}');
    expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'W5001');
  });
});
