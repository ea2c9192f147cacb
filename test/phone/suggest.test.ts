import { beforeAll, describe, expect, it } from 'vitest';
import type { PhoneCheck } from '../../src/phone/confirm';
import { loadPhoneRuntime } from '../../src/phone/load-runtime';
import { suggestCountry } from '../../src/phone/suggest';
import type { PhoneDraft } from '../../src/phone/types';

type Confirm = (draft: PhoneDraft) => Promise<PhoneCheck>;

let confirm: Confirm;
beforeAll(async () => {
  ({ confirmPhone: confirm } = await loadPhoneRuntime());
});

const everywhere = () => true;

const suggest = (
  country: string,
  text: string,
  likely: readonly string[] = [],
  offered: (country: string) => boolean = everywhere,
) => suggestCountry({ country, text }, likely, offered, confirm);

describe('suggestCountry: an international number typed without its +', () => {
  it('reads 447400123456 with the US selected as British, in international form', async () => {
    expect(await suggest('US', '447400123456')).toEqual({
      country: 'GB',
      text: '+44 7400 123456',
    });
  });

  it('reads it despite spaces around it', async () => {
    expect(await suggest('US', '  447400123456 ')).toEqual({
      country: 'GB',
      text: '+44 7400 123456',
    });
  });

  it('does not suggest a country the host does not offer', async () => {
    expect(await suggest('US', '447400123456', [], (country) => country !== 'GB')).toBeUndefined();
  });

  it('never suggests the selected country itself', async () => {
    // '+12015550123' is American, and so is 12015550123 read as a Canadian national number.
    expect(await suggest('US', '12015550123')).toBeUndefined();
  });
});

describe('suggestCountry: a national number of another country', () => {
  it('reads 07400 123456 with the US selected as British, keeping the text', async () => {
    expect(await suggest('US', '07400 123456')).toEqual({ country: 'GB', text: '07400 123456' });
  });

  it.each([
    ['GB', '07400 123456'],
    ['CA', '506 234 5678'],
    ['AU', '0412 345 678'],
    ['IN', '081234 56789'],
    ['IE', '085 012 3456'],
    ['NZ', '021 123 4567'],
    ['DE', '01512 3456789'],
    ['FR', '06 12 34 56 78'],
  ])('tries %s, a main market, even when the viewer gives no regions', async (country, text) => {
    const only = (code: string) => code === country;
    expect(await suggest('US', text, [], only)).toEqual({ country, text });
  });

  it("tries the viewer's own regions, and before the main markets", async () => {
    // This Turkish mobile is valid in none of the main markets.
    expect(await suggest('US', '0501 234 56 78', ['TR'])).toEqual({
      country: 'TR',
      text: '0501 234 56 78',
    });
    expect(await suggest('US', '0501 234 56 78')).toBeUndefined();
    // 07400 123456 is a British mobile and an Indian one.
    expect(await suggest('US', '07400 123456', ['IN'])).toEqual({
      country: 'IN',
      text: '07400 123456',
    });
    expect(await suggest('US', '07400 123456', ['DE', 'IN', 'GB'])).toEqual({
      country: 'IN',
      text: '07400 123456',
    });
  });

  it('skips regions that are not countries, and those the host does not offer', async () => {
    expect(await suggest('US', '0501 234 56 78', ['tr', 'ZZ', '001', 'TR'])).toEqual({
      country: 'TR',
      text: '0501 234 56 78',
    });
    expect(await suggest('US', '07400 123456', ['IN'], (code) => code !== 'IN')).toEqual({
      country: 'GB',
      text: '07400 123456',
    });
  });

  it('does not reach an unoffered country through one that shares its calling code', async () => {
    // 07797 712345 is a Jersey mobile (and an Indian one). Read as British it is Jersey's,
    // but British is not offered, so it is not read that way.
    const jerseyOnly = (code: string) => code === 'JE';
    expect(await suggest('US', '07797 712345', [], jerseyOnly)).toBeUndefined();
    expect(await suggest('US', '07797 712345', ['JE'], jerseyOnly)).toEqual({
      country: 'JE',
      text: '07797 712345',
    });
    // Offered British but not Jersey: British reading says Jersey, so no suggestion from it.
    const neither = (code: string) => code !== 'JE' && code !== 'IN';
    expect(await suggest('US', '07797 712345', [], neither)).toBeUndefined();
  });

  it('suggests nothing for a number no country tried takes', async () => {
    expect(await suggest('US', '123')).toBeUndefined();
    // Already international: '++44…' is no number, and every reading of it is British.
    expect(await suggest('US', '+44 7400 123456', [], (code) => code !== 'GB')).toBeUndefined();
    expect(await suggest('GB', '07400 123456', [], (code) => code === 'GB')).toBeUndefined();
  });
});

describe('suggestCountry: without the phone runtime', () => {
  it('suggests nothing until confirm has loaded', async () => {
    await expect(
      suggestCountry({ country: 'US', text: '447400123456' }, ['GB'], everywhere, undefined),
    ).resolves.toBeUndefined();
  });

  it('only suggests countries it knows, whatever confirm answers', async () => {
    // A confirm that accepts every draft as belonging to the country it was checked with.
    const yes: Confirm = async ({ country, text }) => ({
      ok: true,
      country,
      phone: { phone: 1, countryCode: 1, display: text },
    });
    const refuseInternational: Confirm = async (draft) =>
      draft.text.startsWith('+') ? { ok: false, reason: 'INVALID' } : yes(draft);
    const result = await suggestCountry(
      { country: 'US', text: '0123' },
      ['ZZ', 'gb', 'FR'],
      everywhere,
      refuseInternational,
    );
    expect(result).toEqual({ country: 'FR', text: '0123' });
  });
});
