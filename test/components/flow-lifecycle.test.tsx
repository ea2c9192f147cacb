import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  codeInput,
  deferred,
  ENDPOINT,
  hangUntilAborted,
  indee,
  ok,
  phoneInput,
  reachCodeStep,
  renderGate,
  requests,
  sendPhoneButton,
  settle,
  watchConsoleErrors,
} from '../support/gate';

describe('mounting sends nothing', () => {
  it.each([
    ['phone step', false, false],
    ['phone step in StrictMode', false, true],
    ['send step', true, false],
    ['send step in StrictMode', true, true],
  ])('%s', async (_, phoneRegistered, strict) => {
    const noErrors = watchConsoleErrors();
    const { sent, root } = renderGate({ strict, props: { phoneRegistered } });
    await settle(100);
    expect(root()).toHaveAttribute('data-step', phoneRegistered ? 'send' : 'phone');
    expect(sent()).toHaveLength(0);
    expect(screen.getByRole('status')).toBeInTheDocument();
    noErrors();
  });

  it('does not take focus on first render', () => {
    renderGate();
    expect(document.body).toHaveFocus();
  });
});

describe('phoneRegistered', () => {
  it('sends one GET on click (double clicks included), then shows the focused code step', async () => {
    const get = deferred<Response>();
    const { user, calls, root } = renderGate({
      strict: true,
      script: [() => get.promise],
      props: { phoneRegistered: true },
    });
    expect(screen.queryByLabelText('Phone number')).toBeNull();
    const send = screen.getByRole('button', { name: 'Text me a code' });
    await user.dblClick(send);
    await user.click(send);
    expect(send).toBeDisabled();
    expect(send).toHaveAttribute('aria-busy', 'true');
    get.resolve(ok());
    await waitFor(() => expect(root()).toHaveAttribute('data-step', 'code'));
    expect(requests(calls)).toEqual([['GET', ENDPOINT, undefined]]);
    expect(codeInput()).toHaveFocus();
    expect(
      screen.getByText('We sent a 6-digit code to the phone linked to this screener.'),
    ).toBeVisible();
    expect(screen.getByRole('status')).toBeInTheDocument();
  });
});

describe('focus on step change', () => {
  it('focuses the send button when the first code request fails after linking', async () => {
    const { user, root, mock } = renderGate();
    mock.failNext('W5000', { endpoint: 'request-code' });
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(root()).toHaveAttribute('data-step', 'send'));
    expect(screen.getByRole('alert')).toHaveAttribute('data-status-code', 'W5000');
    expect(screen.getByRole('button', { name: 'Text me a code' })).toHaveFocus();
    expect(screen.getByRole('status')).toBeInTheDocument();
  });
});

describe('unmounting mid-request', () => {
  it('aborts the POST and reports nothing afterwards', async () => {
    const noErrors = watchConsoleErrors();
    const { user, calls, unmount, onError, onAuthError, onVerified } = renderGate({
      strict: true,
      script: [hangUntilAborted],
    });
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(calls).toHaveLength(1));
    const signal = calls[0]?.init.signal;
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
    await settle(100);
    expect(onError).not.toHaveBeenCalled();
    expect(onAuthError).not.toHaveBeenCalled();
    expect(onVerified).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
    noErrors();
  });

  it('aborts the GET of phoneRegistered and reports nothing afterwards', async () => {
    const noErrors = watchConsoleErrors();
    const { user, calls, unmount, onError } = renderGate({
      script: [hangUntilAborted],
      props: { phoneRegistered: true },
    });
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    unmount();
    expect(calls[0]?.init.signal?.aborted).toBe(true);
    await settle(100);
    expect(onError).not.toHaveBeenCalled();
    noErrors();
  });

  it('ignores an auth failure that lands after unmount', async () => {
    const noErrors = watchConsoleErrors();
    const answer = deferred<Response>();
    const { user, calls, unmount, onError, onAuthError } = renderGate({
      script: [() => answer.promise],
      props: { phoneRegistered: true },
    });
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    unmount();
    answer.resolve(indee(401, { status_code: 'W2000', detail: 'no header' }));
    await settle(100);
    expect(onError).not.toHaveBeenCalled();
    expect(onAuthError).not.toHaveBeenCalled();
    noErrors();
  });

  it.each(['resolves', 'rejects'])(
    'calls nothing when onCodeSubmit %s after unmount',
    async (outcome) => {
      const noErrors = watchConsoleErrors();
      const check = deferred();
      const { user, unmount, onCodeSubmit, onVerified, onError } = renderGate({});
      onCodeSubmit.mockReturnValue(check.promise);
      await reachCodeStep(user);
      await user.type(codeInput(), '123456');
      expect(onCodeSubmit).toHaveBeenCalledTimes(1);
      unmount();
      if (outcome === 'resolves') check.resolve();
      else check.reject(new Error('wrong'));
      await settle(100);
      expect(onVerified).not.toHaveBeenCalled();
      expect(onError).not.toHaveBeenCalled();
      noErrors();
    },
  );
});

describe('react-query client', () => {
  function provider(client: QueryClient) {
    return ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
  }

  it('uses the host QueryClientProvider', async () => {
    const host = new QueryClient();
    const { user, mock } = renderGate({ wrapper: provider(host) });
    mock.failNext('hang');
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(mock.requests).toHaveLength(1));
    await waitFor(() => expect(host.isMutating()).toBe(1));
  });

  it('prefers the queryClient prop over the provider', async () => {
    const host = new QueryClient();
    const own = new QueryClient();
    const { user, mock } = renderGate({ wrapper: provider(host), props: { queryClient: own } });
    mock.failNext('hang');
    await user.type(phoneInput(), '2015550123');
    await user.click(sendPhoneButton());
    await waitFor(() => expect(mock.requests).toHaveLength(1));
    await waitFor(() => expect(own.isMutating()).toBe(1));
    expect(host.isMutating()).toBe(0);
  });

  it.each([
    ['inside a host provider', true],
    ['without a provider', false],
  ])('completes the flow %s', async (_, withProvider) => {
    const noErrors = watchConsoleErrors();
    const { user, onVerified, root } = renderGate({
      wrapper: withProvider ? provider(new QueryClient()) : undefined,
    });
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    await waitFor(() => expect(root()).toHaveAttribute('data-step', 'verified'));
    expect(onVerified).toHaveBeenCalledTimes(1);
    noErrors();
  });
});
