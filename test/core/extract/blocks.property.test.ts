import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../src/core/extract/blocks';

/** A small page as data: text, or an element with children. Tags are ones an HTML parser never restructures. */
type Tree = { text: string } | { tag: string; children: readonly Tree[] };

const INLINE_TAGS = ['b', 'span', 'em'];
const BLOCK_TAGS = ['div', 'section'];

const treeArbitrary = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: fc.stringMatching(/^[a-z ]{1,6}$/) }),
    fc.record({ tag: fc.constant('br'), children: fc.constant([]) }),
    fc.record({ tag: fc.constant('script'), children: fc.constant([{ text: 'hidden' }]) }),
    fc.record({ tag: fc.constantFrom(...INLINE_TAGS, ...BLOCK_TAGS), children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}));

function toHtml(tree: Tree): string {
  if ('text' in tree) return tree.text;
  if (tree.tag === 'br') return '<br>';
  return `<${tree.tag}>${tree.children.map(toHtml).join('')}</${tree.tag}>`;
}

/** The reference: the extraction rules applied recursively to the data, without any DOM. */
function expectedBlockTexts(trees: readonly Tree[]): string[] {
  const blocks: string[] = [];
  let text = '';
  const endBlock = () => {
    if (/\S/.test(text)) blocks.push(text);
    text = '';
  };
  const visit = (tree: Tree): void => {
    if ('text' in tree) {
      text += tree.text;
    } else if (INLINE_TAGS.includes(tree.tag)) {
      tree.children.forEach(visit);
    } else {
      endBlock();
      if (tree.tag !== 'script') tree.children.forEach(visit);
      endBlock();
    }
  };
  trees.forEach(visit);
  endBlock();
  return blocks;
}

describe('extractBlocks on random pages', () => {
  it('gives the blocks the rules give, and every piece maps back to its text node', () => {
    fc.assert(
      fc.property(fc.array(treeArbitrary.tree, { maxLength: 5 }), (trees) => {
        const { document } = parseHTML(`<html><body>${trees.map(toHtml).join('')}</body></html>`);
        const blocks = extractBlocks<Node>(document.body);
        expect(blocks.map((block) => block.text)).toEqual(expectedBlockTexts(trees));
        for (const block of blocks) {
          let end = 0;
          for (const piece of block.pieces) {
            expect(piece.start).toBe(end);
            expect(block.text.slice(piece.start, piece.start + piece.length)).toBe((piece.node as Text).data);
            end = piece.start + piece.length;
          }
          expect(end).toBe(block.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
