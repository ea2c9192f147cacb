/**
 * The harness of the status-state tests: mounts the gate so that the request under test is
 * the next one, at one of the four places a request goes out.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import {
  defaultMessages as m,
  ScreenerTwoFactorGate,
  type ScreenerTwoFactorGateProps,
  type TwoFactorError,
} from '../../src';
import { ok, type RecordedCall, recordingFetcher, type Step } from '../api/fake-fetcher';

/** Server text that must never become markup. */
export const XSS = '<img src=x onerror=alert(1)>Secret detail';

/** Lets pending promises and React commits settle (real timers only). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/**
 * Where the request under test goes out: POST from the phone step (`link`), the GET right
 * after a W0000 link (`after-link`), the `phoneRegistered` send step (`send`), or "Send a new
 * code" on the code step (`resend`).
 */
export type Entry = 'link' | 'after-link' | 'send' | 'resend';

/**
 * A sending button that does not send: `disabled`, or `aria-disabled="true"` where it stays
 * focusable (the code step's "send a new code").
 */
export function expectCannotSend(button: HTMLElement) {
  const off = button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true';
  expect(off, `${button.textContent} should not send`).toBe(true);
}

/** After a halting failure the form is gone: no field to type into, no button that sends. */
export function expectHalted() {
  expect(screen.queryAllByRole('textbox')).toEqual([]);
  expect(screen.queryAllByRole('combobox')).toEqual([]);
  const send = /^(text me a code|send a new code|verify)/i;
  expect(screen.queryByRole('button', { name: send })).toBeNull();
}

export interface MountOptions {
  /** Drive user-event with Vitest's fake timers. */
  fakeTimers?: boolean;
}

export function mount(
  entry: Entry,
  script: Step[],
  extra: Partial<ScreenerTwoFactorGateProps> = {},
  options: MountOptions = {},
) {
  const user = userEvent.setup(
    options.fakeTimers ? { advanceTimers: vi.advanceTimersByTime } : undefined,
  );
  const lead = entry === 'after-link' || entry === 'resend' ? 1 : 0;
  const { fetcher, calls } = recordingFetcher(...(lead ? [ok()] : []), ...script);
  const onError = vi.fn<(error: TwoFactorError) => void>();
  const onAuthError = vi.fn<(error: TwoFactorError) => void>();
  const props: ScreenerTwoFactorGateProps = {
    screenerKey: 'scr-1',
    baseUrl: 'https://api.example.test/',
    auth: { type: 'apiKey', apiKey: 'key-1' },
    fetcher,
    defaultCountry: 'US',
    phoneRegistered: entry === 'send' || entry === 'resend',
    resendCooldownSeconds: 0,
    onCodeSubmit: vi.fn(),
    onError,
    onAuthError,
    ...extra,
  };
  const view = render(<ScreenerTwoFactorGate {...props} />);
  const label = entry === 'resend' ? m.resend : m.sendSubmit;
  return {
    user,
    calls: calls as RecordedCall[],
    lead,
    onError,
    onAuthError,
    view,
    props,
    rerender: (more: Partial<ScreenerTwoFactorGateProps>) =>
      view.rerender(<ScreenerTwoFactorGate {...props} {...more} />),
    step: () => view.container.firstElementChild?.getAttribute('data-step'),
    label,
    sendButton: () => screen.getByRole('button', { name: new RegExp(`^${label}`) }),
    trigger: async () => {
      if (entry === 'link' || entry === 'after-link') {
        await user.type(screen.getByLabelText(m.phoneLabel), '2015550123');
        await user.click(screen.getByRole('button', { name: m.phoneSubmit }));
      } else {
        await user.click(screen.getByRole('button', { name: m.sendSubmit }));
        if (entry === 'resend')
          await user.click(await screen.findByRole('button', { name: m.resend }));
      }
    },
  };
}
