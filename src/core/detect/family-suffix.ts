import type { Finding } from '../findings';
import { unitKind } from '../normalize/fold-table';
import { originalRange, type FoldedText } from '../normalize/fold-text';
import { UnitKind } from '../normalize/unit-kind';
import { isDenied } from './deny-context';
import type { Detector } from './detector';
import { disguiseReasons } from './disguise-reasons';
import { familyReasons } from './severity';
import { endsWord } from './word-boundary';

const isWordPart = (kind: number): boolean => kind === UnitKind.Letter || kind === UnitKind.Digit;

/** Where the word containing folded offset `from` starts, over inner hyphens and digits ("2-fluoro-…"). */
function wordStart(text: FoldedText, from: number): number {
  const kindAt = (i: number): number => unitKind[text.folded.charCodeAt(i)];
  let start = from;
  for (;;) {
    if (start > 0 && isWordPart(kindAt(start - 1))) start--;
    else if (start > 1 && kindAt(start - 1) === UnitKind.Separator && isWordPart(kindAt(start - 2))) start -= 2;
    else return start;
  }
}

/**
 * Words ending in a family suffix ("fentanyl", "nitazene", "nitazepyne") that no listed entry claimed: new
 * analogues without a list update. The whole word is the finding.
 */
export const familySuffixDetector: Detector = {
  id: 'family-suffix',
  description: 'Any word ending in a family suffix (e.g. "…fentanyl", "…nitazene") that is not a listed entry.',
  reads: 'matches',
  detect({ text, lexicon, matches, claimed }) {
    const findings: Finding[] = [];
    matches.forEach((match, i) => {
      if (claimed[i] || !endsWord(text, match.end)) return;
      const pattern = lexicon.patterns[match.pattern];
      const familyIndex = lexicon.familySuffixes.findIndex((suffix) => pattern.endsWith(suffix));
      if (familyIndex < 0) return;
      const family = lexicon.families[familyIndex];
      const suffixStart = match.end - lexicon.familySuffixes[familyIndex].length;
      const start = wordStart(text, match.start);
      if (isDenied(text, start, match.end, [])) return;
      const range = originalRange(text, start, match.end);
      const suffixTerm = lexicon.familyTerms[familyIndex];
      findings.push({
        category: family.category,
        termId: family.id,
        name: family.name,
        matched: text.original.slice(range.start, range.end),
        start: range.start,
        end: range.end,
        severity: 'critical',
        reasons: [...familyReasons(family), ...(suffixTerm ? disguiseReasons(text, suffixStart, suffixTerm.flags) : [])],
      });
      claimed[i] = 1;
    });
    return findings;
  },
};
