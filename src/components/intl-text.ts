/**
 * Numbers and times for the viewer, through `Intl` in the gate's locale (see
 * {@link intlLocale}: a tag `Intl` accepts).
 */

/** The host's locale if `Intl` accepts it (`en_US` it refuses), else English: never a throw mid-render. */
export function intlLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A wait in words, `45 seconds` or `2 minutes`. Minutes round up, so the text never
 * promises a retry before it is allowed.
 */
export function formatWait(seconds: number, locale: string): string {
  const minutes = seconds >= 60;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: minutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(minutes ? Math.ceil(seconds / 60) : seconds);
}

/** A short countdown as a clock, `0:27`, the way a phone's timers show it. */
export function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The time of day of `at` (epoch ms), `14:02` or `2:02 PM` by locale. */
export function formatTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
}
