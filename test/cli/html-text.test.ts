import { describe, expect, it } from 'vitest';
import { textOfHtml } from '../../src/cli/html-text';

describe('textOfHtml', () => {
  it('joins the blocks of a whole document with newlines, past the doctype, title included', () => {
    const html = '<!doctype html><html><head><title>Shop</title><style>p{}</style></head>' +
      '<body><h1>fen<b>tan</b>yl</h1><p>second</p></body></html>';
    expect(textOfHtml(html)).toBe('Shop\nfentanyl\nsecond');
  });

  it('reads a fragment with text at the top level', () => {
    expect(textOfHtml('just <b>some</b> text<p>then a block</p>tail')).toBe('just some text\nthen a block\ntail');
  });

  it('decodes entities and reads 10,000 nested elements', () => {
    const depth = 10_000;
    expect(textOfHtml('<div>'.repeat(depth) + 'a &amp; b' + '</div>'.repeat(depth))).toBe('a & b');
  });
});
