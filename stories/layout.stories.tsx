import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ar } from '../src/locales/ar';
import { baseArgs, gateArgTypes } from './support/args';
import {
  expectStep,
  gateRoot,
  reachCodeStep,
  requestLog,
  smsCode,
  stageMock,
} from './support/play';
import { GateStage } from './support/stage';

/** The gate in other writing directions and on the narrowest phones. */
const meta = {
  title: 'Gate/Layout',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

/**
 * Arabic, right to left, with translated `messages`: country names come from the browser's
 * `Intl.DisplayNames`, and logical CSS properties mirror the layout. Arabic-Indic digits
 * typed into the phone field are understood.
 */
export const RightToLeft: Story = {
  args: { locale: 'ar', dir: 'rtl', defaultCountry: 'SA', messages: ar },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    const root = gateRoot(context);
    expect(getComputedStyle(root).direction).toBe('rtl');
    expect(canvas.getByRole('heading', { name: 'تحقّق من هاتفك لمشاهدة العرض' })).toBeVisible();
    const saudiArabia = new Intl.DisplayNames(['ar'], { type: 'region' }).of('SA') ?? 'SA';
    expect(canvas.getByRole('combobox', { name: 'البلد' })).toHaveValue(saudiArabia);

    await userEvent.type(canvas.getByLabelText('رقم الهاتف'), '٠٥٠١٢٣٤٥٦٧');
    await userEvent.click(canvas.getByRole('button', { name: 'أرسل لي الرمز' }));
    await expectStep(context, 'code');
    expect(requestLog(mock)[0]).toBe('POST {"phone":501234567,"country_code":966}');
    // The number whole, in international format, kept left-to-right inside the Arabic sentence.
    const number = canvas.getByText('+966 50 123 4567');
    expect(number).toHaveAttribute('dir', 'ltr');
    expect(getComputedStyle(number).direction).toBe('ltr');
    await userEvent.type(canvas.getByLabelText('رمز التحقق'), await smsCode(context));
    await expectStep(context, 'verified');
  },
};

/** A 320 px wide page (the wrapper's CSS class): nothing overflows, the phone moves below. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div className="story-narrow" data-testid="narrow">
        <Story />
      </div>
    ),
  ],
  parameters: { layout: 'padded' },
  play: async (context) => {
    const { canvas } = context;
    const wrapper = canvas.getByTestId('narrow');
    const fits = () => {
      const root = gateRoot(context);
      expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      expect(wrapper.scrollWidth).toBeLessThanOrEqual(320);
    };
    await waitFor(() => expect(canvas.getByText(/^For example/)).toBeVisible());
    fits();
    await reachCodeStep(context);
    fits();
    const phone = canvas.getByRole('complementary', { name: 'Text message' });
    expect(phone.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      gateRoot(context).getBoundingClientRect().bottom,
    );
  },
};
