import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { ar } from '../src/locales/ar';
import { baseArgs, gateArgTypes } from './support/args';
import { expectStep, type PlayContext, requestLog, stageMock } from './support/play';
import { GateStage } from './support/stage';

/**
 * The country control: a combobox that finds a country by its name in the page's language, in
 * English or in its own language, by an alias (UK, USA, Holland), by its ISO code (GB, GBR) or
 * by its calling code (44, +44). Only the number of matches is announced, never the list.
 */
const meta = {
  title: 'Gate/Country search',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

const countryField = ({ canvas }: PlayContext, name = 'Country') =>
  canvas.getByRole('combobox', { name });

/** Types `query` into the country field and returns the accessible names of the rows. */
async function search(context: PlayContext, query: string, name?: string) {
  const field = countryField(context, name);
  await context.userEvent.click(field);
  await context.userEvent.keyboard(`{Control>}a{/Control}${query}`);
  await waitFor(() => expect(field).toHaveAttribute('aria-expanded', 'true'));
  const list = context.canvas.getByRole('listbox', { hidden: true });
  return within(list)
    .queryAllByRole('option')
    .map((option) => option.getAttribute('aria-label'));
}

const status = (context: PlayContext, name?: string) =>
  within(countryField(context, name).closest('.s2fa-field') as HTMLElement).getByRole('status');

/** "uk": the United Kingdom first (an alias), then names starting with it (Ukraine). */
export const SearchResults: Story = {
  play: async (context) => {
    const rows = await search(context, 'uk');
    expect(rows[0]).toBe('United Kingdom, +44');
    expect(rows).toContain('Ukraine, +380');
    const field = countryField(context);
    const active = document.getElementById(field.getAttribute('aria-activedescendant') ?? '');
    expect(active).toHaveAccessibleName('United Kingdom, +44');
    expect(status(context)).toHaveTextContent(`${rows.length} countries match.`);
  },
};

/** Nothing matches: said in the live region, and no empty list is shown. */
export const NoMatch: Story = {
  play: async (context) => {
    const field = countryField(context);
    await context.userEvent.click(field);
    await context.userEvent.keyboard('{Control>}a{/Control}xyzzy');
    expect(status(context)).toHaveTextContent('No country matches.');
    expect(context.canvas.getByRole('listbox', { hidden: true })).not.toBeVisible();
  },
};

/** +1 is shared by 25 countries: all listed, the United States and Canada first. */
export const SharedCallingCode: Story = {
  play: async (context) => {
    const rows = await search(context, '+1');
    expect(rows.slice(0, 2)).toEqual(['United States, +1', 'Canada, +1']);
    expect(rows).toHaveLength(25);
  },
};

/** Arabic, right to left: searched in Arabic, English or by code; the list mirrors. */
export const RightToLeft: Story = {
  args: { locale: 'ar', dir: 'rtl', defaultCountry: 'SA', messages: ar },
  play: async (context) => {
    const rows = await search(context, 'المملكة المت', 'البلد');
    const uk = new Intl.DisplayNames(['ar'], { type: 'region' }).of('GB');
    expect(rows[0]).toBe(`${uk}, +44`);
    const list = context.canvas.getByRole('listbox', { hidden: true });
    expect(getComputedStyle(list).direction).toBe('rtl');
  },
};

/** "uk", Enter, the number, send: Enter in the list picks and sends nothing. */
export const PickAndSend: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    await waitFor(() => expect(canvas.getByText(/^For example/)).toBeVisible());
    await search(context, 'uk');
    await userEvent.keyboard('{Enter}');
    expect(countryField(context)).toHaveValue('United Kingdom');
    const phone = canvas.getByLabelText('Phone number');
    await waitFor(() => expect(phone).toHaveFocus());
    expect(mock.requests).toHaveLength(0);
    await userEvent.keyboard('07400 123456{Enter}');
    await expectStep(context, 'code');
    expect(requestLog(mock)).toEqual(['POST {"phone":7400123456,"country_code":44}', 'GET']);
  },
};

/** A number that fits another country: the gate says so and offers it in one click. */
export const BetterCountry: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = await stageMock(context);
    await waitFor(() => expect(canvas.getByText(/^For example/)).toBeVisible());
    await userEvent.type(canvas.getByLabelText('Phone number'), '07400 123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    expect(await canvas.findByText('This is not a valid United States number.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Use United Kingdom (+44)' }));
    expect(countryField(context)).toHaveValue('United Kingdom');
    expect(mock.requests).toHaveLength(0);
  },
};
