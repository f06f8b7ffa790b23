/**
 * Letters and digits for the price patterns' word boundaries ("USD" not in "USDT", "Rs" not in "Mrs", "g" not in
 * "gummies"), as the letter blocks of the scripts marketplaces write in. `\p{L}` would be exact, but V8 compiles each
 * use into hundreds of ranges: the price patterns use it some forty times, and compiling them took about 15 ms on
 * every page that has a price (measured in Chromium). A letter of a script outside these blocks next to a sign or a
 * unit is not seen as a letter. The ranges are those blocks without their spaces, punctuation, symbols and controls
 * (a test holds them to that, so no currency sign ever counts as a letter); digits and marks of the scripts stay in.
 */
const LETTER_RANGES = [
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af', // Latin, IPA
  '\\u0370-\\u0374\\u0376-\\u037d\\u037f-\\u0383\\u0386\\u0388-\\u03f5\\u03f7-\\u03ff', // Greek
  '\\u0400-\\u0481\\u0483-\\u052f\\u0531-\\u0559\\u0560-\\u0587\\u05d0-\\u05ea', // Cyrillic, Armenian, Hebrew
  '\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0750-\\u077f\\u08a0-\\u08c9', // Arabic
  '\\u0900-\\u0963\\u0966-\\u096f\\u0971-\\u09f1\\u09f4-\\u09f9\\u09fc\\u09fe-\\u0a75\\u0a77-\\u0aef', // Indic
  '\\u0af2-\\u0b6f\\u0b71-\\u0bf2\\u0bfb-\\u0c76\\u0c78-\\u0c7e\\u0c80-\\u0c83\\u0c85-\\u0d4e\\u0d50-\\u0d78\\u0d7a-\\u0d7f',
  '\\u0d80-\\u0df3\\u0df5-\\u0dff\\u0e01-\\u0e3e\\u0e40-\\u0e4e\\u0e50-\\u0e59\\u0e5c-\\u0e7f', // Sinhala, Thai
  '\\u10a0-\\u10fa\\u10fc-\\u10ff\\u1100-\\u11ff', // Georgian, Hangul jamo
  '\\u1e00-\\u1fbc\\u1fbe\\u1fc2-\\u1fcc\\u1fd0-\\u1fdc\\u1fe0-\\u1fec\\u1ff0-\\u1ffc\\u1fff', // Latin and Greek extended
  '\\u3040-\\u309a\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3131-\\u318e\\u3400-\\u4dbf\\u4e00-\\u9fff', // kana, Hangul jamo, CJK
  '\\uac00-\\ud7a3\\uf900-\\ufad9\\ufb00-\\ufb06', // Hangul, CJK compatibility, ligatures
  '\\ufb50-\\ufbb1\\ufbd3-\\ufd3d\\ufd50-\\ufd8f\\ufd92-\\ufdc7\\ufdd0-\\ufdfb\\ufe70-\\ufefc', // Arabic presentation forms
  '\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc', // fullwidth Latin, halfwidth kana and Hangul
].join('');

/** Regular-expression source: one letter. */
export const LETTER = `[${LETTER_RANGES}]`;

/** Regular-expression source: one letter or digit. */
export const LETTER_OR_DIGIT = `[0-9\\uff10-\\uff19${LETTER_RANGES}]`;
