import { isValidCas } from '../cas';
import type { Finding } from '../findings';
import type { Detector } from './detector';
import { entryReasons, severityOf } from './severity';

/** Characters the digit-preserving view rewrites; most text has none, and then the text is its own view. */
const NEEDS_VIEW = /[\uff01-\uff5e\u2010-\u2015\u2212\u00a0\u3000\u2000-\u200a]/;

/**
 * A digit-preserving view of the text, same length (so offsets carry over): fullwidth ASCII to ASCII, dashes to
 * "-", other spaces to " ". The leet folding of the matching view would turn "79099" into "t9o99".
 */
function casView(text: string): string {
  if (!NEEDS_VIEW.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let to = -1;
    if (c >= 0xff01 && c <= 0xff5e) to = c - 0xfee0;
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) to = 0x2d;
    else if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) to = 0x20;
    if (to < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * "CAS 79099-07-3", "CAS No.: 79099-07-3", "CAS# 79099 07 3", "CAS 79099073" (digits in groups 2–7, 2, 1 after a
 * CAS label, separated by a hyphen, a space or nothing), or "79099-07-3" alone (hyphens required).
 */
const CAS_NUMBER =
  /\bcas(?![a-z])[\s-]*(?:(?:no|nr|number|rn|reg(?:istry)?(?:[\s-]*(?:no|number))?)\b\.?[\s-]*)?[#:.]?\s*(\d{2,7})[-\s]?(\d{2})[-\s]?(\d)(?!\d)|(?<![\d-])(\d{2,7})-(\d{2})-(\d)(?!\d|-\d)/dgi;

/**
 * What every CAS number needs in the original text, tested in one cheap pass: two digits, two more, and one more,
 * each pair of groups apart by at most one hyphen, dash or space (what `CAS_NUMBER` allows, before the view turns
 * dashes into "-"), or a fullwidth character (the view may turn it into a digit). Most text has none of them; a
 * label is no help here, since a number follows every label.
 */
const MAY_HOLD_CAS = /\d\d[-\s\u2010-\u2015\u2212]?\d\d[-\s\u2010-\u2015\u2212]?\d|[\uff01-\uff5e]/;

/** CAS registry numbers with a valid check digit that belong to a lexicon entry (precursors, mostly). */
export const casNumbersDetector: Detector = {
  id: 'cas-numbers',
  description:
    'CAS registry numbers in any common writing (labelled or bare, hyphens or spaces, fullwidth digits), ' +
    'valid by check digit and listed for a lexicon entry.',
  reads: 'original',
  detect({ original, lexicon }) {
    if (lexicon.entryByCas.size === 0 || !MAY_HOLD_CAS.test(original)) return [];
    const view = casView(original);
    const findings: Finding[] = [];
    for (const m of view.matchAll(CAS_NUMBER)) {
      const first = m[1] === undefined ? 4 : 1;
      const cas = `${m[first]}-${m[first + 1]}-${m[first + 2]}`;
      if (!isValidCas(cas)) continue;
      const entry = lexicon.entryByCas.get(cas);
      if (!entry) continue;
      const start = m.indices![first]![0];
      const end = m.indices![first + 2]![1];
      findings.push({
        category: entry.category,
        termId: entry.id,
        name: entry.name,
        matched: original.slice(start, end),
        start,
        end,
        severity: severityOf(entry),
        ...(entry.schedule && { schedule: entry.schedule }),
        ...(entry.list && { list: entry.list }),
        cas,
        reasons: [...entryReasons(entry), `CAS ${cas} (check digit valid)`],
      });
    }
    return findings;
  },
};
