import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { baseArgs, gateArgTypes } from './support/args';
import {
  expectStep,
  reachCodeStep,
  requestLog,
  sendButton,
  smsCode,
  stageMock,
  submitPhone,
} from './support/play';
import { DEMO_API_KEY, DEMO_JWT, GateStage } from './support/stage';

/** Each step of the flow, driven by a play function that checks what is shown and sent. */
const meta = {
  title: 'Gate/Steps',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

const LINK_US = 'POST {"phone":2015550123,"country_code":1}';

/** Country and number; nothing is sent on mount, one submit links then asks for a code. */
export const PhoneEntry: Story = {
  play: async (context) => {
    const { canvas } = context;
    const mock = await stageMock(context);
    await expectStep(context, 'phone');
    expect(canvas.getByRole('combobox', { name: 'Country' })).toHaveValue('United States');
    const phone = canvas.getByLabelText('Phone number');
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    expect(requestLog(mock)).toEqual([]);

    await submitPhone(context, '2015550123');
    await expectStep(context, 'code');
    expect(requestLog(mock)).toEqual([LINK_US, 'GET']);
    const [link, code] = mock.requests;
    expect(link?.url).toBe(
      'https://api.indee.invalid/v2/watch/content/screeners/demo-screener/2fa',
    );
    expect(link?.headers.authorization).toBe(`Bearer ${DEMO_API_KEY}`);
    expect(code?.headers.authorization).toBe(`Bearer ${DEMO_API_KEY}`);
  },
};

/** A Publicity (force-login) screener: the same flow with `Authorization: JWT <token>`. */
export const JwtScreener: Story = {
  args: { authMode: 'jwt' },
  play: async (context) => {
    const mock = await stageMock(context);
    await reachCodeStep(context);
    expect(mock.requests.map((request) => request.headers.authorization)).toEqual([
      `JWT ${DEMO_JWT}`,
      `JWT ${DEMO_JWT}`,
    ]);
  },
};

/** `phoneRegistered`: the phone is linked already, so one button sends only `GET .../2fa`. */
export const SendCode: Story = {
  args: { phoneRegistered: true },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    await expectStep(context, 'send');
    expect(canvas.getByRole('heading', { name: 'Get your code' })).toBeVisible();
    expect(canvas.queryByLabelText('Phone number')).toBeNull();
    await userEvent.click(sendButton(context));
    await expectStep(context, 'code');
    expect(requestLog(mock)).toEqual(['GET']);
    expect(await smsCode(context)).toBe('123456');
  },
};

/** The code field: one-time-code autofill, where the code went, and a message for a short code. */
export const CodeEntry: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await reachCodeStep(context);
    const field = canvas.getByLabelText('Verification code');
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(canvas.getByText('+1 201 555 0123')).toHaveAttribute('dir', 'ltr');

    await userEvent.type(field, '123');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    const message = await canvas.findByText('Enter all 6 digits of the code.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(context.args.onCodeSubmit).not.toHaveBeenCalled();
  },
};

/** A pasted code (spaces and hyphens included) submits itself once it is complete. */
export const AutoSubmit: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await reachCodeStep(context);
    const code = await smsCode(context);
    await userEvent.click(canvas.getByLabelText('Verification code'));
    await userEvent.paste(`${code.slice(0, 3)}-${code.slice(3)}`);
    await expectStep(context, 'verified');
    expect(args.onCodeSubmit).toHaveBeenCalledTimes(1);
    expect(args.onCodeSubmit).toHaveBeenCalledWith(code);
  },
};

/** "Send a new code" waits out the cooldown (2 s here), then texts a new code. */
export const ResendCountdown: Story = {
  args: { resendCooldownSeconds: 2 },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    await reachCodeStep(context);
    const first = await smsCode(context);
    const resend = canvas.getByRole('button', { name: /send a new code/i });
    expect(resend).toHaveAttribute('aria-disabled', 'true');
    expect(resend).toHaveTextContent(/Send a new code in 0:0[12]/);
    await waitFor(() => expect(resend).toHaveTextContent('Send a new code in 0:01'), {
      timeout: 1500,
    });
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'), { timeout: 3000 });
    expect(resend).toHaveTextContent('Send a new code');

    await userEvent.click(resend);
    const second = await smsCode(context, first);
    expect(requestLog(mock)).toEqual([LINK_US, 'GET', 'GET']);
    await waitFor(() => expect(resend).toHaveAttribute('aria-disabled', 'true'));
    // Only the latest code unlocks the screener.
    expect(mock.verifyCode('demo-screener', first)).toBe(false);
    await userEvent.type(canvas.getByLabelText('Verification code'), second);
    await expectStep(context, 'verified');
  },
};

/** "Use a different number" goes back to the phone step, entry kept and focused. */
export const ChangeNumber: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await reachCodeStep(context);
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different number' }));
    await expectStep(context, 'phone');
    expect(canvas.getByLabelText('Phone number')).toHaveValue('(201) 555-0123');
    await waitFor(() => expect(canvas.getByLabelText('Phone number')).toHaveFocus());
  },
};

/** The whole flow, the code read off the phone; the host's children replace the gate. */
export const Verified: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await reachCodeStep(context);
    await userEvent.type(canvas.getByLabelText('Verification code'), await smsCode(context));
    await expectStep(context, 'verified');
    expect(canvas.getByText('▶ Playback would start now')).toBeVisible();
    expect(canvas.queryByRole('form')).toBeNull();
    expect(args.onVerified).toHaveBeenCalledTimes(1);
    expect(args.onVerified).toHaveBeenCalledWith('123456');
    expect(args.onError).not.toHaveBeenCalled();
  },
};
