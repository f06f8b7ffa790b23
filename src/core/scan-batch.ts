/**
 * Scanning many short blocks at once: one scan over the blocks joined by a hard break costs a fraction of one scan
 * per block (a results page has thousands of titles, prices and seller names). The separator is the noncharacter
 * U+FFFF between line feeds: no term can span it, and it is not white space, which the folding of spaced-out letters
 * may step over (a property test checks the batch gives exactly the per-block findings).
 */
import type { Finding } from './findings';

// Made at run time: a bundler writes the character itself into the file, and Chrome refuses to load a content
// script holding a noncharacter (its UTF-8 check rejects them), which keeps the whole extension from loading.
const SEPARATOR = `\n${String.fromCharCode(0xffff)}\n`;

/**
 * Runs `scan` once over `texts` joined by the separator and gives each text its findings, with offsets into that
 * text (UTF-16, end exclusive). `scan` must give findings sorted by `start`, as `Scanner.scanText` does.
 */
export function scanJoined(texts: readonly string[], scan: (joined: string) => Finding[]): Finding[][] {
  const results: Finding[][] = texts.map(() => []);
  if (texts.length === 0) return results;
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + SEPARATOR.length;
  }
  for (const finding of scan(texts.join(SEPARATOR))) {
    // The last text starting at or before the finding.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= finding.start) low = middle;
      else high = middle - 1;
    }
    const start = finding.start - starts[low];
    const end = finding.end - starts[low];
    if (end > texts[low].length) continue; // would span a separator: never a finding of one block
    results[low].push({ ...finding, start, end });
  }
  return results;
}
