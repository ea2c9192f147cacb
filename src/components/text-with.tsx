import type { ReactNode } from 'react';

export interface TextWithProps {
  /** A translated sentence that contains `part`, e.g. from a `messages` function. */
  text: string;
  /** The interpolated value to mark up (a phone number, a countdown). */
  part: string;
  /** The markup around `part`. */
  children: (part: string) => ReactNode;
}

/**
 * A sentence with one interpolated value wrapped in its own element. Messages stay plain
 * strings for translators; the value is found in the result, wherever the language puts it.
 * A translation that leaves the value out renders as it is.
 */
export function TextWith({ text, part, children }: TextWithProps) {
  const at = part === '' ? -1 : text.indexOf(part);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {children(part)}
      {text.slice(at + part.length)}
    </>
  );
}
