import type { ReactNode } from 'react';
import type { TwoFactorMessages } from '../messages';

/** What every step view receives from the gate besides its own data. */
export interface StepChrome {
  messages: TwoFactorMessages;
  /** The step's heading id; forms are labelled by it. */
  headingId: string;
  /** Focus the first field on mount (true after a step change, false on first render). */
  autoFocus: boolean;
  /** The failure alert, if any, already rendered. */
  alert: ReactNode;
  isBusy: boolean;
  /** The controller's `canSend`: a sending action would go out now. */
  canSend: boolean;
  /**
   * The label of a sending button: `idle` normally, `busy` while sending, and the
   * rate-limit countdown while blocked.
   */
  sendLabel: (idle: string, busy: string) => string;
}
