/** Produces the next code for a screener. */
export type CodeSource = (screenerKey: string) => string;

/**
 * Mulberry32: a tiny seeded PRNG, enough for repeatable demo codes (not for secrets, which
 * a mock never holds).
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Codes come from the `codes` queue first, then from `nextCode`, then from a generator
 * (seeded when `seed` is given) that yields `length` digits, leading zeros included.
 */
export function createCodeSource(options: {
  length: number;
  codes: readonly string[] | undefined;
  nextCode: ((context: { screenerKey: string; length: number }) => string) | undefined;
  seed: number | undefined;
}): CodeSource {
  const queue = [...(options.codes ?? [])];
  const random = options.seed === undefined ? Math.random : mulberry32(options.seed);
  return (screenerKey) => {
    const queued = queue.shift();
    if (queued !== undefined) return queued;
    if (options.nextCode) return options.nextCode({ screenerKey, length: options.length });
    let code = '';
    for (let i = 0; i < options.length; i++) code += Math.floor(random() * 10).toString();
    return code;
  };
}

/** Codes are compared without the spaces and hyphens a viewer may paste. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

/** `+44 ••••••••56`: the country code and the last two digits, as an SMS notice shows. */
export function maskPhone(phone: number, countryCode: number): string {
  const digits = String(phone);
  const shown = digits.slice(-2);
  return `+${countryCode} ${'•'.repeat(Math.max(0, digits.length - shown.length))}${shown}`;
}
