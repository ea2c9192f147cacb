import type { Meta, StoryObj } from '@storybook/react-vite';
import { baseArgs, gateArgTypes } from './support/args';
import { GateStage } from './support/stage';
import { STATUS_CASES, statusStory } from './support/status';

/**
 * Every failure of `POST .../2fa` (linking the phone). The mock fails once, so the stories
 * that allow a retry also show it working.
 */
const meta = {
  title: 'Gate/Status codes/Link phone (POST)',
  component: GateStage,
  args: baseArgs,
  argTypes: gateArgTypes,
} satisfies Meta<typeof GateStage>;

export default meta;

type Story = StoryObj<typeof meta>;

const link = (status: (typeof STATUS_CASES)[keyof typeof STATUS_CASES]): Story =>
  statusStory('link-phone', status);

/** Authorization header missing or unparseable: an integration fault, no retry offered. */
export const W2000 = link(STATUS_CASES.W2000);
/** Invalid token (an expired JWT that no refresh fixed): the viewer must sign in again. */
export const W2003 = link(STATUS_CASES.W2003);
/** API key on a screener that needs a signed-in viewer: the host owns sign-in. */
export const W2101 = link(STATUS_CASES.W2101);
/** Rate limited: the wait from Retry-After counts down on the disabled button. */
export const W5001 = link(STATUS_CASES.W5001);
/** Unknown server error: an apology and a retry. */
export const W5000 = link(STATUS_CASES.W5000);
/** A W-code the API notes do not document: shown with its code, retry allowed. */
export const UnknownCode = link(STATUS_CASES.unknown);
/** The request failed before any answer (offline, DNS, CORS). */
export const Network = link(STATUS_CASES.network);
/** No answer within `requestTimeoutMs` (300 ms here): aborted and reported. */
export const Timeout = link(STATUS_CASES.timeout);
/** A proxy's HTML 502 page instead of JSON. */
export const HtmlBadGateway = link(STATUS_CASES.html);
/** HTTP 200 with no body at all. */
export const EmptyBody = link(STATUS_CASES.empty);
