/**
 * The working buffer of the folding steps: folded UTF-16 units, for each the offset of the original character it
 * came from, and its `FoldFlag` bits. Separator skipping filters it in place.
 */
export interface FoldBuffer {
  units: Uint16Array;
  /** `map[i]`: UTF-16 offset in the original text of the character folded unit `i` came from. */
  map: Int32Array;
  flags: Uint8Array;
  length: number;
}

export function createFoldBuffer(capacity: number): FoldBuffer {
  return { units: new Uint16Array(capacity), map: new Int32Array(capacity + 1), flags: new Uint8Array(capacity), length: 0 };
}

/**
 * Makes room for `extra` more units after the first `buffer.length` (expansions such as "ﬁ" → "fi" can outgrow the
 * original length). Folding reuses one buffer for every text, since allocating three typed arrays per block of text
 * costs more than folding it.
 */
export function reserve(buffer: FoldBuffer, extra: number): void {
  const needed = buffer.length + extra;
  if (needed <= buffer.units.length) return;
  const capacity = Math.max(needed, buffer.units.length * 2);
  const units = new Uint16Array(capacity);
  const map = new Int32Array(capacity + 1);
  const flags = new Uint8Array(capacity);
  units.set(buffer.units.subarray(0, buffer.length));
  map.set(buffer.map.subarray(0, buffer.length));
  flags.set(buffer.flags.subarray(0, buffer.length));
  buffer.units = units;
  buffer.map = map;
  buffer.flags = flags;
}
