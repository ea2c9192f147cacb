/**
 * #16.2 and #16.4 on the code step: where the code went, said whole and unbroken, and one
 * message per field at a time.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { codeInput, ok, reachCodeStep, renderGate } from '../support/gate';

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

describe('code step: where the code went (#16.2)', () => {
  it('names the number typed, international, in one LTR run, with "Use a different number" next to it', async () => {
    const { user } = renderGate({ script: [ok(), ok()] });
    await reachCodeStep(user);
    const sentence = screen.getByText(/^We sent a 6-digit code to/);
    // The number is its own left-to-right element, so RTL sentences keep "+1" in front.
    const number = within(sentence).getByText('+1 201 555 0123');
    expect(number).toHaveAttribute('dir', 'ltr');
    expect(number).not.toBe(sentence);
    expect(sentence).toHaveTextContent(/^We sent a 6-digit code to \+1 201 555 0123\.$/);
    // "Use a different number" comes right after the sentence, not at the bottom of the step.
    const change = screen.getByRole('button', { name: 'Use a different number' });
    expect(sentence.nextElementSibling).toBe(change);
  });

  it('with phoneRegistered says the code went to the phone linked to this screener', async () => {
    const { user } = renderGate({ script: [ok()], props: { phoneRegistered: true } });
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(
      await screen.findByText('We sent a 6-digit code to the phone linked to this screener.'),
    ).toBeVisible();
  });
});

describe('code step: one message at a time (#16.4)', () => {
  it('a rejected code marks the field invalid and describes it by the alert', async () => {
    const { user, onCodeSubmit } = renderGate({ script: [ok(), ok()] });
    onCodeSubmit.mockRejectedValueOnce(new Error('wrong code'));
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'CODE_REJECTED');
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(codeInput())).toContain(alert.id);
  });

  it('editing the code clears the rejection; an incomplete submit then shows only its own message', async () => {
    const { user, onCodeSubmit } = renderGate({ script: [ok(), ok()] });
    onCodeSubmit.mockRejectedValueOnce(new Error('wrong code'));
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    await screen.findByRole('alert');
    await user.type(codeInput(), '12');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/That code did not work/)).toBeNull();
    expect(codeInput()).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const incomplete = screen.getByText('Enter all 6 digits of the code.');
    expect(screen.queryByText(/That code did not work/)).toBeNull();
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(codeInput())).toContain(incomplete.id);
  });

  it('a new rejection replaces the incomplete-code message (newest wins)', async () => {
    const { user, onCodeSubmit } = renderGate({ script: [ok(), ok()] });
    onCodeSubmit.mockRejectedValueOnce(new Error('wrong code'));
    await reachCodeStep(user);
    await user.type(codeInput(), '12');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByText('Enter all 6 digits of the code.')).toBeVisible();
    await user.type(codeInput(), '3456');
    expect(await screen.findByRole('alert')).toHaveAttribute('data-status-code', 'CODE_REJECTED');
    expect(screen.queryByText('Enter all 6 digits of the code.')).toBeNull();
  });
});
