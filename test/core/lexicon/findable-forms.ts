/**
 * Round trip through the real compile step and verifier: a written form placed in a sentence must be found again as
 * its own entry. Catches forms that fold to nothing, that only a neighbouring entry can claim, or that the verifier
 * rejects as written (e.g. mostly digits without being listed as exact).
 */
import { compileLexicon } from '../../../src/core/lexicon/compile';
import type { LexiconEntry } from '../../../src/core/lexicon/types';
import { verifiesTerm } from '../../../src/core/detect/lexicon-terms';
import { foldText } from '../../../src/core/normalize/fold-text';

/** Every written form of an entry: terms, exact forms, names in other languages. */
const allForms = (entry: LexiconEntry): string[] => [
  ...entry.terms,
  ...(entry.exact ?? []),
  ...Object.values(entry.i18n ?? {}).flat(),
];

/**
 * The forms of `entries` that are not found, as written, inside "zq <form> zq" (as "id: form"). With `onlyIds`, the
 * whole of `entries` is compiled (so other entries can shadow) but only those entries' forms are checked; `formsOf`
 * narrows which of their forms.
 */
export function unfindableForms(
  entries: readonly LexiconEntry[],
  onlyIds?: ReadonlySet<string>,
  formsOf: (entry: LexiconEntry) => string[] = allForms,
): string[] {
  const lexicon = compileLexicon(entries, []);
  const missing: string[] = [];
  lexicon.entries.forEach((entry, index) => {
    if (onlyIds && !onlyIds.has(entry.id)) return;
    for (const form of formsOf(entry)) {
      const text = foldText(`zq ${form} zq`);
      const found = lexicon.matcher.find(text.folded).some((match) =>
        lexicon.termsByPattern[match.pattern].some(
          (term) => term.kind === 'entry' && term.index === index && verifiesTerm(text, match, term),
        ),
      );
      if (!found) missing.push(`${entry.id}: ${form}`);
    }
  });
  return missing;
}
