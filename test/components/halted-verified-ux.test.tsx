/**
 * #16.6 and #16.7: a sign-in failure replaces the form instead of leaving dead fields, and
 * verifying says so, then hands focus to the host's content.
 */
import { screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ScreenerTwoFactorGateProps } from '../../src';
import { indee } from '../api/fake-fetcher';
import { codeInput, ok, reachCodeStep, renderGate } from '../support/gate';

const w2000 = () => indee(401, { status_code: 'W2000', detail: 'No header' });
const w2003 = () => indee(401, { status_code: 'W2003', detail: 'Invalid auth token' });
const w2101 = () => indee(403, { status_code: 'W2101', detail: 'Not authorized' });

/** No field the viewer could type into, nor a button that would send. */
function expectNoForm() {
  expect(screen.queryAllByRole('textbox')).toEqual([]);
  expect(screen.queryAllByRole('combobox')).toEqual([]);
  expect(
    screen.queryByRole('button', { name: /text me a code|verify|send a new code/i }),
  ).toBeNull();
}

describe('sign-in failures replace the form (#16.6)', () => {
  it.each([
    ['W2000', w2000],
    ['W2101', w2101],
  ])(
    '%s on the phone step: the message and a "Sign in" that calls onSignIn',
    async (code, answer) => {
      const onSignIn = vi.fn();
      const { user } = renderGate({ script: [answer()], props: { onSignIn } });
      await user.type(screen.getByLabelText('Phone number'), '2015550123');
      await user.click(screen.getByRole('button', { name: 'Text me a code' }));
      expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', code);
      expectNoForm();
      const signIn = screen.getByRole('button', { name: 'Sign in' });
      // The form the viewer acted on is gone: focus goes to what replaced it, not to <body>.
      expect(signIn).toHaveFocus();
      await user.click(signIn);
      expect(onSignIn).toHaveBeenCalledTimes(1);
    },
  );

  it('W2003 after the refresh on the code step: no code field left, Sign in offered', async () => {
    const onSignIn = vi.fn();
    let token = 'jwt-1';
    const getter = vi.fn(({ refresh }: { refresh: boolean }) => {
      if (refresh) token = 'jwt-2';
      return token;
    });
    const { user } = renderGate({
      script: [ok(), ok(), w2003(), w2003()],
      props: { auth: { type: 'jwt', token: getter }, resendCooldownSeconds: 0, onSignIn },
    });
    await reachCodeStep(user);
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'W2003');
    expectNoForm();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  it('without onSignIn: the message alone, no dead button', async () => {
    const { user } = renderGate({ script: [w2101()] });
    await user.type(screen.getByLabelText('Phone number'), '2015550123');
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'W2101');
    expectNoForm();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a host fault found on mount shows the message without taking focus', async () => {
    renderGate({
      props: {
        auth: undefined as unknown as ScreenerTwoFactorGateProps['auth'],
        onSignIn: () => {},
      },
    });
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'W2000');
    expectNoForm();
    expect(screen.getByRole('button', { name: 'Sign in' })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });
});

describe('verified (#16.7)', () => {
  it('announces "Phone verified." and focuses the first heading of the children', async () => {
    const { user } = renderGate({
      script: [ok(), ok()],
      props: {
        children: (
          <>
            <p>Intro</p>
            <h2>Now playing</h2>
            <button type="button">Play</button>
          </>
        ),
      },
    });
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    const heading = await screen.findByRole('heading', { name: 'Now playing' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Phone verified.');
  });

  it('without a heading, focuses the first focusable element', async () => {
    const { user } = renderGate({
      script: [ok(), ok()],
      props: { children: <button type="button">Play</button> },
    });
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    const play = await screen.findByRole('button', { name: 'Play' });
    await waitFor(() => expect(play).toHaveFocus());
  });

  it('focusOnVerified names the host element to focus instead', async () => {
    const target = createRef<HTMLButtonElement>();
    const { user } = renderGate({
      script: [ok(), ok()],
      props: {
        focusOnVerified: target,
        children: (
          <>
            <h2>Now playing</h2>
            <button type="button" ref={target}>
              Start
            </button>
          </>
        ),
      },
    });
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    const start = await screen.findByRole('button', { name: 'Start' });
    await waitFor(() => expect(start).toHaveFocus());
  });
});
