import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { defaultMessages } from '../src';
import { baseArgs, gateArgTypes } from './support/args';
import {
  expectAlert,
  expectStep,
  gateRoot,
  reachCodeStep,
  requestLog,
  sendButton,
  smsCode,
  stageMock,
  submitPhone,
} from './support/play';
import { DEMO_JWT, GateStage, SCREENER_KEY } from './support/stage';

/**
 * Failures that are not one status code at one endpoint: a wrong code, a rate-limit
 * countdown, slowness, odd answers, token refresh, and coming back online.
 */
const meta = {
  title: 'Gate/Failures',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

const LINK = 'POST {"phone":2015550123,"country_code":1}';

/** The host's check refused the code: the field is cleared and focused for another try. */
export const CodeRejected: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await reachCodeStep(context);
    const field = canvas.getByLabelText('Verification code');
    await userEvent.type(field, '000000');
    const alert = await expectAlert(context, 'CODE_REJECTED');
    expect(alert).toHaveTextContent(defaultMessages.error['code-rejected']);
    await waitFor(() => expect(field).toHaveValue(''));
    expect(field).toHaveFocus();
    expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'CODE_REJECTED' }));

    await userEvent.type(field, await smsCode(context));
    await expectStep(context, 'verified');
    expect(args.onCodeSubmit).toHaveBeenNthCalledWith(1, '000000');
    expect(args.onCodeSubmit).toHaveBeenNthCalledWith(2, '123456');
  },
};

/**
 * W5001 with `Retry-After: 2` on "send a new code": the buttons that would send are off and
 * count down, then the end of the wait is announced and resending works.
 */
export const RateLimitCountdown: Story = {
  args: { resendCooldownSeconds: 0 },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    await reachCodeStep(context);
    const first = await smsCode(context);
    mock.failNext({ statusCode: 'W5001', retryAfterSeconds: 2 }, { endpoint: 'request-code' });
    const resend = canvas.getByRole('button', { name: /send a new code/i });
    await userEvent.click(resend);

    const alert = await expectAlert(context, 'W5001');
    expect(alert).toHaveTextContent(defaultMessages.rateLimited('2 seconds'));
    expect(gateRoot(context)).toHaveAttribute('data-blocked');
    // Still focusable (aria-disabled), and it counts the very words the alert shows.
    expect(resend).toHaveAttribute('aria-disabled', 'true');
    expect(resend).toHaveTextContent('Send a new code (2 seconds)');
    await waitFor(() => expect(resend).toHaveTextContent('Send a new code (1 second)'), {
      timeout: 1500,
    });
    expect(alert).toHaveTextContent('You can try again in 1 second.');
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'), { timeout: 3000 });
    expect(gateRoot(context)).not.toHaveAttribute('data-blocked');
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(defaultMessages.rateLimitOver),
    );

    await userEvent.click(resend);
    expect(await smsCode(context, first)).toBe('234567');
    expect(requestLog(mock)).toEqual([LINK, 'GET', 'GET', 'GET']);
  },
};

/**
 * A slow answer: the button says "Sending…", the root carries `data-busy`, and a double
 * click still sends one request.
 */
export const Slow: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    mock.failNext({ delayMs: 800 }, { endpoint: 'link-phone' });
    await userEvent.type(canvas.getByLabelText('Phone number'), '2015550123');
    await userEvent.dblClick(sendButton(context));
    const button = await canvas.findByRole('button', { name: 'Sending…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(gateRoot(context)).toHaveAttribute('data-busy');
    await expectStep(context, 'code');
    expect(requestLog(mock)).toEqual([LINK, 'GET']);
  },
};

/** HTTP 200 whose body says W5000: the W-code wins. */
export const StatusCodeMismatch: Story = {
  play: async (context) => {
    const mock = await stageMock(context);
    mock.failNext('http-200-w5000', { endpoint: 'request-code' });
    await submitPhone(context, '2015550123');
    await expectAlert(context, 'W5000');
    await expectStep(context, 'send');
  },
};

/** JSON cut off mid-object. */
export const TruncatedJson: Story = {
  play: async (context) => {
    const mock = await stageMock(context);
    mock.failNext('truncated-json', { endpoint: 'link-phone' });
    await submitPhone(context, '2015550123');
    const alert = await expectAlert(context, 'BAD_RESPONSE');
    expect(alert).toHaveTextContent(defaultMessages.error['bad-response']);
    expect(sendButton(context)).toBeEnabled();
  },
};

/**
 * An expired JWT: the host's token getter is asked once with `refresh: true` and the
 * request is retried with the new token; the viewer sees nothing of it.
 */
export const TokenRefresh: Story = {
  args: { authMode: 'jwt', refreshJwt: true },
  play: async (context) => {
    const { args, canvas } = context;
    const mock = await stageMock(context);
    mock.failNext('W2003', { endpoint: 'request-code' });
    await reachCodeStep(context);
    expect(mock.requests.map((request) => request.headers.authorization)).toEqual([
      `JWT ${DEMO_JWT}`,
      `JWT ${DEMO_JWT}`,
      `JWT ${DEMO_JWT}-1`,
    ]);
    expect(canvas.queryByRole('alert')).toBeNull();
    expect(args.onError).not.toHaveBeenCalled();
    expect(args.onAuthError).not.toHaveBeenCalled();
  },
};

/** Offline mid-flow: a NETWORK alert, then "You are back online" when the browser says so. */
export const BackOnline: Story = {
  play: async (context) => {
    const { canvas } = context;
    const mock = await stageMock(context);
    mock.failNext('network-error');
    await submitPhone(context, '2015550123');
    await expectAlert(context, 'NETWORK');
    window.dispatchEvent(new Event('online'));
    // The gate's live region (the country field has its own, for the search).
    await waitFor(() =>
      expect(canvas.getAllByRole('status').map((region) => region.textContent)).toContain(
        defaultMessages.backOnline,
      ),
    );
    expect(sendButton(context)).toBeEnabled();
    expect(mock.linkedPhone(SCREENER_KEY)).toBeUndefined();
  },
};
