import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { baseArgs, gateArgTypes } from './support/args';
import { expectAlert, expectStep, gateRoot, reachCodeStep, sendButton } from './support/play';
import { GateStage } from './support/stage';

/**
 * What the viewer sees of each action, measured in the browser with the default styles:
 * the code field's shape, aligned actions, a spinner while pending, and sign-in failures.
 */
const meta = {
  title: 'Gate/Feedback',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

const box = (element: Element) => element.getBoundingClientRect();

/**
 * One narrow, centred code field sized to its digits, with tabular, spaced figures; the
 * number on one line; the main buttons as wide on the code step as on the phone step; and
 * "Use a different number" on the content edge.
 */
export const CodeField: Story = {
  play: async (context) => {
    const { canvas } = context;
    const phoneButtonWidth = box(sendButton(context)).width;
    await reachCodeStep(context);
    const root = gateRoot(context);
    const heading = canvas.getByRole('heading', { name: 'Enter your code' });
    const field = canvas.getByLabelText('Verification code');
    const style = getComputedStyle(field);
    expect(canvas.getAllByRole('textbox')).toEqual([field]);
    expect(box(field).width).toBeLessThan(box(heading).width * 0.6);
    const fieldCentre = box(field).left + box(field).width / 2;
    const contentCentre = box(heading).left + box(heading).width / 2;
    expect(Math.abs(fieldCentre - contentCentre)).toBeLessThan(2);
    expect(style.fontVariantNumeric).toContain('tabular-nums');
    expect(Number.parseFloat(style.letterSpacing)).toBeGreaterThan(0);
    expect(style.textAlign).toBe('center');

    // Six digits fit without scrolling inside the field.
    field.focus();
    await context.userEvent.keyboard('888888');
    expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth);

    const number = canvas.getByText('+1 201 555 0123');
    expect(getComputedStyle(number).whiteSpace).toBe('nowrap');
    const change = canvas.getByRole('button', { name: 'Use a different number' });
    expect(Math.abs(box(change).left - box(heading).left)).toBeLessThan(1);
    const verify = canvas.getByRole('button', { name: /verify|checking/i });
    expect(Math.abs(box(verify).width - phoneButtonWidth)).toBeLessThan(1);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

/** A slow answer: the pending button spins (or pulses, with reduced motion) and is aria-busy. */
export const PendingSpinner: Story = {
  args: { latencyMs: 1500 },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByLabelText('Phone number'), '2015550123');
    await userEvent.click(sendButton(context));
    const button = await canvas.findByRole('button', { name: 'Sending…' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    const spinner = getComputedStyle(button, '::before');
    expect(spinner.content).not.toBe('none');
    expect(spinner.animationName).toMatch(/^s2fa-(spin|pulse)$/);
    await expectStep(context, 'code');
  },
};

/**
 * W2101 (this screener needs a signed-in viewer): the form gives way to the message and the
 * host's "Sign in", which takes focus since the button the viewer pressed is gone.
 */
export const SignInRequired: Story = {
  args: { answer: 'W2101 (API key not allowed)', answerEndpoint: 'link-phone' },
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await userEvent.type(canvas.getByLabelText('Phone number'), '2015550123');
    await userEvent.click(sendButton(context));
    await expectAlert(context, 'W2101');
    expect(canvas.queryAllByRole('textbox')).toEqual([]);
    expect(canvas.queryByRole('combobox')).toBeNull();
    const signIn = canvas.getByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(signIn).toHaveFocus());
    await userEvent.click(signIn);
    expect(args.onSignIn).toHaveBeenCalledTimes(1);
  },
};
