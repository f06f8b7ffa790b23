import { parseHTML } from 'linkedom';
import { extractBlocks } from '../core/extract/blocks';

const DOCUMENT_TYPE_NODE = 10;

/**
 * The text of an HTML document as RxLens scans it: its blocks (see `src/core/extract/rules.ts`) joined with "\n".
 * Findings' offsets for an HTML input point into this text.
 */
export function textOfHtml(html: string): string {
  const { document } = parseHTML(html);
  // linkedom leaves the doctype's nextSibling unset, which would end a walk over the document right there, so the
  // other top-level nodes move into a fragment (a fragment like "a<p>b</p>c" has several, and no <html>).
  const topLevel = document.createDocumentFragment();
  for (const child of Array.from(document.childNodes)) {
    if (child.nodeType !== DOCUMENT_TYPE_NODE) topLevel.appendChild(child);
  }
  return extractBlocks<Node>(topLevel)
    .map((block) => block.text)
    .join('\n');
}
