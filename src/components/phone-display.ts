/**
 * The number as one unbreakable, left-to-right run inside any sentence: no-break spaces and
 * hyphens keep it on one line, and a left-to-right isolate keeps `+1 650-253-0000` in order
 * inside Arabic or Hebrew text.
 */
export function isolatePhone(display: string): string {
  const unbreakable = display.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
  return `\u2066${unbreakable}\u2069`;
}
