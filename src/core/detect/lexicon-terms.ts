import type { Finding } from '../findings';
import type { CompiledTerm } from '../lexicon/compile';
import { FoldFlag } from '../normalize/flags';
import { originalRange, type FoldedText } from '../normalize/fold-text';
import type { Match } from '../matcher/matcher';
import { isDenied } from './deny-context';
import type { Detector } from './detector';
import { disguiseReasons } from './disguise-reasons';
import { entryReasons, severityOf } from './severity';
import { endsWord, startsWord } from './word-boundary';

/** How a form listed as exact is compared with the page: case and runs of white space aside. */
export const exactForm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** More than half the units read from digits or symbols: a number, not a disguised word ("3005" is not "eoos"). */
function mostlyLeet(text: FoldedText, match: Match): boolean {
  let leet = 0;
  for (let i = match.start; i < match.end; i++) if (text.flags[i] & FoldFlag.Leet) leet++;
  return leet * 2 > match.end - match.start;
}

/** The checks a match of `term` must pass, other than deny contexts. */
export function verifiesTerm(text: FoldedText, match: Match, term: CompiledTerm): boolean {
  if (!term.cjk && !(startsWord(text, match.start) && endsWord(text, match.end))) return false;
  if (term.exact) {
    const range = originalRange(text, match.start, match.end);
    return exactForm(text.original.slice(range.start, range.end)) === exactForm(term.written);
  }
  return !mostlyLeet(text, match);
}

/** Lexicon entries matched by one of their written forms, after word boundaries, exact form and deny contexts. */
export const lexiconTermsDetector: Detector = {
  id: 'lexicon-terms',
  description:
    'Names, synonyms, brand names, translations, street names and risk phrases of lexicon entries, however folded; ' +
    'short terms only as written; not in deny contexts ("codeine-free", "no THC").',
  reads: 'matches',
  detect({ text, lexicon, matches, claimed }) {
    const findings: Finding[] = [];
    matches.forEach((match, i) => {
      for (const term of lexicon.termsByPattern[match.pattern]) {
        if (term.kind !== 'entry' || !verifiesTerm(text, match, term)) continue;
        if (isDenied(text, match.start, match.end, lexicon.denyAfter[term.index])) continue;
        const entry = lexicon.entries[term.index];
        const range = originalRange(text, match.start, match.end);
        const referred = entry.refersTo ? lexicon.entryById.get(entry.refersTo)?.name : undefined;
        findings.push({
          category: entry.category,
          termId: entry.id,
          name: entry.name,
          matched: text.original.slice(range.start, range.end),
          start: range.start,
          end: range.end,
          severity: severityOf(entry),
          ...(entry.schedule && { schedule: entry.schedule }),
          ...(entry.list && { list: entry.list }),
          reasons: [...entryReasons(entry, referred), ...(term.exact ? [] : disguiseReasons(text, match.start, term.flags))],
        });
        claimed[i] = 1;
        break;
      }
    });
    return findings;
  },
};
