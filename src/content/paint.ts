/**
 * Painting findings with the CSS Custom Highlight API: one named `Highlight` per kind of finding, `StaticRange`s only.
 * Nothing is written into the page's DOM; the `::highlight()` styles come from the manifest's content-script CSS
 * (and are adopted into shadow roots).
 */
import type { Finding } from '../core/findings';
import type { Category } from '../core/lexicon/types';
import { locateInBlock } from '../core/extract';
import type { PageBlock } from './extract';

export type HighlightKind = 'drug' | 'precursor' | 'risk' | 'price';

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  drug: 'rxlens-drug',
  precursor: 'rxlens-precursor',
  risk: 'rxlens-risk',
  price: 'rxlens-price',
};

const KIND_OF: Record<Category, HighlightKind> = {
  controlled: 'drug',
  analogue: 'drug',
  rx: 'drug',
  precursor: 'precursor',
  slang: 'risk',
  risk: 'risk',
};

/**
 * One range over [start, end) of a block's text, across however many text nodes it spans; null for attribute text
 * (alt/title/aria-label), which has no characters on screen to paint.
 */
export function rangeOf(block: PageBlock, start: number, end: number): StaticRange | null {
  const pieces = locateInBlock(block, start, end);
  if (pieces.length === 0 || pieces[0].attribute) return null;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return new StaticRange({ startContainer: first.node, startOffset: first.start, endContainer: last.node, endOffset: last.end });
}

/** Owns the page's RxLens highlights. */
export class HighlightPainter {
  private readonly highlights = new Map<HighlightKind, Highlight>();

  constructor(private readonly registry: HighlightRegistry) {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      const highlight = new Highlight();
      this.highlights.set(kind, highlight);
      registry.set(HIGHLIGHT_NAMES[kind], highlight);
    }
  }

  /** Paints a finding; returns its range so callers can find it again (explain on click, removal). */
  paintFinding(block: PageBlock, finding: Finding): StaticRange | null {
    const range = rangeOf(block, finding.start, finding.end);
    if (range) this.highlights.get(KIND_OF[finding.category])!.add(range);
    return range;
  }

  unpaint(range: StaticRange): void {
    for (const highlight of this.highlights.values()) highlight.delete(range);
  }

  paintPrice(range: StaticRange): void {
    this.highlights.get('price')!.add(range);
  }


  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }
}
