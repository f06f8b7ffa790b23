/** Page text extraction shared by the content script and the CLI: the rules, the block walk, mapping back to nodes. */
export { extractBlocks, type Block, type BlockPiece } from './blocks';
export { locateInBlock, type NodeRange } from './locate';
export { NODE_TYPE, type ExtractNode } from './node';
export {
  INLINE_ELEMENTS,
  RULE_ATTRIBUTES,
  RULE_ATTRIBUTE_SELECTOR,
  RXLENS_UI_ELEMENT,
  SKIPPED_ELEMENTS,
  TEXT_ATTRIBUTES,
  isInlineElement,
  isInlineName,
  isSkippedByName,
  isSkippedName,
  isSkippedElement,
  type ElementLike,
  type TextAttribute,
} from './rules';
