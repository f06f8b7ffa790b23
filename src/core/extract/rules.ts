/**
 * Which parts of a page are text to scan, shared by the content script (TreeWalker) and the CLI (linkedom).
 * Element names are lower case; compare against `nodeName.toLowerCase()`.
 */

/** Our own in-page UI host element: never scanned, so we never report our own labels. */
export const RXLENS_UI_ELEMENT = 'rxlens-ui';

/**
 * Elements whose whole subtree is skipped: code and styling, form controls (their text is the user's, not the
 * seller's), embedded documents and media, vector markup, and our own UI.
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'button', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'audio', 'video',
  RXLENS_UI_ELEMENT,
]);

/**
 * Inline elements: their text joins the text around them, so `fen<b>tan</b>yl` reads as one word.
 * Every element not listed here (and not skipped) is a block break, so a match never crosses listing cards.
 * `br` is a break: text on two lines is two phrases. `wbr` is inline: it only marks where a word may wrap.
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'wbr',
]);

/** Attributes whose values are text a user can see or hear; each value is scanned as a block of its own. */
export const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label'] as const;
export type TextAttribute = (typeof TEXT_ATTRIBUTES)[number];

/** Every attribute an extraction rule reads: the text attributes and the two that leave an element out. */
export const RULE_ATTRIBUTES = [...TEXT_ATTRIBUTES, 'hidden', 'contenteditable'] as const;

/** Selects the elements that carry any of {@link RULE_ATTRIBUTES}: the only ones whose attributes need reading. */
export const RULE_ATTRIBUTE_SELECTOR = RULE_ATTRIBUTES.map((name) => `[${name}]`).join(',');

/** The part of an element that {@link isSkippedElement} and {@link isInlineElement} look at. */
export interface ElementLike {
  readonly nodeName: string;
  getAttribute?(name: string): string | null;
}

/**
 * True when an element and everything inside it is left out: a {@link SKIPPED_ELEMENTS} name, an editable region
 * (`contenteditable` other than "false": the text is being typed, not published), or `hidden` (not rendered;
 * `hidden="until-found"` is rendered on find, so it is scanned).
 */
export function isSkippedElement(element: ElementLike): boolean {
  if (isSkippedByName(element)) return true;
  const editable = element.getAttribute?.('contenteditable');
  if (editable != null && editable.toLowerCase() !== 'false') return true;
  const hidden = element.getAttribute?.('hidden');
  return hidden != null && hidden.toLowerCase() !== 'until-found';
}

/** {@link isSkippedElement} for an element that has none of {@link RULE_ATTRIBUTES}: its name alone decides. */
export function isSkippedByName(element: ElementLike): boolean {
  return isSkippedName(element.nodeName);
}

/** {@link isSkippedByName} by the element's `nodeName`, for a walk that has read it already (each read is a DOM call). */
export function isSkippedName(nodeName: string): boolean {
  return byName(skippedByName, SKIPPED_ELEMENTS, nodeName);
}

/** True when an element's text joins its neighbours' (see {@link INLINE_ELEMENTS}); false means a block break. */
export function isInlineElement(element: ElementLike): boolean {
  return isInlineName(element.nodeName);
}

/** {@link isInlineElement} by the element's `nodeName`. */
export function isInlineName(nodeName: string): boolean {
  return byName(inlineByName, INLINE_ELEMENTS, nodeName);
}

// Answers by node name as written ("DIV", "svg:a"), so a page's thousands of elements cost no lower-casing each.
const skippedByName = new Map<string, boolean>();
const inlineByName = new Map<string, boolean>();

function byName(memo: Map<string, boolean>, names: ReadonlySet<string>, nodeName: string): boolean {
  let answer = memo.get(nodeName);
  if (answer === undefined) memo.set(nodeName, (answer = names.has(nodeName.toLowerCase())));
  return answer;
}
