/**
 * Extraction: one pass over a document (and its shadow roots) with a TreeWalker, into blocks of text. Inline
 * elements join text, every other element breaks it, so a match can never cross two listing cards. Each block keeps
 * the text nodes it was made of, so a match maps back to DOM positions.
 */
import {
  NODE_TYPE,
  RULE_ATTRIBUTE_SELECTOR,
  TEXT_ATTRIBUTES,
  isInlineElement,
  isInlineName,
  isSkippedElement,
  isSkippedName,
  type Block,
  type BlockPiece,
} from '../core/extract';
import { composedParentOf } from './composed-parent';

/** A block of page text and the element it belongs to (its container, or the element an attribute is on). */
export interface PageBlock extends Block<Node> {
  element: Element;
}

/** The element's shadow root, open or closed, or null; `nodeName` is the element's, read once by the walk. */
type ShadowRootOf = (element: Element, nodeName: string) => ShadowRoot | null;

/**
 * True for an element whose children were walked already in this pass (a visible card scanned first): it is a block
 * break, and only its own attributes and shadow root are read.
 */
type WalkedAlready = (element: Element) => boolean;

/**
 * The blocks under `root` and, through `shadowRootOf`, under every shadow root inside it, in the order they end.
 * A generator, so a caller can stop between blocks to give the page its main thread back (and resume later).
 * Iterative: pages nest 10,000 deep.
 */
export function* walkBlocks(
  root: Node,
  shadowRootOf: ShadowRootOf,
  onShadowRoot?: (root: ShadowRoot) => void,
  walkedAlready?: WalkedAlready,
): Generator<PageBlock> {
  const roots: Node[] = [root];
  while (roots.length > 0) {
    const next = roots.pop()!;
    if (next !== root) onShadowRoot?.(next as ShadowRoot);
    yield* walkRoot(next, roots, shadowRootOf, walkedAlready);
  }
}

function* walkRoot(root: Node, roots: Node[], shadowRootOf: ShadowRootOf, walkedAlready?: WalkedAlready): Generator<PageBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let text = '';
  let pieces: BlockPiece<Node>[] = [];
  let container: Element | null = root.nodeType === NODE_TYPE.element ? (root as Element) : ((root as ShadowRoot).host ?? null);
  const ready: PageBlock[] = [];
  // The elements any attribute rule looks at, found by one native query: asking every element costs five DOM calls
  // each (and in Firefox each call from a content script crosses a wrapper). Elements added later are dirty and
  // walked again with a query of their own.
  const withRuleAttributes = new Set((root as ParentNode).querySelectorAll(RULE_ATTRIBUTE_SELECTOR));

  const flush = (next: Element | null) => {
    if (pieces.length > 0 && container && /\S/.test(text)) ready.push({ text, pieces, element: container });
    text = '';
    pieces = [];
    container = next;
  };

  // The elements the walk is inside of (below root), each with whether it is inline: climbing out needs both, and
  // asking the DOM again costs calls (in Firefox each call from a content script crosses a wrapper).
  const rootContainer = container;
  const open: Array<{ element: Element; inline: boolean }> = [];
  const enclosing = () => (open.length > 0 ? open[open.length - 1].element : rootContainer);

  let node: Node | null = walker.firstChild();
  while (node) {
    let descend = false;
    let inline = true;
    // The walker shows elements and text only, so the name alone tells them apart: one DOM read per node, where
    // each read costs a call (a wrapper crossing in Firefox).
    const name = node.nodeName;
    if (name === '#text') {
      const data = (node as Text).data;
      if (data.length > 0) {
        pieces.push({ node, start: text.length, length: data.length });
        text += data;
      }
    } else {
      const element = node as Element;
      const attributed = withRuleAttributes.has(element);
      if (attributed ? !isSkippedElement(element) : !isSkippedName(name)) {
        if (attributed) {
          for (const attribute of TEXT_ATTRIBUTES) {
            const value = element.getAttribute(attribute);
            if (value && /\S/.test(value)) {
              ready.push({ text: value, pieces: [{ node: element, start: 0, length: value.length, attribute }], element });
            }
          }
        }
        const shadow = shadowRootOf(element, name);
        if (shadow) roots.push(shadow);
        // Its own attributes and shadow root are read here; a walk that started at it read only what it holds.
        if (walkedAlready?.(element)) flush(enclosing());
        else {
          inline = isInlineName(name);
          if (!inline) flush(element);
          descend = true;
        }
      }
    }
    const child = descend ? walker.firstChild() : null;
    if (child) {
      open.push({ element: node as Element, inline });
      node = child;
    } else {
      if (descend && !inline) flush(enclosing());
      // Next in document order, closing every block element we climb out of.
      node = walker.nextSibling();
      while (!node) {
        const parent = walker.parentNode();
        if (!parent || parent === root) break;
        if (!open.pop()!.inline) flush(enclosing());
        node = walker.nextSibling();
      }
    }
    while (ready.length > 0) yield ready.shift()!;
  }
  flush(null);
  yield* ready;
}

/** The element whose block holds `node`'s text: its nearest non-inline ancestor (crossing into shadow hosts). */
export function blockContainerOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === NODE_TYPE.element ? (node as Element) : node.parentElement;
  while (el && isInlineElement(el)) el = composedParentOf(el);
  return el;
}
