import { NODE_TYPE, type ExtractNode } from './node';
import { TEXT_ATTRIBUTES, isInlineElement, isSkippedElement, type TextAttribute } from './rules';

/**
 * Where one node's text sits in a {@link Block}: `text.slice(start, start + length)` is the node's whole `data`
 * (or the whole attribute value when `attribute` is set, and then `node` is the element carrying it).
 * Offsets are UTF-16 code units.
 */
export interface BlockPiece<N> {
  node: N;
  start: number;
  length: number;
  attribute?: TextAttribute;
}

/** A run of text that reads as one piece (a paragraph, a cell, a title), with the nodes it came from in order. */
export interface Block<N> {
  text: string;
  pieces: BlockPiece<N>[];
}

/**
 * The text blocks under `root`, following the rules in `./rules`: skipped subtrees are left out, inline elements
 * join text, every other element (and `br`) starts a new block. Each `alt`, `title` and `aria-label` value is a
 * block of its own. Blocks with nothing but white space are dropped; text is kept exactly as in the nodes (no
 * white-space collapsing), so offsets map straight back.
 *
 * Blocks come in the order they end, so an inline element's attribute block comes before the text run around it.
 * Iterative: depth is bounded by memory, not by the call stack (pages nest 10,000 deep).
 *
 * @example
 * extractBlocks(parseHTML('<p>fen<b>tan</b>yl</p><p>x</p>').document)
 * // → [{ text: 'fentanyl', pieces: [{ node: #text "fen", start: 0, length: 3 }, { node: #text "tan", start: 3, … },
 * //      …] }, { text: 'x', … }]
 */
export function extractBlocks<N extends ExtractNode<N>>(root: N): Block<N>[] {
  const blocks: Block<N>[] = [];
  let text = '';
  let pieces: BlockPiece<N>[] = [];
  const endBlock = (): void => {
    if (pieces.length > 0 && /\S/.test(text)) blocks.push({ text, pieces });
    text = '';
    pieces = [];
  };

  // The ancestors of `node` below (and including) `root`, so we can climb back without `parentNode`.
  const ancestors: N[] = [];
  let node: N | null = root;
  while (node) {
    let children: N | null = null;
    if (node.nodeType === NODE_TYPE.text) {
      const data = node.data ?? '';
      if (data.length > 0) {
        pieces.push({ node, start: text.length, length: data.length });
        text += data;
      }
    } else if (node.nodeType === NODE_TYPE.element) {
      if (!isSkippedElement(node)) {
        if (!isInlineElement(node)) endBlock();
        for (const block of attributeBlocks(node)) blocks.push(block);
        children = node.firstChild;
      }
    } else if (node.nodeType === NODE_TYPE.document || node.nodeType === NODE_TYPE.documentFragment) {
      children = node.firstChild;
    }

    if (children) {
      ancestors.push(node);
      node = children;
      continue;
    }
    // Leaving `node`: move to its next sibling, or climb, closing each block-level element we leave.
    if (node.nodeType === NODE_TYPE.element && !isInlineElement(node)) endBlock();
    while (node) {
      if (node === root) {
        node = null;
      } else if (node.nextSibling) {
        node = node.nextSibling;
        break;
      } else {
        node = ancestors.pop() ?? null;
        if (node && node.nodeType === NODE_TYPE.element && !isInlineElement(node)) endBlock();
      }
    }
  }
  endBlock();
  return blocks;
}

function attributeBlocks<N extends ExtractNode<N>>(element: N): Block<N>[] {
  const blocks: Block<N>[] = [];
  for (const attribute of TEXT_ATTRIBUTES) {
    const value = element.getAttribute?.(attribute);
    if (value && /\S/.test(value)) {
      blocks.push({ text: value, pieces: [{ node: element, start: 0, length: value.length, attribute }] });
    }
  }
  return blocks;
}
