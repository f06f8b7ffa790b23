/**
 * Screening: most blocks of page text hold no lexicon term at all, and proving that is cheaper than finding terms.
 * One pass over the original text folds each character by one table lookup, feeds the automaton directly (no folded
 * string, no offset map), and for every pattern ending anywhere checks the word-start and word-end conditions that
 * verification would require. When no candidate survives, the text has no lexicon-term or family finding, and the
 * scanner skips folding, matching and verifying it.
 *
 * The pass reproduces `foldText`'s units exactly for the characters it handles (whitespace collapsing and the
 * skipping of separators inside words included) and answers "maybe" for what it does not: characters that fold to
 * several units or lie above U+FFFF, and long runs of ignorable characters. Every check it makes is implied by
 * `isVerifiedMatch`, and what it cannot check cheaply (exact forms across folded characters, numbers read as letters,
 * doses written on after a term) it lets through, so it only ever errs towards "maybe" (a property test holds it to that).
 */
import { exactForm } from './detect/lexicon-terms';
import { stepSlow, type AhoCorasickMatcher } from './matcher/aho-corasick';
import type { CompiledLexicon } from './lexicon/compile';
import { decodeFoldTables, expansionOf, foldFlags, isDroppedMark, unitDelta, unitKind } from './normalize/fold-table';
import { FoldFlag, GAP_FLAGS } from './normalize/flags';
import { UnitKind } from './normalize/unit-kind';

/** True when `text` may hold a lexicon term or family word; false proves it holds none. */
export type Screen = (text: string) => boolean;

/** What a pattern needs around it to be verified, from the loosest of the terms that fold to it. */
const Bounds = {
  /** A word start before it and a word end after it. */
  Word: 0,
  /** A word end after it: it ends in a family suffix ("…fentanyl" inside "acetylfentanyl"). */
  End: 1,
  /** Nothing: a term of a script without spaces between words (Chinese). */
  None: 2,
} as const;

/**
 * Bits of `characterInfo[c]` above the automaton class (bits 0–15) of the unit that character folds to. Letter,
 * word and digit are the tests of `skip-word-separators.ts` and `word-boundary.ts`.
 */
const Info = {
  /** The unit continues a word: a digit, or a letter that was not a symbol read as one. */
  Word: 1 << 16,
  /** The unit is or was a digit (it may start a dose: "30mg"). */
  Digit: 1 << 17,
  /** The unit's kind is Letter. */
  Letter: 1 << 18,
  /** A letter that makes a word next to a single letter: not a symbol read as a letter. */
  Strong: 1 << 19,
  /** A space or a separator: collapsing and separator skipping look at it. */
  SpaceOrSeparator: 1 << 20,
  /** The space unit (U+0020), which whitespace collapsing merges. */
  Space: 1 << 21,
  /** Folds to nothing (zero-width characters, combining marks). */
  Dropped: 1 << 22,
  /** Folds to nothing and marks the next unit as disguised by ignorable characters (a gap for word boundaries). */
  DroppedGap: 1 << 23,
  /** Not reproduced here: folds to several units, is a surrogate. The screen answers "maybe". */
  Unhandled: 1 << 24,
  /** Set on every computed entry, so 0 means "not computed yet". */
  Known: 1 << 25,
  /** The unit's class has no column in the automaton's dense rows. */
  Cold: 1 << 26,
  /** A separator, or a space unit other than U+0020: never taken as a plain unit. */
  Separator: 1 << 27,
} as const;

/**
 * What a unit is to the rule for keeping a space, in bits 28-29 of its info: something else, a letter that is not
 * strong, a strong letter, the space.
 */
const SpaceRule = { Other: 0, Letter: 1, Strong: 2, Space: 3 } as const;
const SPACE_RULE_SHIFT = 28;

/**
 * `spaceBreaks[beforeThat << 4 | before << 2 | unit]` (each a `SpaceRule`): 1 when `unit` is a space the plain path
 * cannot keep as one unit without a look-ahead. It keeps one after a letter that follows a strong letter (no single
 * letter that may be spelled out), or after something that is neither a letter nor a space.
 */
const spaceBreaks = Uint8Array.from({ length: 64 }, (_, index) => {
  const [beforeThat, before, unit] = [index >> 4, (index >> 2) & 3, index & 3];
  if (unit !== SpaceRule.Space) return 0;
  const afterLetter = before === SpaceRule.Letter || before === SpaceRule.Strong;
  return (afterLetter ? beforeThat === SpaceRule.Strong : before !== SpaceRule.Space) ? 0 : 1;
});

const SLOW_PATH = Info.SpaceOrSeparator | Info.Dropped | Info.Unhandled;
/** Flags that change what a unit counts as (carried from a dropped character, they would change the next unit). */
const LETTER_FLAGS = FoldFlag.Leet | FoldFlag.Digit;

/** Characters a look-ahead reads before it gives up ("maybe"): only runs of ignorable characters get that far. */
const LOOK_AHEAD_LIMIT = 32;

/**
 * What folding makes of BMP code unit `c`, for the screen's single pass: the `Info` bits and the automaton class of
 * its unit. Computed per character on first sight (a page uses a few hundred), not for all 65,536 up front.
 */
function characterInfo(c: number, classOf: Uint16Array, hotClasses: number): number {
  const unit = c + unitDelta[c];
  if (unit < 0) {
    const expansion = expansionOf(c);
    if (expansion === undefined && (c < 0xd800 || c > 0xdfff)) return Info.Known | Info.Dropped;
    if (expansion !== undefined && expansion.units.length === 0 && (expansion.flags & LETTER_FLAGS) === 0) {
      return Info.Known | Info.Dropped | ((expansion.flags & GAP_FLAGS) !== 0 ? Info.DroppedGap : 0);
    }
    return Info.Known | Info.Unhandled;
  }
  const flags = foldFlags[c];
  const kind = unitKind[unit];
  const digit = (flags & FoldFlag.Digit) !== 0 || kind === UnitKind.Digit;
  const letter = kind === UnitKind.Letter;
  let bits = Info.Known | classOf[unit];
  if (classOf[unit] >= hotClasses) bits |= Info.Cold;
  if (digit || (letter && (flags & FoldFlag.Leet) === 0)) bits |= Info.Word;
  if (digit) bits |= Info.Digit;
  if (letter) bits |= Info.Letter;
  if (letter && (flags & LETTER_FLAGS) !== FoldFlag.Leet) bits |= Info.Strong;
  if (kind === UnitKind.Space || kind === UnitKind.Separator) bits |= Info.SpaceOrSeparator;
  if (unit === 0x20) bits |= Info.Space;
  else if (kind === UnitKind.Space || kind === UnitKind.Separator) bits |= Info.Separator;
  let rule: number = letter ? SpaceRule.Letter : SpaceRule.Other;
  if ((bits & Info.Strong) !== 0) rule = SpaceRule.Strong;
  if (unit === 0x20) rule = SpaceRule.Space;
  return bits | (rule << SPACE_RULE_SHIFT);
}

/** `lookAhead` results: the next unit is a letter; the one after it is a strong letter; "maybe" (give up). */
const NEXT_IS_LETTER = 1;
const AFTER_IS_STRONG = 2;
const GIVE_UP = -1;

/**
 * The next two units of the collapsed stream after a space or separator ending at `from`, as separator skipping
 * needs them; `afterSpace` when that unit was a space (so following spaces collapse into it).
 */
function lookAhead(infoOf: (c: number) => number, text: string, from: number, afterSpace: boolean): number {
  let previousIsSpace = afterSpace;
  let result = 0;
  let units = 0;
  const last = Math.min(text.length, from + LOOK_AHEAD_LIMIT);
  for (let j = from; j < last; j++) {
    const bits = infoOf(text.charCodeAt(j));
    if ((bits & Info.Unhandled) !== 0) return GIVE_UP;
    if ((bits & Info.Dropped) !== 0) continue;
    const space = (bits & Info.Space) !== 0;
    if (space && previousIsSpace) continue;
    previousIsSpace = space;
    if (units++ === 0) {
      if ((bits & Info.Letter) === 0) return 0;
      result = NEXT_IS_LETTER;
    } else {
      return (bits & Info.Strong) !== 0 ? result | AFTER_IS_STRONG : result;
    }
  }
  return last < text.length ? GIVE_UP : result;
}

/**
 * The forms, as `exactForm` writes them, that a match of pattern `index` (a word pattern, not a family's) must show
 * on the page when every term behind it is exact (short forms, code words) and holds no combining mark; undefined
 * when some term may match folded or holds one. A match's text on the page runs on over the combining marks after
 * it: without marks in the forms, a match followed by one is none of them, and the screen need not look past the
 * match's last character.
 */
function onlyExactForms(lexicon: CompiledLexicon, index: number): string[] | undefined {
  const terms = lexicon.termsByPattern[index].filter((term) => term.kind === 'entry');
  const forms = terms.map((term) => exactForm(term.written));
  const noMarks = (form: string) => [...form].every((_, k) => !isDroppedMark(form.charCodeAt(k)));
  return terms.every((term) => term.exact) && forms.every(noMarks) ? forms : undefined;
}

/**
 * True when a pattern matched from `start` surely starts inside a word, so it is no word pattern's match: every
 * character from `start` on folded to one unit (offsets line up), and the one before is a word unit.
 */
function startsInsideWord(info: Int32Array, text: string, start: number, lastSlow: number): boolean {
  return start > lastSlow + 1 && (info[text.charCodeAt(start - 1)] & (Info.Word | SLOW_PATH)) === Info.Word;
}

/** `c` lower-cased, for ASCII letters. */
const asciiLower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/**
 * False when `text` from `start` to `end` is surely none of `forms` (each an `exactForm`): it is all ASCII and,
 * case aside, equals none of them. Other text is let through (lower-casing it may change its length).
 * Plain loops, no closure: a closure over `text` would slow the screen's every read of it.
 */
function mayBeWritten(text: string, start: number, end: number, forms: readonly string[]): boolean {
  let lower = '';
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return true;
    lower += String.fromCharCode(asciiLower(c));
  }
  for (const form of forms) if (form === lower) return true;
  return false;
}

/**
 * False when a match whose last character is `c` is surely none of `forms`: `c` is printable ASCII and, case aside,
 * ends none of them. For matches whose start cannot be told (a separator was skipped inside: "1.50" read as "lso").
 */
function mayEndAs(c: number, forms: readonly string[]): boolean {
  if (c <= 0x20 || c >= 0x7f) return true;
  for (const form of forms) if (form.charCodeAt(form.length - 1) === asciiLower(c)) return true;
  return false;
}

/** A screen for `lexicon` (its matcher must be the Aho–Corasick automaton `compileLexicon` builds). */
export function createScreen(lexicon: CompiledLexicon): Screen {
  const tables = (lexicon.matcher as AhoCorasickMatcher).tables;
  const bounds = Uint8Array.from(lexicon.patterns, (pattern, index) => {
    if (lexicon.termsByPattern[index].some((term) => term.cjk)) return Bounds.None;
    if (lexicon.familySuffixes.some((suffix) => suffix.length > 0 && pattern.endsWith(suffix))) return Bounds.End;
    return Bounds.Word;
  });
  // Made on first need: only candidates that would otherwise let a text through ask for them. Allocated in full: an
  // array filled at scattered indices turns into a slow dictionary. null ("not only exact forms") is kept too.
  const exactForms = new Array<readonly string[] | null | undefined>(lexicon.patterns.length).fill(undefined);
  const exactFormsOf = (pattern: number): readonly string[] | null => {
    const known = exactForms[pattern];
    return known !== undefined ? known : (exactForms[pattern] = onlyExactForms(lexicon, pattern) ?? null);
  };
  decodeFoldTables();
  const info = new Int32Array(0x10000);
  const infoOf = (c: number): number => info[c] || (info[c] = characterInfo(c, tables.classOf, tables.hotClasses));

  return (text) => {
    // Constants as locals: the loop below runs per character, and some engines load module constants each time.
    const { Word, Digit, Letter, Strong, Space, Dropped, DroppedGap, Unhandled } = Info;
    const slowPath = SLOW_PATH;
    const known = Info.Known;
    const fastMask = Info.Separator | Dropped | Unhandled | known | Info.Cold;
    const breaks = spaceBreaks;
    const { None: none, End: endOnly, Word: wordOnly } = Bounds;
    const { hotClasses, plainStates, denseStates, dense, output, patternLength, shorterOutput } = tables;
    const table = info;
    const n = text.length;
    let state = 0;
    let endPending = false; // a candidate ended before this unit and still needs a word end
    let gap = false; // an ignorable character was dropped or a separator skipped before this unit
    let lastSlow = -1; // the last character that was not simply one unit: before it, offsets stop lining up
    let previousBits = 0; // `info` bits of the last unit, and of the one before
    let beforePreviousBits = 0;
    // Separator skipping's own memory: whether the last two units of the collapsed stream were skipped, and whether
    // the last one was a space (whitespace collapsing).
    let skipped1 = false;
    let skipped2 = false;
    let previousIsSpace = false;
    for (let i = 0; i < n; i++) {
      // The common case, in a loop of its own: a plain character whose unit takes a dense step and ends no pattern.
      if (!endPending && state < denseStates) {
        const runStart = i;
        // The space rule of the last three characters, the two before taken as spaces at the run's start.
        let rules = (SpaceRule.Space << 2) | SpaceRule.Space;
        while (i < n) {
          const fast = table[text.charCodeAt(i)];
          // A space the path cannot keep is found by a table rather than a branch on "is this a space", which was
          // mispredicted at nearly every space.
          rules = ((rules << 2) | ((fast >>> SPACE_RULE_SHIFT) & 3)) & 63;
          if (((fast & fastMask) ^ known) | breaks[rules]) break;
          const next = dense[state * hotClasses + (fast & 0xffff)];
          // One test for the rare cases: a pattern ends, or the next state has no dense row.
          if (next >= plainStates) {
            // The usual pattern end in page text: one pattern that starts inside a word, where offsets line up.
            const pattern = output[next];
            if (pattern < 0 || next >= denseStates) break;
            if (shorterOutput[pattern] >= 0 || bounds[pattern] !== wordOnly) break;
            if (!startsInsideWord(table, text, i + 1 - patternLength[pattern], lastSlow)) break;
          }
          state = next;
          i++;
        }
        if (i > runStart) {
          beforePreviousBits = i - runStart >= 2 ? table[text.charCodeAt(i - 2)] : previousBits;
          previousBits = table[text.charCodeAt(i - 1)];
          previousIsSpace = (previousBits & Space) !== 0;
          skipped2 = i - runStart >= 2 ? false : skipped1;
          skipped1 = false;
          gap = false;
          if (i === n) break;
        }
      }
      const code = text.charCodeAt(i);
      const bits = table[code] || infoOf(code);
      if ((bits & slowPath) !== 0) {
        lastSlow = i;
        if ((bits & Unhandled) !== 0) return true;
        if ((bits & Dropped) !== 0) {
          if ((bits & DroppedGap) !== 0) gap = true;
          continue;
        }
        // A space or separator: collapsing spaces as `fold-characters.ts` does, then `skip-word-separators.ts`.
        const space = (bits & Space) !== 0;
        if (space && previousIsSpace) continue;
        previousIsSpace = space;
        let skip = false;
        if (!skipped1 && (previousBits & Letter) !== 0) {
          const wordBefore = !skipped2 && (beforePreviousBits & Strong) !== 0;
          if (!space || !wordBefore) {
            const ahead = lookAhead(infoOf, text, i + 1, space);
            if (ahead === GIVE_UP) return true;
            if ((ahead & NEXT_IS_LETTER) !== 0) skip = !space || (ahead & AFTER_IS_STRONG) === 0;
          }
        }
        skipped2 = skipped1;
        skipped1 = skip;
        if (skip) {
          gap = true;
          continue;
        }
      } else {
        previousIsSpace = false;
        skipped2 = skipped1;
        skipped1 = false;
      }

      // One unit of the folded text. `endsWord` for a candidate that ended before it: no word unit follows, or a
      // gap, or digits (maybe a dose written on, "30mg").
      if (endPending) {
        if (gap || (bits & Word) === 0 || (bits & Digit) !== 0) return true;
        endPending = false;
      }
      beforePreviousBits = previousBits;
      previousBits = bits;
      gap = false;

      const c = bits & 0xffff;
      const next = c < hotClasses && state < denseStates ? dense[state * hotClasses + c] : stepSlow(tables, state, c);
      if (next >= plainStates) {
        for (let pattern = output[next]; pattern >= 0; pattern = shorterOutput[pattern]) {
          const rule = bounds[pattern];
          if (rule === none) return true;
          // `startsWord`, where the match is one unit per character (else it cannot be told here: let it through).
          const start = i + 1 - patternLength[pattern];
          if (rule === endOnly || !startsInsideWord(table, text, start, lastSlow)) {
            // Forms that must appear as written ("40s", "420"): compared in full where the match is one unit per
            // character, else by its last character.
            const forms = rule !== endOnly ? exactFormsOf(pattern) : null;
            if (forms === null) endPending = true;
            else if (start > lastSlow ? mayBeWritten(text, start, i + 1, forms) : mayEndAs(text.charCodeAt(i), forms)) endPending = true;
          }
        }
      }
      state = next;
    }
    return endPending;
  };
}
