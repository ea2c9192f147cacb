import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { FlowStep } from '../../src';
import type { MockIndeeFetcher } from '../../src/mock';
import { findStageMock } from './stage';

/** What a play function receives; only the members these helpers use. */
export type PlayContext = Pick<StoryContext, 'canvas' | 'canvasElement' | 'userEvent'>;

/**
 * Generous for step changes: interactive stories answer after ~300 ms per request, and the
 * numbering rules load on the first phone submit.
 */
const STEP_TIMEOUT = 5000;

/** The mock the story renders; waits for the first render. */
export function stageMock({ canvasElement }: PlayContext): Promise<MockIndeeFetcher> {
  return waitFor(() => {
    const mock = findStageMock(canvasElement);
    if (!mock) throw new Error('The story has not rendered its stage yet');
    return mock;
  });
}

/** The gate's root: the element carrying `data-step`. */
export function gateRoot({ canvasElement }: PlayContext): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[data-step]');
  if (!root) throw new Error('No element with data-step in the story');
  return root;
}

/** Waits until the gate shows `step`. */
export async function expectStep(context: PlayContext, step: FlowStep): Promise<void> {
  await waitFor(() => expect(gateRoot(context)).toHaveAttribute('data-step', step), {
    timeout: STEP_TIMEOUT,
  });
}

/** Waits for the failure alert and checks the DOM contract: `role="alert"` + `data-status-code`. */
export async function expectAlert(context: PlayContext, code: string): Promise<HTMLElement> {
  const alert = await context.canvas.findByRole('alert', {}, { timeout: STEP_TIMEOUT });
  expect(alert).toHaveAttribute('data-status-code', code);
  return alert;
}

/** `METHOD body` per request the gate sent, oldest first: `['POST {"phone":…}', 'GET']`. */
export function requestLog(mock: MockIndeeFetcher): string[] {
  return mock.requests.map((request) =>
    request.body === undefined ? request.method : `${request.method} ${request.body}`,
  );
}

/** The send button of the phone and send steps, whatever its countdown or busy label. */
export function sendButton({ canvas }: PlayContext): HTMLElement {
  return canvas.getByRole('button', { name: /text me a code|sending/i });
}

/** Types a national number (the country picker left as it is) and submits the phone form. */
export async function submitPhone(context: PlayContext, text: string): Promise<void> {
  const { canvas, userEvent } = context;
  const field = canvas.getByLabelText('Phone number');
  await userEvent.clear(field);
  if (text !== '') await userEvent.type(field, text);
  await userEvent.click(sendButton(context));
}

/** From the phone step (country US), links +1 201-555-0123 and waits for the code step. */
export async function reachCodeStep(context: PlayContext): Promise<void> {
  await submitPhone(context, '2015550123');
  await expectStep(context, 'code');
}

/** The code in the phone's SMS preview, once one has arrived (`previous` excluded). */
export async function smsCode({ canvas }: PlayContext, previous?: string): Promise<string> {
  const phone = within(canvas.getByRole('complementary', { name: 'Text message' }));
  return waitFor(
    () => {
      const code = phone.getByText(/^\d{4,8}$/).textContent ?? '';
      expect(code).not.toBe(previous);
      return code;
    },
    { timeout: STEP_TIMEOUT },
  );
}
