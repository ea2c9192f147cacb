import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScreenerTwoFactorGate, type ScreenerTwoFactorGateProps } from '../../src';
import {
  BASE_URL,
  codeInput,
  deferred,
  ok,
  phoneInput,
  reachCodeStep,
  recordingFetcher,
  renderGate,
  requests,
  sendPhoneButton,
  settle,
  watchConsoleErrors,
} from '../support/gate';

const urlOf = (key: string) => `${BASE_URL}v2/watch/content/screeners/${key}/2fa`;

// #13.1: the gate's identity is (screenerKey, baseUrl, auth scheme). React Router keeps the
// component instance when a `:key` parameter changes, so these are re-renders, not remounts.
describe('identity change: a new screener starts over', () => {
  it('after verifying A, screener B shows its first step, not the player', async () => {
    const gate = renderGate({
      props: { phoneRegistered: true, children: <p>Playing</p> },
    });
    await gate.user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await gate.user.type(await screen.findByLabelText('Verification code'), '123456');
    expect(await screen.findByText('Playing')).toBeInTheDocument();

    gate.rerenderWith({ screenerKey: 'B' });
    expect(screen.queryByText('Playing')).toBeNull();
    expect(gate.root()).toHaveAttribute('data-step', 'send');
    expect(gate.sent()).toEqual([['GET', urlOf('abc'), undefined]]);
  });

  it('a change while A links the phone aborts it: no SMS is requested for B', async () => {
    const post = deferred<Response>();
    const { fetcher, calls } = recordingFetcher(() => post.promise);
    const props: ScreenerTwoFactorGateProps = {
      screenerKey: 'A',
      baseUrl: BASE_URL,
      auth: { type: 'apiKey', apiKey: 'k' },
      fetcher,
      defaultCountry: 'US',
      locale: 'en',
      onCodeSubmit: vi.fn(),
    };
    const user = userEvent.setup();
    const view = render(<ScreenerTwoFactorGate {...props} />);
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(calls).toHaveLength(1));
    view.rerender(<ScreenerTwoFactorGate {...props} screenerKey="B" />);
    expect(calls[0]?.init.signal?.aborted).toBe(true);
    post.resolve(ok());
    await settle();
    // Only A's POST went out; B starts empty at its phone step with nothing typed.
    expect(requests(calls)).toEqual([
      ['POST', urlOf('A'), '{"phone":2015550123,"country_code":1}'],
    ]);
    expect(view.container.firstElementChild).toHaveAttribute('data-step', 'phone');
    expect(await screen.findByLabelText('Phone number')).toHaveValue('');
  });

  it("a change on the code step drops A's code step: B neither resends nor checks A's code", async () => {
    const gate = renderGate();
    await reachCodeStep(gate.user);
    expect(screen.getByText(/^We sent a 6-digit code/)).toBeInTheDocument();
    gate.rerenderWith({ screenerKey: 'B' });
    expect(screen.queryByText(/^We sent a 6-digit code/)).toBeNull();
    expect(gate.root()).toHaveAttribute('data-step', 'phone');
    expect(screen.queryByLabelText('Verification code')).toBeNull();
    await settle();
    expect(gate.sent()).toHaveLength(2);
    expect(gate.onCodeSubmit).not.toHaveBeenCalled();
  });

  it('a new auth scheme or base URL is a new identity too; an equal one is not', async () => {
    const gate = renderGate({ props: { phoneRegistered: true } });
    await gate.user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await screen.findByLabelText('Verification code');
    // A trailing slash less and an equal inline auth object change nothing.
    gate.rerenderWith({
      baseUrl: 'https://api.example.test',
      auth: { type: 'apiKey', apiKey: 'demo-api-key' },
    });
    expect(gate.root()).toHaveAttribute('data-step', 'code');
    gate.rerenderWith({ auth: { type: 'jwt', token: 't' } });
    expect(gate.root()).toHaveAttribute('data-step', 'send');
  });
});

// #13.7: host mistakes get a clear state and an onError, never a crash of the host's tree.
describe('host mistakes', () => {
  it('removing the queryClient prop with no provider keeps the gate working', async () => {
    const noErrors = watchConsoleErrors();
    const client = new QueryClient();
    const gate = renderGate({ props: { queryClient: client } });
    gate.rerenderWith({ queryClient: undefined });
    await reachCodeStep(gate.user);
    expect(gate.sent()).toHaveLength(2);
    noErrors();
  });

  it("runs its requests as mutations of the host's client, without the phone in them", async () => {
    const client = new QueryClient();
    const { user } = renderGate({
      wrapper: ({ children }) => (
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      ),
    });
    const seen: string[] = [];
    client.getMutationCache().subscribe((event) => {
      if (event.type === 'added') seen.push(JSON.stringify(event.mutation.options.mutationKey));
    });
    await reachCodeStep(user);
    expect(seen).toEqual(['["screener-2fa","link-phone"]', '["screener-2fa","request-code"]']);
    const variables = client
      .getMutationCache()
      .getAll()
      .map((m) => JSON.stringify(m.state.variables));
    for (const text of variables) expect(text).not.toContain('2015550123');
  });

  it('a missing auth shows the integration failure at once and reports it', async () => {
    const noErrors = watchConsoleErrors();
    const gate = renderGate({
      props: { auth: undefined as unknown as ScreenerTwoFactorGateProps['auth'] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'W2000');
    // Nothing could be sent: the message stands in place of the form (#16.6).
    expect(screen.queryByLabelText('Phone number')).toBeNull();
    await waitFor(() => expect(gate.onError).toHaveBeenCalledTimes(1));
    expect(gate.onAuthError).toHaveBeenCalledTimes(1);
    expect(gate.sent()).toHaveLength(0);
    noErrors();
  });
});

// #13.8: the number the code step names is the number the viewer sees.
describe('fields while linking', () => {
  it('country and phone cannot change while the number is sent', async () => {
    const post = deferred<Response>();
    const gate = renderGate({ script: [() => post.promise, ok()] });
    await gate.user.type(phoneInput(), '2015550123');
    await gate.user.click(sendPhoneButton());
    await waitFor(() => expect(gate.calls).toHaveLength(1));
    expect(phoneInput()).toHaveAttribute('readonly');
    await gate.user.type(phoneInput(), '9');
    expect(phoneInput()).toHaveValue('(201) 555-0123');
    await gate.user.selectOptions(screen.getByLabelText('Country'), 'GB');
    expect(screen.getByLabelText('Country')).toHaveValue('US');
    post.resolve(ok());
    expect(await screen.findByText('+1 201 555 0123')).toBeInTheDocument();
  });
});

// #13.4: one digit reader for both fields.
describe('code field digits', () => {
  it.each([
    ['Arabic-Indic', '١٢٣٤٥٦'],
    ['Persian', '۱۲۳۴۵۶'],
    ['full-width', '１２３４５６'],
  ])('reads %s digits typed or pasted', async (_, digits) => {
    const gate = renderGate();
    await reachCodeStep(gate.user);
    gate.onCodeSubmit.mockReturnValue(new Promise(() => {}));
    codeInput().focus();
    await gate.user.paste(digits);
    expect(codeInput()).toHaveValue('123456');
    await waitFor(() =>
      expect(gate.onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['123456']),
    );
  });
});
