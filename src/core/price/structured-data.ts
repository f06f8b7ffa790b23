/**
 * Collects a page's (or a listing card's) structured price data: JSON-LD script texts, microdata price properties
 * and product meta tags. Walks the same minimal node interface as `src/core/extract`, so a browser document and a
 * linkedom document both work and core stays DOM-free.
 */
import { NODE_TYPE, type ExtractNode } from '../extract/node';
import { pricesFromJsonLd } from './json-ld';
import { pricesFromMeta, type MetaTag } from './meta';
import { pricesFromMicrodata, type MicrodataProperty } from './microdata';
import type { ParsedPrice } from './types';

export interface StructuredPriceData {
  /** Text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `itemprop` price properties (price, lowPrice, highPrice, priceCurrency) in document order. */
  microdata: MicrodataProperty[];
  /** `<meta property|name content>` tags whose property names a price. */
  meta: MetaTag[];
}

const MICRODATA_PROPERTIES: ReadonlySet<string> = new Set(['price', 'lowPrice', 'highPrice', 'priceCurrency']);
const META_PROPERTY = /^(?:product|og):(?:sale_)?price:(?:amount|currency)$/i;
/** Text read from one microdata element, at most; a price is short. */
const MAX_PROPERTY_TEXT = 200;

/**
 * The structured price data under `root`. Iterative, so deep pages do not overflow the stack.
 *
 * @example collectStructuredPriceData(parseHTML(html).document).jsonLd // ['{"@type":"Product", …}']
 */
export function collectStructuredPriceData<N extends ExtractNode<N>>(root: N): StructuredPriceData {
  const data: StructuredPriceData = { jsonLd: [], microdata: [], meta: [] };
  const stack: N[] = [];
  if (root.firstChild) stack.push(root.firstChild);
  if (root.nodeType === NODE_TYPE.element) visitElement(root, data);
  while (stack.length > 0) {
    const node = stack.pop() as N;
    if (node.nextSibling) stack.push(node.nextSibling);
    if (node.nodeType !== NODE_TYPE.element) continue;
    visitElement(node, data);
    if (node.firstChild) stack.push(node.firstChild);
  }
  return data;
}

function visitElement<N extends ExtractNode<N>>(element: N, data: StructuredPriceData): void {
  const name = element.nodeName.toLowerCase();
  const attribute = (key: string) => element.getAttribute?.(key) ?? null;
  if (name === 'script') {
    if ((attribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') data.jsonLd.push(textOf(element, Infinity));
    return;
  }
  const itemprop = attribute('itemprop');
  if (itemprop && MICRODATA_PROPERTIES.has(itemprop.trim())) {
    data.microdata.push({ itemprop: itemprop.trim(), content: attribute('content'), text: textOf(element, MAX_PROPERTY_TEXT) });
  }
  if (name === 'meta') {
    const property = attribute('property') ?? attribute('name');
    if (property && META_PROPERTY.test(property.trim())) data.meta.push({ property: property.trim(), content: attribute('content') });
  }
}

function textOf<N extends ExtractNode<N>>(element: N, limit: number): string {
  let text = '';
  const stack: N[] = element.firstChild ? [element.firstChild] : [];
  while (stack.length > 0 && text.length < limit) {
    const node = stack.pop() as N;
    if (node.nextSibling) stack.push(node.nextSibling);
    if (node.nodeType === NODE_TYPE.text) text += node.data ?? '';
    else if (node.firstChild) stack.push(node.firstChild);
  }
  return text.length > limit ? text.slice(0, limit) : text;
}

/** All prices in collected structured data: JSON-LD, then microdata, then meta tags. */
export function pricesFromStructuredData(data: StructuredPriceData): ParsedPrice[] {
  return [...pricesFromJsonLd(data.jsonLd), ...pricesFromMicrodata(data.microdata), ...pricesFromMeta(data.meta)];
}
