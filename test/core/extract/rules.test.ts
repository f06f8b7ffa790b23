import { describe, expect, it } from 'vitest';
import {
  INLINE_ELEMENTS,
  SKIPPED_ELEMENTS,
  isInlineElement,
  isSkippedElement,
} from '../../../src/core/extract/rules';

function element(nodeName: string, attributes: Record<string, string> = {}) {
  return { nodeName, getAttribute: (name: string) => attributes[name] ?? null };
}

describe('extraction rules', () => {
  it('compares element names in any case', () => {
    expect(isSkippedElement(element('SCRIPT'))).toBe(true);
    expect(isSkippedElement(element('script'))).toBe(true);
    expect(isInlineElement(element('B'))).toBe(true);
    expect(isInlineElement(element('DIV'))).toBe(false);
  });

  it('treats br as a break and wbr as inline', () => {
    expect(isInlineElement(element('br'))).toBe(false);
    expect(isInlineElement(element('wbr'))).toBe(true);
  });

  it('never lists an element as both skipped and inline', () => {
    for (const name of INLINE_ELEMENTS) expect(SKIPPED_ELEMENTS.has(name)).toBe(false);
  });

  it('skips editable and hidden elements by attribute', () => {
    expect(isSkippedElement(element('div', { contenteditable: '' }))).toBe(true);
    expect(isSkippedElement(element('div', { contenteditable: 'plaintext-only' }))).toBe(true);
    expect(isSkippedElement(element('div', { contenteditable: 'FALSE' }))).toBe(false);
    expect(isSkippedElement(element('div', { hidden: '' }))).toBe(true);
    expect(isSkippedElement(element('div', { hidden: 'until-found' }))).toBe(false);
    expect(isSkippedElement(element('div'))).toBe(false);
    expect(isSkippedElement({ nodeName: 'div' })).toBe(false);
  });
});
