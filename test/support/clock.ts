import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';

/** Fake timers for every test of the calling file: countdowns and deadlines without waiting. */
export function withFakeClock() {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** A user-event instance whose delays run on the fake clock. */
export const setupUser = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

/** Moves the fake clock on, inside `act` so React renders what the timers changed. */
export function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}
