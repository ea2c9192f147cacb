import type { Meta, StoryObj } from '@storybook/react-vite';
import { baseArgs, gateArgTypes } from './support/args';
import { GateStage } from './support/stage';

/**
 * The whole gate on the in-memory Indee (`screener-2fa-gate/mock`). Type any mobile number,
 * read the code off the phone on the right, type it in. Use the controls to switch the
 * screener's auth mode, start with a linked phone, change country, language and direction,
 * or make the mock fail.
 */
const meta = {
  title: 'Gate/Playground',
  component: GateStage,
  args: { ...baseArgs, preferredCountries: ['US', 'GB', 'FR'] },
  argTypes: gateArgTypes,
  // The Introduction embeds it with its controls; a separate docs page would only repeat it.
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every request goes to `createMockIndeeFetcher()`; nothing leaves the browser. The mock accepts `JWT demo-jwt` and `Bearer demo-api-key`, texts the codes 123456, 234567, … in order, and rate-limits after 5 requests a minute per endpoint.',
      },
    },
  },
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

/** No play function on purpose: the story waits for you. */
export const Playground: Story = {};
