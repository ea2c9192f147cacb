import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { defaultMessages, type PhoneRefusal } from '../src';
import { baseArgs, gateArgTypes } from './support/args';
import { expectStep, gateRoot, requestLog, stageMock, submitPhone } from './support/play';
import { GateStage } from './support/stage';

/**
 * What the phone field refuses before anything is sent. Each refusal marks the field
 * `aria-invalid` and points `aria-describedby` at its message; the mock sees no request.
 */
const meta = {
  title: 'Gate/Phone validation',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

/** A story that submits `text` with `country` selected and expects `reason`. */
function refusal(country: string, text: string, reason: PhoneRefusal): Story {
  return {
    args: { defaultCountry: country },
    play: async (context) => {
      const { canvas } = context;
      const mock = await stageMock(context);
      await submitPhone(context, text);
      const message = await canvas.findByText(defaultMessages.phoneRefusal[reason]);
      const field = canvas.getByLabelText('Phone number');
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAttribute('aria-describedby', message.id);
      expect(gateRoot(context)).toHaveAttribute('data-step', 'phone');
      expect(requestLog(mock)).toEqual([]);
    },
  };
}

/** Submitting an empty field. */
export const Empty = refusal('US', '', 'EMPTY');

/** Too few digits for the country. */
export const TooShort = refusal('US', '555-0123', 'TOO_SHORT');

/** Complete, but no such number in the US plan. */
export const Invalid = refusal('US', '099 999 9999', 'INVALID');

/** A London landline: it cannot receive the SMS. */
export const NotMobile = refusal('GB', '020 7946 0018', 'NOT_MOBILE');

/**
 * A Rome number: its national significant number starts with 0, which the API's integer
 * `phone` cannot carry. Refused with a clear message rather than sent mangled.
 */
export const LeadingZero = refusal('IT', '06 1234 5678', 'LEADING_ZERO');

/** Fixing the number clears the message while typing (after the first submit). */
export const FixedAfterRefusal: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    await submitPhone(context, '555-0123');
    await canvas.findByText(defaultMessages.phoneRefusal.TOO_SHORT);
    const field = canvas.getByLabelText('Phone number');
    await userEvent.clear(field);
    await userEvent.type(field, '201 555 0123');
    await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid'));
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expectStep(context, 'code');
    expect(requestLog(mock)[0]).toBe('POST {"phone":2015550123,"country_code":1}');
  },
};

/** Pasting `+44 7400 123456` with the US selected switches the picker to the UK. */
export const PasteInternational: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    const country = canvas.getByRole('combobox', { name: 'Country' });
    expect(country).toHaveValue('United States');
    // The country switch needs the numbering rules, which load when the phone step shows.
    await waitFor(() => expect(canvas.getByText(/^For example/)).toBeVisible());
    await userEvent.click(canvas.getByLabelText('Phone number'));
    await userEvent.paste('+44 7400 123456');
    await waitFor(() => expect(country).toHaveValue('United Kingdom'));
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expectStep(context, 'code');
    expect(requestLog(mock)).toEqual(['POST {"phone":7400123456,"country_code":44}', 'GET']);
  },
};
