import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../src/core/extract/blocks';
import { locateInBlock } from '../../../src/core/extract/locate';

function firstBlock(html: string) {
  const [block] = extractBlocks<Node>(parseHTML(`<html><body>${html}</body></html>`).document.body);
  return block;
}

function describeRanges(ranges: { node: Node; start: number; end: number }[]): string[] {
  return ranges.map(({ node, start, end }) => (node as Text).data.slice(start, end));
}

describe('locateInBlock', () => {
  it('splits a span over several text nodes into one range per node', () => {
    const block = firstBlock('<p>buy fen<b>tan</b>yl now</p>');
    const start = block.text.indexOf('fentanyl');
    const ranges = locateInBlock(block, start, start + 'fentanyl'.length);
    expect(describeRanges(ranges)).toEqual(['fen', 'tan', 'yl']);
    expect(ranges.map((range) => [range.start, range.end])).toEqual([[4, 7], [0, 3], [0, 2]]);
  });

  it('returns one range inside a single node', () => {
    const block = firstBlock('<p>a <b>b</b> heroin c</p>');
    const start = block.text.indexOf('heroin');
    expect(describeRanges(locateInBlock(block, start, start + 6))).toEqual(['heroin']);
  });

  it('returns nothing for an empty span or one past the end', () => {
    const block = firstBlock('<p>abc</p>');
    expect(locateInBlock(block, 1, 1)).toEqual([]);
    expect(locateInBlock(block, 3, 9)).toEqual([]);
  });

  it('keeps the attribute name for attribute text', () => {
    const [block] = extractBlocks<Node>(parseHTML('<html><body><img alt="pure MDMA"></body></html>').document.body);
    const [range] = locateInBlock(block, 5, 9);
    expect(range.attribute).toBe('alt');
    expect((range.node as Element).getAttribute('alt')?.slice(range.start, range.end)).toBe('MDMA');
  });
});
