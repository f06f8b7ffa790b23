/**
 * Grouping by listing: a finding belongs to the repeated card it sits in (an element whose siblings share its tag and
 * class), or, outside any card, to the page's main item. A listing carries what an investigator needs to name it.
 */
import { isInlineName, isSkippedElement } from '../core/extract';
import { composedParentOf } from './composed-parent';

const MIN_REPEATS = 3;
const SELLER_HINT = /seller|store|shop|vendor|supplier|company|merchant/i;
const PRICE_HINT = /price|cost|amount/i;

/** Shape of an element for comparing siblings. */
const signature = (el: Element) => `${el.localName}.${el.getAttribute('class') ?? ''}`;

export class ListingFinder {
  private readonly cardOf = new Map<Element, Element | null>();
  private readonly repeatedOfParent = new Map<Element, Map<string, boolean>>();

  /** The card containing `element`, or null when it is outside every card. */
  cardFor(element: Element): Element | null {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let el: Element | null = element, parent: Element | null; el; el = parent) {
      const known = this.cardOf.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(el);
      parent = composedParentOf(el);
      if (parent && this.isRepeated(parent, signature(el))) {
        found = el;
        break;
      }
    }
    for (const el of path) this.cardOf.set(el, found);
    return found;
  }

  /**
   * True when at least MIN_REPEATS children of `parent` have `shape`. Counting stops there: a grid of 2,000 cards
   * answers after three, which keeps absorbing appended cards cheap. Cached per parent and shape.
   */
  private isRepeated(parent: Element, shape: string): boolean {
    let known = this.repeatedOfParent.get(parent);
    if (!known) this.repeatedOfParent.set(parent, (known = new Map()));
    let repeated = known.get(shape);
    if (repeated === undefined) {
      let count = 0;
      for (let child = parent.firstElementChild; child && count < MIN_REPEATS; child = child.nextElementSibling) {
        if (signature(child) === shape) count++;
      }
      repeated = count >= MIN_REPEATS;
      known.set(shape, repeated);
    }
    return repeated;
  }
}

/** Where in the viewport to look for listings (fractions of its width and height): a 3 × 3 grid. */
const VIEWPORT_POINTS = [0.2, 0.5, 0.8].flatMap((x) => [0.15, 0.5, 0.85].map((y) => [x, y] as const));

/** Most cards taken as visible: a grid of tiny cards must not turn the first slice into a long one. */
const MAX_VISIBLE_CARDS = 60;

/**
 * The listing cards in view: what the user sees, to be scanned first. The cards under a few points of the viewport,
 * and their siblings on either side as long as they are in view too. Only block elements: an inline card's text
 * joins its neighbours' in a walk, and walked on its own it would be cut differently. A card inside something
 * extraction leaves out (an editable region, say) is not one.
 */
export function visibleCards(doc: Document, finder: ListingFinder): Element[] {
  const view = doc.defaultView;
  if (!view) return [];
  const inView = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < view.innerHeight && box.right > 0 && box.left < view.innerWidth;
  };
  /** A sibling of a visible card that is walked first too: a block element in view that extraction does not skip. */
  const isVisibleBlock = (el: Element) => inView(el) && !isInlineName(el.nodeName) && !isSkippedElement(el);
  const cards = new Set<Element>();
  for (const [x, y] of VIEWPORT_POINTS) {
    const hit = doc.elementFromPoint(view.innerWidth * x, view.innerHeight * y);
    const card = hit ? finder.cardFor(hit) : null;
    if (!card || cards.has(card) || isInlineName(card.nodeName) || isLeftOut(card)) continue;
    cards.add(card);
    for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
      for (let el = card[step]; el && cards.size < MAX_VISIBLE_CARDS && isVisibleBlock(el); el = el[step]) cards.add(el);
    }
  }
  return [...cards];
}

function isLeftOut(element: Element): boolean {
  for (let el: Element | null = element; el; el = composedParentOf(el)) if (isSkippedElement(el)) return true;
  return false;
}

export interface ListingDetails {
  title: string;
  url?: string;
  seller?: string;
  priceText?: string;
}

const clean = (s: string | null | undefined, max = 300) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/** Reads a card's title, link, seller and price text (read-only queries). */
export function describeCard(card: Element): ListingDetails {
  const heading = card.querySelector('h1, h2, h3, h4, [itemprop="name"], [class*="title" i]');
  const link = card.querySelector('a[href]') as HTMLAnchorElement | null;
  const title = clean(heading?.textContent) || clean(link?.textContent) || clean(card.textContent, 120);
  let seller: string | undefined;
  let priceText: string | undefined;
  for (const el of card.querySelectorAll('[class], [itemprop]')) {
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!seller && SELLER_HINT.test(hint)) seller = clean(el.textContent);
    if (!priceText && PRICE_HINT.test(hint)) priceText = clean(el.textContent);
  }
  return { title, url: link?.href, seller: seller || undefined, priceText: priceText || undefined };
}

/** The element that holds a product page's main item: findings outside any card belong to it. */
export function mainItemOf(doc: Document): Element {
  return doc.querySelector('main, [itemtype*="Product"], #main') ?? doc.body ?? doc.documentElement;
}

/** The page's main item when findings sit outside any card (a product page). */
export function describePage(doc: Document): ListingDetails {
  const details = describeCard(mainItemOf(doc));
  return { ...details, title: clean(doc.querySelector('h1')?.textContent) || clean(doc.title), url: doc.URL };
}
