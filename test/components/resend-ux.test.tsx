/**
 * #16.3 and #16.5 on fake timers: "send a new code" stays readable and reachable during its
 * cooldown and says what happened, and a rate limit shows one countdown, in words.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indee } from '../api/fake-fetcher';
import { advance, setupUser, withFakeClock } from '../support/clock';
import { codeInput, ok, reachCodeStep, renderGate } from '../support/gate';

withFakeClock();

const resendButton = () => screen.getByRole('button', { name: /^send(ing)? a new code/i });
const w5001 = (retryAfter: string) =>
  indee(429, { status_code: 'W5001', detail: 'Rate limited' }, { 'Retry-After': retryAfter });

/** Tabs forward (at most 6 times) until `target` has focus. */
async function tabTo(user: ReturnType<typeof setupUser>, target: HTMLElement) {
  for (let i = 0; i < 6 && document.activeElement !== target; i++) await user.tab();
}

describe('send a new code (#16.3)', () => {
  it('during the cooldown: m:ss, reachable by Tab, and a click sends nothing', async () => {
    const user = setupUser();
    const { calls } = renderGate({ user, script: [ok(), ok(), ok()] });
    await reachCodeStep(user);
    expect(screen.getByText('Didn’t get a text?')).toBeVisible();
    const resend = resendButton();
    expect(resend).toHaveAccessibleName(/^Send a new code in 0:(30|29)$/);
    expect(resend).not.toHaveAttribute('disabled');
    expect(resend).toHaveAttribute('aria-disabled', 'true');
    await tabTo(user, resend);
    expect(resend).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(resend);
    expect(calls).toHaveLength(2);
    advance(3_000);
    expect(resend).toHaveAccessibleName(/^Send a new code in 0:(27|26)$/);
    advance(28_000);
    expect(resend).toHaveAccessibleName('Send a new code');
    expect(resend).not.toHaveAttribute('aria-disabled');
  });

  it('after a resend: announces it, keeps focus in the code field, says when it was sent', async () => {
    const user = setupUser();
    vi.setSystemTime(new Date(2030, 0, 1, 14, 2, 0));
    renderGate({ user, script: [ok(), ok(), ok()], props: { resendCooldownSeconds: 1 } });
    await reachCodeStep(user);
    expect(screen.getByText(/^Last code sent at 2:02\sPM\.$/u)).toBeVisible();
    advance(60_000);
    await user.click(resendButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('We sent a new code.'),
    );
    expect(codeInput()).toHaveFocus();
    expect(screen.getByText(/^Last code sent at 2:03\sPM\.$/u)).toBeVisible();
  });

  it('a second resend is announced again', async () => {
    const user = setupUser();
    renderGate({ user, script: [ok(), ok(), ok(), ok()], props: { resendCooldownSeconds: 1 } });
    await reachCodeStep(user);
    advance(1_500);
    await user.click(resendButton());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('We sent a new code.'),
    );
    const first = screen.getByRole('status').textContent;
    advance(1_500);
    await user.click(resendButton());
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(first));
    expect(screen.getByRole('status')).toHaveTextContent('We sent a new code.');
  });
});

describe('rate limit: one countdown, in words (#16.5)', () => {
  it('alert and button count the same wait in minutes, then seconds, then say it is over', async () => {
    const user = setupUser();
    renderGate({
      user,
      script: [ok(), ok(), w5001('75')],
      props: { resendCooldownSeconds: 0 },
    });
    await reachCodeStep(user);
    await user.click(resendButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'W5001');
    expect(alert).toHaveTextContent('Too many attempts. You can try again in 2 minutes.');
    expect(resendButton()).toHaveAccessibleName('Send a new code (2 minutes)');
    expect(resendButton()).toHaveAttribute('aria-disabled', 'true');

    advance(15_000);
    expect(alert).toHaveTextContent('You can try again in 1 minute.');
    expect(resendButton()).toHaveAccessibleName('Send a new code (1 minute)');
    advance(15_000);
    expect(alert).toHaveTextContent('You can try again in 45 seconds.');
    expect(resendButton()).toHaveAccessibleName('Send a new code (45 seconds)');
    advance(44_000);
    expect(alert).toHaveTextContent('You can try again in 1 second.');

    advance(1_000);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('You can try again now.');
    // Said on screen too, not only to screen readers.
    const visible = screen
      .getAllByText('You can try again now.')
      .filter((element) => !element.closest('[role="status"]'));
    expect(visible).toHaveLength(1);
    expect(resendButton()).toHaveAccessibleName('Send a new code');
  });

  it('on the phone step the button counts the same words as the alert', async () => {
    const user = setupUser();
    renderGate({ user, script: [w5001('45')] });
    await user.type(screen.getByLabelText('Phone number'), '2015550123');
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You can try again in 45 seconds.');
    expect(screen.getByRole('button', { name: /^Text me a code/ })).toHaveAccessibleName(
      'Text me a code (45 seconds)',
    );
    advance(5_000);
    expect(alert).toHaveTextContent('You can try again in 40 seconds.');
    expect(screen.getByRole('button', { name: /^Text me a code/ })).toHaveAccessibleName(
      'Text me a code (40 seconds)',
    );
  });

  it('uses the gate locale for the units', async () => {
    const user = setupUser();
    renderGate({
      user,
      script: [ok(), ok(), w5001('30')],
      props: { resendCooldownSeconds: 0, locale: 'fr' },
    });
    await reachCodeStep(user);
    await user.click(resendButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/30\ssecondes/u);
  });
});
