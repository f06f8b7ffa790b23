import { describe, expect, it } from 'vitest';
import { LETTER, LETTER_OR_DIGIT } from '../../../src/core/price/letter-class';

const letter = new RegExp(`^${LETTER}$`, 'u');
const letterOrDigit = new RegExp(`^${LETTER_OR_DIGIT}$`, 'u');

describe('the letter class of the price patterns', () => {
  it('holds every letter of the scripts marketplaces write in', () => {
    for (const c of 'AzéßøŁяЖωΩաאعکकกあカ中한ǅẞｚ元円원') expect(letter.test(c), c).toBe(true);
    const scripts = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
    const missing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (/\p{L}/u.test(c) && scripts.test(c) && !letter.test(c)) missing.push(code.toString(16));
    }
    // Letters of these scripts outside the listed blocks (rare extensions, compatibility forms) are not covered.
    expect(missing.length).toBeLessThan(1000); // 803 when written: phonetic and Latin extensions, mostly
  });

  it('never holds white space, punctuation or a symbol (so no currency sign ever counts as a letter)', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (letter.test(c) && /[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}]/u.test(c)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    for (const sign of '$€£¥￥₹₽₴₩₺₪฿₫₱₦') expect(letter.test(sign), sign).toBe(false);
  });

  it('with digits, holds ASCII and fullwidth digits too', () => {
    for (const c of '09０９a') expect(letterOrDigit.test(c), c).toBe(true);
    for (const c of ' .,-$') expect(letterOrDigit.test(c), c).toBe(false);
  });
});
