import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '../../src/api/retry-after';

const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds as milliseconds', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter('1', NOW)).toBe(1000);
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
  });

  it('trims surrounding whitespace', () => {
    expect(parseRetryAfter('  30\t', NOW)).toBe(30_000);
    expect(parseRetryAfter(' Tue, 01 Jan 2030 12:00:10 GMT ', NOW)).toBe(10_000);
  });

  it('reads an IMF-fixdate relative to now', () => {
    expect(parseRetryAfter('Tue, 01 Jan 2030 12:01:30 GMT', NOW)).toBe(90_000);
  });

  it('reads the obsolete RFC 850 and asctime forms', () => {
    expect(parseRetryAfter('Tuesday, 01-Jan-30 12:00:05 GMT', NOW)).toBe(5_000);
    const asctime = 'Tue Jan  1 12:00:05 2030';
    expect(parseRetryAfter(asctime, NOW)).toBe(Date.parse(asctime) - NOW);
  });

  it('gives 0 for a date in the past or exactly now', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('Tue, 01 Jan 2030 12:00:00 GMT', NOW)).toBe(0);
  });

  it('caps absurd waits at one hour', () => {
    expect(MAX_RETRY_AFTER_MS).toBe(3_600_000);
    expect(parseRetryAfter('3600', NOW)).toBe(3_600_000);
    expect(parseRetryAfter('3601', NOW)).toBe(3_600_000);
    expect(parseRetryAfter('99999999999999999999999999999999999', NOW)).toBe(3_600_000);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).toBe(3_600_000);
  });

  it('returns undefined for an absent header', () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter('   ', NOW)).toBeUndefined();
  });

  it.each([
    '-5',
    '+5',
    '1.5',
    '1e3',
    '0x10',
    '5 seconds',
    'soon',
    'NaN',
    'Infinity',
    'Tue, 99 Foo 2030 12:00:00 GMT',
    '2030-01-01T12:01:00Z',
    '<html>',
  ])('returns undefined for garbage %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
