import { useEffect, useState } from 'react';

/** Whole seconds left until `targetAt` (epoch ms), rounded up; 0 once it has passed. */
export function secondsUntil(targetAt: number | null, now: number): number {
  return targetAt === null ? 0 : Math.max(0, Math.ceil((targetAt - now) / 1000));
}

/**
 * Seconds left until `targetAt`, re-rendering once a second while it counts and not at all
 * otherwise. Timers start in an effect, so server rendering never schedules one.
 */
export function useCountdown(targetAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const remaining = secondsUntil(targetAt, now);
  useEffect(() => {
    setNow(Date.now());
    if (targetAt === null || targetAt <= Date.now()) return;
    const id = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= targetAt) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
  }, [targetAt]);
  return remaining;
}
