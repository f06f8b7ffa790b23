/**
 * A compiled lexicon as JSON-ready data, so the extension can ship it compiled (`compiled.generated.ts`) instead of
 * compiling thousands of terms on every page load: the entries, the folded patterns with their terms, and the
 * automaton's snapshot in base64.
 */
import { AhoCorasickMatcher } from '../matcher/aho-corasick';
import type { Steps } from '../matcher/stepwise';
import { base64Decode, base64Encode } from '../report/base64';
import type { CompiledLexicon, CompiledTerm } from './compile';
import type { FamilyRule, LexiconEntry } from './types';

/** One compiled term: kind (0 entry, 1 family), index, written form, exact (0/1), CJK (0/1), fold flags of its units. */
type TermRecord = [kind: 0 | 1, index: number, written: string, exact: 0 | 1, cjk: 0 | 1, flags: string];

export interface LexiconSnapshot {
  version: string;
  entries: LexiconEntry[];
  families: FamilyRule[];
  patterns: string[];
  /** The terms of each pattern, in order. */
  terms: TermRecord[][];
  denyAfter: string[][];
  familySuffixes: string[];
  /** Where each family's suffix term sits: [pattern, position among its terms], or null. */
  familyTerms: Array<[pattern: number, position: number] | null>;
  /** `AhoCorasickMatcher.toSnapshot()` in base64. */
  automaton: string;
}

/** The platform's own base64 decoder where it has one (Chrome 140+, Firefox 133+): the shipped data is trusted. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function decodeAutomaton(text: string): Uint8Array | null {
  return fromBase64 ? fromBase64.call(Uint8Array, text) : base64Decode(text);
}

/** `lexicon` as data; `lexiconFromSnapshot` gives it back. */
export function lexiconToSnapshot(lexicon: CompiledLexicon): LexiconSnapshot {
  if (!(lexicon.matcher instanceof AhoCorasickMatcher)) throw new Error('lexiconToSnapshot: not an automaton lexicon');
  return {
    version: lexicon.version,
    entries: [...lexicon.entries],
    families: [...lexicon.families],
    patterns: [...lexicon.patterns],
    terms: lexicon.termsByPattern.map((terms) =>
      terms.map((t): TermRecord => [t.kind === 'entry' ? 0 : 1, t.index, t.written, t.exact ? 1 : 0, t.cjk ? 1 : 0, t.flags]),
    ),
    denyAfter: lexicon.denyAfter.map((phrases) => [...phrases]),
    familySuffixes: [...lexicon.familySuffixes],
    familyTerms: lexicon.familyTerms.map((term) => {
      if (term === undefined) return null;
      const pattern = lexicon.termsByPattern.findIndex((terms) => terms.includes(term));
      return [pattern, lexicon.termsByPattern[pattern].indexOf(term)];
    }),
    automaton: base64Encode(lexicon.matcher.toSnapshot()),
  };
}

/** The compiled lexicon back from `lexiconToSnapshot`'s data, as steps (see `stepwise.ts`). */
export function* lexiconFromSnapshot(snapshot: LexiconSnapshot): Steps<CompiledLexicon> {
  const bytes = decodeAutomaton(snapshot.automaton);
  if (bytes === null) throw new Error('lexiconFromSnapshot: the automaton is not base64');
  yield;
  const matcher = AhoCorasickMatcher.fromSnapshot(bytes);
  yield;
  // Records read by index: this runs once, in the interpreter, where destructuring goes through the iterator protocol.
  // The flags stay the string they are shipped as (decoding 54,000 units here cost more than the rest of the map).
  const termsByPattern = snapshot.terms.map((terms) =>
    terms.map(
      (record): CompiledTerm => ({
        kind: record[0] === 0 ? 'entry' : 'family',
        index: record[1],
        written: record[2],
        exact: record[3] === 1,
        cjk: record[4] === 1,
        flags: record[5],
      }),
    ),
  );
  const entryById = new Map<string, LexiconEntry>();
  const entryByCas = new Map<string, LexiconEntry>();
  for (const entry of snapshot.entries) {
    entryById.set(entry.id, entry);
    for (const cas of entry.cas ?? []) if (!entryByCas.has(cas)) entryByCas.set(cas, entry);
  }
  return {
    version: snapshot.version,
    entries: snapshot.entries,
    families: snapshot.families,
    matcher,
    patterns: snapshot.patterns,
    termsByPattern,
    denyAfter: snapshot.denyAfter,
    familySuffixes: snapshot.familySuffixes,
    familyTerms: snapshot.familyTerms.map((at) => (at === null ? undefined : termsByPattern[at[0]][at[1]])),
    entryByCas,
    entryById,
  };
}
