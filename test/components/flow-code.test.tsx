import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  codeInput,
  countrySelect,
  deferred,
  ok,
  phoneInput,
  reachCodeStep,
  renderGate,
  settle,
} from '../support/gate';

describe('code step: field', () => {
  it('is one numeric one-time-code input in a form, focused once the code is sent', async () => {
    const { user, root } = renderGate();
    const input = await reachCodeStep(user);
    expect(root()).toHaveAttribute('data-step', 'code');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getAllByRole('textbox')).toEqual([input]);
    const form = input.closest('form');
    expect(form).not.toBeNull();
    expect(form).toContainElement(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByRole('button', { name: 'Verify' })).toHaveAttribute('type', 'submit');
    expect(input).toHaveFocus();
  });

  it.each(['123 456', '123-456'])('accepts a pasted %s', async (pasted) => {
    const { user, onCodeSubmit, onVerified } = renderGate();
    await reachCodeStep(user);
    await user.click(codeInput());
    await user.paste(pasted);
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['123456']);
  });

  it('shows a field error for an incomplete code on button submit', async () => {
    const { user, onCodeSubmit } = renderGate();
    await reachCodeStep(user);
    await user.type(codeInput(), '12345');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const error = await screen.findByText('Enter all 6 digits of the code.');
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(codeInput().getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(onCodeSubmit).not.toHaveBeenCalled();
    await user.type(codeInput(), '6');
    await waitFor(() => expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['123456']));
  });

  it('confirms the number just typed, whole, international and in its own LTR element (#16.2)', async () => {
    const { user, container } = renderGate({ script: [ok(), ok()] });
    await reachCodeStep(user);
    const sentence = screen.getByText(/^We sent a 6-digit code to /);
    expect(sentence.textContent).toBe('We sent a 6-digit code to +1 201 555 0123.');
    expect(sentence.querySelector('bdi[dir="ltr"]')).toHaveTextContent('+1 201 555 0123');
    // The number appears only there: not in any field, attribute or other text.
    for (const input of container.querySelectorAll('input')) {
      expect(input.value).not.toMatch(/\d{3}/);
    }
    expect(container.innerHTML.split('201').length - 1).toBe(1);
  });
});

describe('code step: submitting', () => {
  it('auto-submits once for a complete code and shows progress while the host checks', async () => {
    const check = deferred();
    const { user, onCodeSubmit, onVerified } = renderGate();
    onCodeSubmit.mockReturnValue(check.promise);
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['123456']);
    const button = await screen.findByRole('button', { name: 'Checking…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(codeInput()).toHaveAttribute('readonly');
    // Typing the same code again, or pressing Enter, does not submit again.
    await user.type(codeInput(), '{Backspace}6{Enter}');
    expect(onCodeSubmit).toHaveBeenCalledTimes(1);
    check.resolve();
    await waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
  });

  it('clears and focuses the field after a rejection, with a CODE_REJECTED alert', async () => {
    const { user, onCodeSubmit, onError, onVerified, root } = renderGate();
    onCodeSubmit.mockRejectedValueOnce(new Error('wrong code'));
    await reachCodeStep(user);
    await user.type(codeInput(), '123456');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-status-code', 'CODE_REJECTED');
    expect(alert).toHaveTextContent('That code did not work');
    expect(codeInput()).toHaveValue('');
    expect(codeInput()).toHaveFocus();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'CODE_REJECTED' });
    expect(onVerified).not.toHaveBeenCalled();
    expect(root()).toHaveAttribute('data-step', 'code');
    // The same code may be tried again after a rejection.
    await user.type(codeInput(), '123456');
    await waitFor(() => expect(root()).toHaveAttribute('data-step', 'verified'));
    expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['123456', '123456']);
    expect(onVerified.mock.calls).toEqual([['123456']]);
  });

  it('submits a complete code by button once a resend in flight has landed', async () => {
    const resend = deferred<Response>();
    const { user, onCodeSubmit } = renderGate({
      script: [ok(), ok(), () => resend.promise],
      props: { resendCooldownSeconds: 0 },
    });
    await reachCodeStep(user);
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    await user.type(codeInput(), '123456');
    expect(screen.getByRole('button', { name: 'Verify' })).toBeDisabled();
    resend.resolve(ok());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Verify' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['123456']));
  });

  it('renders node children and walks data-step phone -> code -> verified', async () => {
    const { user, root, onVerified } = renderGate({
      props: { children: <p>Now playing</p> },
    });
    expect(root()).toHaveAttribute('data-step', 'phone');
    expect(screen.queryByText('Now playing')).toBeNull();
    await reachCodeStep(user);
    expect(root()).toHaveAttribute('data-step', 'code');
    expect(screen.queryByText('Now playing')).toBeNull();
    await user.type(codeInput(), '123456');
    expect(await screen.findByText('Now playing')).toBeVisible();
    expect(root()).toHaveAttribute('data-step', 'verified');
    expect(screen.queryByLabelText('Verification code')).toBeNull();
    await settle();
    expect(onVerified.mock.calls).toEqual([['123456']]);
  });

  it('calls function children with the verified code', async () => {
    const { user } = renderGate({
      props: { children: ({ code }: { code: string }) => <p>Playing with {code}</p> },
    });
    await reachCodeStep(user);
    await user.type(codeInput(), '987654');
    expect(await screen.findByText('Playing with 987654')).toBeVisible();
  });

  it('honours codeLength', async () => {
    const { user, onCodeSubmit } = renderGate({ props: { codeLength: 4 } });
    await reachCodeStep(user);
    await user.type(codeInput(), '1234');
    await waitFor(() => expect(onCodeSubmit.mock.calls.map(([code]) => code)).toEqual(['1234']));
  });
});

describe('code step: use a different number', () => {
  it('returns to the phone step with the country and text kept, phone field focused', async () => {
    const { user, root, sent } = renderGate();
    await user.type(phoneInput(), '+44 7400 123456');
    await waitFor(() => expect(countrySelect()).toHaveValue('GB'));
    const typed = phoneInput().value;
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await screen.findByLabelText('Verification code');
    await user.click(screen.getByRole('button', { name: 'Use a different number' }));
    expect(root()).toHaveAttribute('data-step', 'phone');
    expect(countrySelect()).toHaveValue('GB');
    expect(phoneInput()).toHaveValue(typed);
    expect(phoneInput()).toHaveFocus();
    expect(sent()).toHaveLength(2);
  });
});
