/**
 * Numbers and times for the viewer, through `Intl` in the gate's locale. A host's locale
 * that `Intl` refuses (`en_US`) falls back to English rather than throwing mid-render.
 */
function withLocale<T>(locale: string, make: (locale: string) => T): T {
  try {
    return make(locale);
  } catch {
    return make('en');
  }
}

/**
 * A wait in words, `45 seconds` or `2 minutes`. Minutes round up, so the text never
 * promises a retry before it is allowed.
 */
export function formatWait(seconds: number, locale: string): string {
  const unit = seconds >= 60 ? 'minute' : 'second';
  const value = unit === 'minute' ? Math.ceil(seconds / 60) : seconds;
  return withLocale(locale, (tag) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(value),
  );
}

/** A short countdown as a clock, `0:27`, the way a phone's timers show it. */
export function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The time of day of `at` (epoch ms), `14:02` or `2:02 PM` by locale. */
export function formatTime(at: number, locale: string): string {
  return withLocale(locale, (tag) =>
    new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }).format(at),
  );
}
