import { AhoCorasickMatcher } from '../matcher/aho-corasick';
import type { Matcher } from '../matcher/matcher';
import { runSteps, runStepsInSlices, type Steps, type YieldFn } from '../matcher/stepwise';
import { foldText } from '../normalize/fold-text';
import { unitKind } from '../normalize/fold-table';
import { UnitKind } from '../normalize/unit-kind';
import type { FamilyRule, LexiconEntry } from './types';

/** Terms of at most this many folded units must appear exactly as written (case aside). */
export const SHORT_TERM_LENGTH = 4;

/** One written form of an entry or family, as the verifier needs it. */
export interface CompiledTerm {
  kind: 'entry' | 'family';
  /** Index into `CompiledLexicon.entries` or `.families`. */
  index: number;
  /** The form as written in the lexicon, e.g. "Xanax". */
  written: string;
  /** Must match exactly as written, ignoring case: short terms and terms listed in `exact`. */
  exact: boolean;
  /** Written in a script without spaces between words: no word boundaries required. */
  cjk: boolean;
  /**
   * `FoldFlag` bits of the term's own folded units, so only folding the page needed beyond that is reported: one
   * character per unit (`termFlagAt` reads it), which is also how the compiled lexicon ships, so loading it decodes
   * nothing per unit.
   */
  flags: string;
}

/** Fold flags (0–63) as one printable character each, "0" for none. */
const TERM_FLAG_BASE = 0x30;

/** The `FoldFlag` bits of unit `k` of a term, from `CompiledTerm.flags`. */
export function termFlagAt(flags: string, k: number): number {
  return flags.charCodeAt(k) - TERM_FLAG_BASE;
}

function encodeTermFlags(flags: ArrayLike<number>): string {
  let encoded = '';
  for (let k = 0; k < flags.length; k++) encoded += String.fromCharCode(TERM_FLAG_BASE + flags[k]);
  return encoded;
}

/** The lexicon ready for scanning: one matcher over every folded term, and the way back from a match to its entry. */
export interface CompiledLexicon {
  version: string;
  entries: readonly LexiconEntry[];
  families: readonly FamilyRule[];
  matcher: Matcher;
  /** Folded patterns, indexed like `Match.pattern`. */
  patterns: readonly string[];
  /** The terms that fold to each pattern (several forms can fold alike, e.g. "fentanyl" the entry and the family). */
  termsByPattern: readonly (readonly CompiledTerm[])[];
  /** Folded `denyAfter` phrases of each entry, indexed like `entries`. */
  denyAfter: readonly (readonly string[])[];
  /** Folded suffix of each family, indexed like `families`. */
  familySuffixes: readonly string[];
  /** The compiled suffix term of each family, indexed like `families` (undefined when the suffix folds to nothing). */
  familyTerms: readonly (CompiledTerm | undefined)[];
  entryByCas: ReadonlyMap<string, LexiconEntry>;
  entryById: ReadonlyMap<string, LexiconEntry>;
}

/** Case and whitespace aside, the way `exact` forms are compared with `terms`. */
const exactKey = (written: string): string => written.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Every form of an entry to compile, once each. A form listed in `exact` is exact whether or not `terms` lists it
 * too: listing it in `terms` as well must not add a loose duplicate that disguises would match.
 */
function writtenForms(entry: LexiconEntry): Array<{ written: string; listedExact: boolean }> {
  const exact = new Set((entry.exact ?? []).map(exactKey));
  const forms = entry.terms
    .filter((written) => !exact.has(exactKey(written)))
    .map((written) => ({ written, listedExact: false }));
  for (const written of entry.exact ?? []) forms.push({ written, listedExact: true });
  for (const written of [...(entry.i18n?.zh ?? []), ...(entry.i18n?.es ?? []), ...(entry.i18n?.ru ?? [])]) {
    forms.push({ written, listedExact: false });
  }
  return forms;
}

/** Written forms folded between two checkpoints of compilation. */
const FORMS_PER_STEP = 256;

/**
 * Compiles lexicon entries and family rules into one matcher. Entries with a repeated id are kept once (the first).
 *
 * @example compileLexicon(entries, families).matcher.find(foldText("xanax").folded)
 */
export function compileLexicon(
  entries: readonly LexiconEntry[],
  families: readonly FamilyRule[],
  version = 'custom',
): CompiledLexicon {
  return runSteps(compileSteps(entries, families, version));
}

/**
 * `compileLexicon` in slices of about `sliceMs` milliseconds, calling `yieldFn` between them, so that compiling the
 * shipped lexicon at page load is no long task. Returns the same `CompiledLexicon`.
 *
 * @example await compileLexiconInSlices(entries, families, "1", () => new Promise((r) => setTimeout(r, 0)))
 */
export function compileLexiconInSlices(
  entries: readonly LexiconEntry[],
  families: readonly FamilyRule[],
  version: string,
  yieldFn: YieldFn,
  sliceMs?: number,
): Promise<CompiledLexicon> {
  return runStepsInSlices(compileSteps(entries, families, version), yieldFn, sliceMs);
}

function* compileSteps(
  entries: readonly LexiconEntry[],
  families: readonly FamilyRule[],
  version: string,
): Steps<CompiledLexicon> {
  const entryById = new Map<string, LexiconEntry>();
  for (const entry of entries) if (!entryById.has(entry.id)) entryById.set(entry.id, entry);
  const unique = [...entryById.values()];

  const patterns: string[] = [];
  const termsByPattern: CompiledTerm[][] = [];
  const patternIndex = new Map<string, number>();
  const add = (term: Omit<CompiledTerm, 'flags' | 'cjk' | 'exact'>, listedExact: boolean): CompiledTerm | undefined => {
    const { folded, flags } = foldText(term.written);
    const pattern = folded.trim();
    if (pattern.length === 0) return undefined;
    const offset = folded.indexOf(pattern);
    let index = patternIndex.get(pattern);
    if (index === undefined) {
      index = patterns.length;
      patternIndex.set(pattern, index);
      patterns.push(pattern);
      termsByPattern.push([]);
    }
    let cjk = false;
    for (let i = 0; i < pattern.length; i++) if (unitKind[pattern.charCodeAt(i)] === UnitKind.Cjk) cjk = true;
    const compiled: CompiledTerm = {
      ...term,
      exact: listedExact || pattern.length <= SHORT_TERM_LENGTH,
      cjk,
      flags: encodeTermFlags(flags.subarray(offset, offset + pattern.length)),
    };
    termsByPattern[index].push(compiled);
    return compiled;
  };

  let forms = 0;
  for (let index = 0; index < unique.length; index++) {
    for (const { written, listedExact } of writtenForms(unique[index])) {
      add({ kind: 'entry', index, written }, listedExact);
      if (++forms % FORMS_PER_STEP === 0) yield;
    }
  }
  const familyTerms = families.map((family, index) => add({ kind: 'family', index, written: family.suffix }, false));

  const entryByCas = new Map<string, LexiconEntry>();
  for (const entry of unique) for (const cas of entry.cas ?? []) if (!entryByCas.has(cas)) entryByCas.set(cas, entry);

  const matcher = yield* AhoCorasickMatcher.compileSteps(patterns);
  return {
    version,
    entries: unique,
    families,
    matcher,
    patterns,
    termsByPattern,
    denyAfter: unique.map((entry) => (entry.denyAfter ?? []).map((phrase) => foldText(phrase).folded.trim())),
    familySuffixes: families.map((family) => foldText(family.suffix).folded.trim()),
    familyTerms,
    entryByCas,
    entryById,
  };
}
