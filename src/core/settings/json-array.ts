/**
 * Splits the text of a JSON array into its elements, each with the 1-based line it starts on, without parsing the
 * whole document first: one broken element is reported on its line and the others are still read.
 */

export interface JsonElement {
  line: number;
  /** The element's source text, to hand to `JSON.parse`. */
  text: string;
}

export interface JsonArraySplit {
  elements: JsonElement[];
  errors: { line: number; message: string }[];
}

/**
 * @example splitJsonArray('[\n  "a",\n  {"b": [1, 2]}\n]').elements // [{ line: 2, text: '"a"' }, { line: 3, text: '{"b": [1, 2]}' }]
 */
export function splitJsonArray(text: string): JsonArraySplit {
  const elements: JsonElement[] = [];
  const errors: JsonArraySplit['errors'] = [];
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < text.length && /[\s\uFEFF]/.test(text[i])) if (text[i++] === '\n') line++;
  };
  skipSpace();
  if (text[i] !== '[') {
    errors.push({ line, message: 'a JSON list must start with [' });
    return { elements, errors };
  }
  i++;
  for (;;) {
    skipSpace();
    if (i >= text.length) {
      errors.push({ line, message: 'the list is not closed with ]' });
      return { elements, errors };
    }
    if (text[i] === ']') break;
    const startLine = line;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    elements.push({ line: startLine, text: text.slice(start, i).trim() });
    if (text[i] === ',') i++;
  }
  i++;
  skipSpace();
  if (i < text.length) errors.push({ line, message: 'unexpected text after the closing ]' });
  return { elements, errors };
}
