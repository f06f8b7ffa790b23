import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, type Block } from '../../../src/core/extract/blocks';

function bodyOf(html: string): HTMLElement {
  return parseHTML(`<html><body>${html}</body></html>`).document.body;
}

function textsOf(blocks: Block<Node>[]): string[] {
  return blocks.map((block) => block.text);
}

describe('extractBlocks', () => {
  it('starts a new block at every block element and at br', () => {
    const blocks = extractBlocks<Node>(bodyOf('<div>one<p>two</p>three</div><li>four</li>five<br>six'));
    expect(textsOf(blocks)).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
  });

  it('joins text across inline tags, with pieces that map back to each text node', () => {
    const body = bodyOf('<p>buy fen<b>tan</b><i><span>yl</span></i> now</p>');
    const [block] = extractBlocks<Node>(body);
    expect(block.text).toBe('buy fentanyl now');
    expect(block.pieces.map((piece) => [(piece.node as Text).data, piece.start, piece.length])).toEqual([
      ['buy fen', 0, 7],
      ['tan', 7, 3],
      ['yl', 10, 2],
      [' now', 12, 4],
    ]);
    for (const piece of block.pieces) {
      expect(block.text.slice(piece.start, piece.start + piece.length)).toBe((piece.node as Text).data);
    }
  });

  it('joins across wbr but not across unknown or custom elements', () => {
    const blocks = extractBlocks<Node>(bodyOf('<p>oxy<wbr>codone</p><p>mor<x-card>phine</x-card></p>'));
    expect(textsOf(blocks)).toEqual(['oxycodone', 'mor', 'phine']);
  });

  it('skips scripts, styles, templates, noscript, form fields, svg and our own UI', () => {
    const html =
      '<p>kept</p><script>var fentanyl = 1</script><style>.heroin{}</style><template><p>cocaine</p></template>' +
      '<noscript>ketamine</noscript><textarea>xanax</textarea><select><option>oxycodone</option></select>' +
      '<button>mdma</button><svg><text>lsd</text></svg><rxlens-ui>fentanyl</rxlens-ui><p>also kept</p>';
    expect(textsOf(extractBlocks<Node>(bodyOf(html)))).toEqual(['kept', 'also kept']);
  });

  it('skips editable regions and hidden elements, but not contenteditable="false" or hidden="until-found"', () => {
    const html =
      '<div contenteditable>typed heroin</div><div contenteditable="true">typed</div><p hidden>hidden</p>' +
      '<div contenteditable="false">published</div><div hidden="until-found">findable</div>';
    expect(textsOf(extractBlocks<Node>(bodyOf(html)))).toEqual(['published', 'findable']);
  });

  it('scans alt, title and aria-label values as blocks of their own, reported against their element', () => {
    const body = bodyOf('<p>see <img alt="Xanax 2mg bars"> and <a title="oxy 80" aria-label="buy oxy">link</a></p>');
    const blocks = extractBlocks<Node>(body);
    expect(textsOf(blocks)).toEqual(['see ', 'Xanax 2mg bars', 'oxy 80', 'buy oxy', ' and link']);
    const alt = blocks[1].pieces[0];
    expect(alt.attribute).toBe('alt');
    expect((alt.node as Element).nodeName.toLowerCase()).toBe('img');
    expect(alt.length).toBe('Xanax 2mg bars'.length);
    expect(blocks[3].pieces[0].attribute).toBe('aria-label');
  });

  it('keeps text exactly as written and drops blocks of white space only', () => {
    const blocks = extractBlocks<Node>(bodyOf('<div>  \n </div><p>  two  spaces </p><p>&amp; &lt;b&gt;</p>'));
    expect(textsOf(blocks)).toEqual(['  two  spaces ', '& <b>']);
  });

  it('walks a document fragment and stops at the root without visiting its siblings', () => {
    const body = bodyOf('<p id="before">before</p><section><p>inside</p></section><p>after</p>');
    const section = body.querySelector('section') as Element;
    expect(textsOf(extractBlocks<Node>(section))).toEqual(['inside']);
  });

  it('handles 10,000 nested elements without overflowing the stack', () => {
    const depth = 10_000;
    const html = '<div>'.repeat(depth) + 'fen<b>tanyl</b>' + '</div>'.repeat(depth) + '<p>after</p>';
    const blocks = extractBlocks<Node>(bodyOf(html));
    expect(textsOf(blocks)).toEqual(['fentanyl', 'after']);
  });

  it('handles 10,000 nested inline elements as one block', () => {
    const depth = 10_000;
    const html = '<p>' + '<span>a'.repeat(depth) + '</span>'.repeat(depth) + '</p>';
    const [block, ...rest] = extractBlocks<Node>(bodyOf(html));
    expect(rest).toEqual([]);
    expect(block.text).toBe('a'.repeat(depth));
    expect(block.pieces).toHaveLength(depth);
  });
});
