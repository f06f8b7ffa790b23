import { parseHTML } from 'linkedom';
import { extractBlocks } from '../core/extract/blocks';

/**
 * The text of an HTML document as RxLens scans it: its blocks (see `src/core/extract/rules.ts`) joined with "\n".
 * Findings' offsets for an HTML input point into this text.
 */
export function textOfHtml(html: string): string {
  const { document } = parseHTML(html);
  // Walk the document's children one by one: linkedom leaves the doctype's nextSibling unset, and a fragment
  // ("<p>a</p>b") has several top-level nodes and no <html> element.
  const texts: string[] = [];
  for (const child of Array.from(document.childNodes)) {
    for (const block of extractBlocks<Node>(child)) texts.push(block.text);
  }
  return texts.join('\n');
}
