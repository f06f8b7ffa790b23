import type { Block } from './blocks';
import type { TextAttribute } from './rules';

/** Part of a match inside one node: `start`/`end` are UTF-16 offsets into that node's `data` (or attribute value). */
export interface NodeRange<N> {
  node: N;
  start: number;
  end: number;
  attribute?: TextAttribute;
}

/**
 * The per-node pieces of `block.text.slice(start, end)` (end exclusive, UTF-16 code units), in text order: one
 * range per node the span touches, e.g. a finding over `fen<b>tan</b>yl` gives three ranges.
 * Empty when the span is empty or outside the block.
 */
export function locateInBlock<N>(block: Block<N>, start: number, end: number): NodeRange<N>[] {
  const ranges: NodeRange<N>[] = [];
  const { pieces } = block;
  // First piece that ends after `start` (pieces are sorted and do not overlap).
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pieces[middle].start + pieces[middle].length <= start) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < pieces.length && pieces[i].start < end; i++) {
    const piece = pieces[i];
    const from = Math.max(start, piece.start) - piece.start;
    const to = Math.min(end, piece.start + piece.length) - piece.start;
    if (to <= from) continue;
    const range: NodeRange<N> = { node: piece.node, start: from, end: to };
    if (piece.attribute) range.attribute = piece.attribute;
    ranges.push(range);
  }
  return ranges;
}
