/**
 * #16.8: the shipped `ar` and `fr` sets are complete. The type check already refuses a
 * missing key; this also catches an English string left in place and a function that drops
 * the value it is given.
 */
import { describe, expect, it } from 'vitest';
import { defaultMessages, type TwoFactorMessages } from '../../src';
import { ar } from '../../src/locales/ar';
import { fr } from '../../src/locales/fr';

/** Every leaf as [path, value], nested records (`error`, `phoneRefusal`) included. */
function leaves(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** Calls a message function with marker values, so its output shows what it kept. */
function render(value: unknown): string {
  return typeof value === 'function' ? String(value('«A»', '«B»')) : String(value);
}

const english = new Map(leaves(defaultMessages).map(([key, value]) => [key, render(value)]));

describe.each<[string, TwoFactorMessages]>([
  ['ar', ar],
  ['fr', fr],
])('the %s messages', (_, messages) => {
  it('have exactly the keys of the English set', () => {
    expect(
      leaves(messages)
        .map(([key]) => key)
        .sort(),
    ).toEqual([...english.keys()].sort());
  });

  // Strings that read the same in every language (a punctuation-only template).
  const universal = new Set(['sendBlocked']);
  it.each(leaves(messages))('translates %s', (key, value) => {
    const text = render(value);
    expect(text.trim()).not.toBe('');
    if (!universal.has(key)) expect(text).not.toBe(english.get(key));
    // Whatever the English keeps of its arguments, the translation keeps too.
    for (const marker of ['«A»', '«B»']) {
      if (english.get(key)?.includes(marker)) expect(text).toContain(marker);
    }
  });
});
