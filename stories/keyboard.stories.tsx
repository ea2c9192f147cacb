import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { baseArgs, gateArgTypes } from './support/args';
import { expectStep, requestLog, smsCode, stageMock } from './support/play';
import { GateStage } from './support/stage';

/** The whole flow with the keyboard alone: Tab, arrow keys, typing and Enter, no pointer. */
const meta = {
  title: 'Gate/Keyboard only',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

export const KeyboardOnly: Story = {
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    const mock = await stageMock(context);
    await expectStep(context, 'phone');
    const country = canvas.getByRole('combobox', { name: 'Country' });
    const phone = canvas.getByLabelText('Phone number');

    // Tab order: the picker first, then the number, then the send button.
    country.focus();
    expect(country).toHaveFocus();
    await userEvent.tab();
    expect(phone).toHaveFocus();
    await userEvent.keyboard('+44 7400 123456');
    await waitFor(() => expect(country).toHaveValue('United Kingdom'));
    await userEvent.keyboard('{Enter}');

    await expectStep(context, 'code');
    const code = canvas.getByLabelText('Verification code');
    // The new step takes focus, so the viewer can type the SMS code straight away.
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.keyboard(await smsCode(context));

    await expectStep(context, 'verified');
    expect(args.onCodeSubmit).toHaveBeenCalledTimes(1);
    expect(requestLog(mock)).toEqual(['POST {"phone":7400123456,"country_code":44}', 'GET']);
  },
};
