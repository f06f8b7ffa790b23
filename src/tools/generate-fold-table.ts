/**
 * Generates `src/core/normalize/fold-table.generated.ts`: the lookup tables behind `foldText`.
 * Run with `npx tsx src/tools/generate-fold-table.ts`. Uses Node's Unicode data (`String.prototype.normalize('NFKD')`,
 * `\p{...}` properties) so that the runtime never needs a regex or `normalize()` per character.
 *
 * For every code point the table stores what it folds to (zero, one or several UTF-16 units) and which kind of
 * folding that was (see `FoldFlag` in `src/core/normalize/flags.ts`); for every folded unit it stores its kind
 * (letter, CJK letter, digit, space, separator, other).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FoldFlag } from '../core/normalize/flags';
import { UnitKind } from '../core/normalize/unit-kind';

const OUTPUT = fileURLToPath(new URL('../core/normalize/fold-table.generated.ts', import.meta.url));

/** Latin letters NFKD leaves alone but a reader sees as plain letters. */
const LATIN_EXTRAS: Record<string, string> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ł': 'l', 'ħ': 'h', 'þ': 'th', 'ŧ': 't', 'ƀ': 'b',
  'ɨ': 'i', 'ı': 'i', 'ȷ': 'j', 'ɑ': 'a', 'ɡ': 'g', 'ʏ': 'y', 'ɪ': 'i', 'ʀ': 'r', 'ɴ': 'n', 'ʜ': 'h', 'ᴋ': 'k',
  'ᴍ': 'm', 'ᴛ': 't', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ᴏ': 'o', 'ᴘ': 'p', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ᴢ': 'z',
};

/**
 * Cyrillic, Greek and Armenian letters that look like Latin ones (after lower-casing, so that upper and lower case
 * of a Cyrillic word fold alike; a letter maps when either of its cases looks like the Latin letter).
 * Drawn from Unicode's confusables.txt (UTS #39), restricted to whole-letter lookalikes.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't',
  'у': 'y', 'х': 'x', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'һ': 'h', 'ӏ': 'l', 'ԛ': 'q', 'ԝ': 'w',
  'ү': 'y', 'ԍ': 'g', 'ь': 'b',
  // Greek
  'α': 'a', 'β': 'b', 'ε': 'e', 'ζ': 'z', 'η': 'n', 'ι': 'i', 'κ': 'k', 'μ': 'm', 'ν': 'v', 'ο': 'o', 'ρ': 'p',
  'τ': 't', 'υ': 'u', 'χ': 'x', 'γ': 'y', 'ω': 'w', 'σ': 'o', 'ς': 'c',
  // Armenian
  'օ': 'o', 'ո': 'n', 'ս': 'u', 'հ': 'h', 'ց': 'g', 'զ': 'q',
};

/** Leet classes. `1`, `l`, `i`, `|` and `!` are one class ("l") because `1` stands for either letter. */
const LEET: Record<string, string> = {
  '0': 'o', '1': 'l', '3': 'e', '4': 'a', '@': 'a', '5': 's', '$': 's', '7': 't', '|': 'l', '!': 'l',
};
/** Not leet (no obfuscation), just the merged class: every `i` and `l` folds to the class letter too. */
const LETTER_CLASS: Record<string, string> = { i: 'l' };

/** Punctuation that NFKD keeps but that writes the same as an ASCII separator. */
const PUNCTUATION: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'", '\u201C': '"', '\u201D': '"',
  '\u201E': '"', '\u00B7': '.', '\u2022': '.', '\u2027': '.', '\u2219': '.', '\u22C5': '.',
};

/** Folded units that may be skipped between letters of one word (`fen-tanyl`, `f.e.n.t.a.n.y.l`). */
const SEPARATORS = new Set([...".,-_*~'`^+=:;/\\\"#"]);

const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}]$/u;
const CONTROL = /^\p{Cc}$/u;
const WHITESPACE = /^\s$/u;
const MARKS = /\p{M}/gu;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
/** Scripts written without spaces between words: no word boundaries there. */
const NO_WORD_SPACES = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC]$/u;

interface Fold {
  to: string;
  flags: number;
}

function foldCodePoint(cp: number): Fold {
  const original = String.fromCodePoint(cp);
  if (IGNORABLE.test(original)) return { to: '', flags: FoldFlag.Ignorable };
  if (WHITESPACE.test(original)) return { to: ' ', flags: 0 };
  if (CONTROL.test(original)) return { to: '', flags: FoldFlag.Ignorable };
  let flags = 0;
  // Hangul syllables stay whole: NFKD would split them into jamo that no term is written in.
  const isHangulSyllable = cp >= 0xac00 && cp <= 0xd7a3;
  let text = isHangulSyllable ? original : original.normalize('NFKD').replace(MARKS, '');
  if (text !== original) flags |= FoldFlag.Compatibility;
  text = text.toLowerCase();
  let out = '';
  for (const ch of text) {
    let unit = LATIN_EXTRAS[ch] ?? PUNCTUATION[ch] ?? ch;
    if (CONFUSABLES[unit] !== undefined) {
      unit = CONFUSABLES[unit];
      flags |= FoldFlag.Homoglyph;
    }
    if (WHITESPACE.test(unit)) unit = ' ';
    if (LEET[unit] !== undefined) {
      unit = LEET[unit];
      flags |= FoldFlag.Leet;
    } else if (LETTER_CLASS[unit] !== undefined) {
      unit = LETTER_CLASS[unit];
    }
    out += unit;
  }
  return { to: out, flags };
}

function kindOf(unit: string): UnitKind {
  if (unit === ' ') return UnitKind.Space;
  if (SEPARATORS.has(unit)) return UnitKind.Separator;
  if (NO_WORD_SPACES.test(unit)) return UnitKind.Cjk;
  if (LETTER.test(unit)) return UnitKind.Letter;
  if (DIGIT.test(unit)) return UnitKind.Digit;
  return UnitKind.Other;
}

/** Runs of consecutive code points whose single-unit fold has the same offset and flags: start, length, delta, flags. */
function encodeSingleUnitRuns(folds: Map<number, Fold>): number[] {
  const runs: number[] = [];
  let run: { start: number; length: number; delta: number; flags: number } | null = null;
  for (let cp = 0; cp < 0x10000; cp++) {
    const fold = folds.get(cp);
    const single = fold && fold.to.length === 1 ? fold : null;
    const delta = single ? single.to.charCodeAt(0) - cp : 0;
    if (single && run && run.start + run.length === cp && run.delta === delta && run.flags === single.flags) {
      run.length++;
      continue;
    }
    if (run) runs.push(run.start, run.length, run.delta, run.flags);
    run = single ? { start: cp, length: 1, delta, flags: single.flags } : null;
  }
  if (run) runs.push(run.start, run.length, run.delta, run.flags);
  return runs;
}

/** Code points folding to zero or several units: code point, flags, number of units, the units. */
function encodeExpansions(folds: Map<number, Fold>, include: (cp: number, fold: Fold) => boolean): number[] {
  const records: number[] = [];
  for (const [cp, fold] of folds) {
    if (!include(cp, fold)) continue;
    const units = [...fold.to].flatMap((ch) => [...Array(ch.length).keys()].map((i) => ch.charCodeAt(i)));
    records.push(cp, fold.flags, units.length, ...units);
  }
  return records;
}

/** Runs of folded units of one kind other than `UnitKind.Other`: start, length, kind. */
function encodeKindRuns(): number[] {
  const runs: number[] = [];
  let start = 0;
  let current: number = kindOf('\u0000');
  for (let cp = 1; cp <= 0x10000; cp++) {
    const kind = cp === 0x10000 ? -1 : cp >= 0xd800 && cp <= 0xdfff ? UnitKind.Other : kindOf(String.fromCharCode(cp));
    if (kind !== current) {
      if (current !== UnitKind.Other) runs.push(start, cp - start, current);
      start = cp;
      current = kind;
    }
  }
  return runs;
}

/** A table as the text of a JSON array: the decoder reads it with `JSON.parse`, far faster than parsing it by hand. */
const asJsonText = (numbers: number[]): string => JSON.stringify(JSON.stringify(numbers));

function generate(): string {
  const bmp = new Map<number, Fold>();
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const fold = foldCodePoint(cp);
    if (fold.to !== String.fromCharCode(cp) || fold.flags !== 0) bmp.set(cp, fold);
  }
  const astral = new Map<number, Fold>();
  const astralRanges: Array<[number, number]> = [
    [0x1d400, 0x1d7ff], // mathematical alphanumerics
    [0x1f100, 0x1f1ff], // enclosed alphanumerics (circled, squared, parenthesised letters)
    [0x1fbf0, 0x1fbf9], // segmented digits
    [0xe0000, 0xe0fff], // tags and variation selectors supplement
  ];
  for (const [from, to] of astralRanges) {
    for (let cp = from; cp <= to; cp++) {
      const fold = foldCodePoint(cp);
      if (fold.to !== String.fromCodePoint(cp)) astral.set(cp, fold);
    }
  }
  const lines = [
    '// GENERATED by src/tools/generate-fold-table.ts: do not edit by hand; run `npx tsx src/tools/generate-fold-table.ts`.',
    `// Unicode data of Node ${process.version} (ICU ${process.versions.icu}, Unicode ${process.versions.unicode}).`,
    '',
    '/** BMP code points folding to one unit, as a JSON array: runs of start, length, delta, flags. */',
    `export const SINGLE_UNIT_RUNS = ${asJsonText(encodeSingleUnitRuns(bmp))};`,
    '',
    '/** BMP code points folding to zero or several units, as a JSON array: code point, flags, unit count, units. */',
    `export const BMP_EXPANSIONS = ${asJsonText(encodeExpansions(bmp, (_, fold) => fold.to.length !== 1))};`,
    '',
    '/** Code points above U+FFFF that fold (styled letters, tags), as `BMP_EXPANSIONS`. */',
    `export const ASTRAL_FOLDS = ${asJsonText(encodeExpansions(astral, () => true))};`,
    '',
    '/** The kind of every folded unit that is not `UnitKind.Other`, as a JSON array: runs of start, length, kind. */',
    `export const UNIT_KIND_RUNS = ${asJsonText(encodeKindRuns())};`,
    '',
  ];
  return lines.join('\n');
}

writeFileSync(OUTPUT, generate());
console.log(`wrote ${OUTPUT}`);
