/**
 * The least a tree has to offer for text extraction. A browser `Node` and a linkedom node both satisfy it, so the
 * content script and the CLI walk pages with the same rules and core stays free of DOM types.
 * `N` is the tree's own node type (`Node` in a browser), so results hand back the caller's nodes.
 */
export interface ExtractNode<N extends ExtractNode<N>> {
  /** 1 element, 3 text, 9 document, 11 document fragment; anything else (comments, doctype) carries no text. */
  readonly nodeType: number;
  /** Tag name for elements, in any case ("DIV" in HTML documents, "foreignObject" in SVG). */
  readonly nodeName: string;
  readonly firstChild: N | null;
  readonly nextSibling: N | null;
  /** Text content of a text node. */
  readonly data?: string;
  /** Attribute value of an element, `null` when absent. */
  getAttribute?(name: string): string | null;
}

/** Node types that matter to extraction (values of the DOM's `Node.*_NODE` constants). */
export const NODE_TYPE = { element: 1, text: 3, document: 9, documentFragment: 11 } as const;
