/**
 * The parent of `el` in the composed tree: its parent element, or, for the top element of a shadow tree, the shadow
 * root's host. Listing cards and text blocks both span shadow boundaries (a card's price inside a web component).
 */
export function composedParentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
