/**
 * Aho–Corasick automaton over a compressed alphabet, compiled once into flat typed arrays.
 *
 * Alphabet: `classOf[u]` maps every UTF-16 unit to a class; class 0 is "in no pattern" (it always leads back to the
 * root), classes 1..K-1 are the distinct units of the patterns.
 *
 * States are numbered breadth-first, so shallow states (where scanning spends most of its time) have small ids.
 * The first `denseStates` states have a full transition row (`dense[state * K + class]`, failure transitions already
 * folded in); deeper states keep only their trie edges (sorted by class) plus a failure link, and a transition from
 * them walks failure links until it finds an edge or reaches a dense state. That keeps memory bounded (rows for the
 * deep, mostly single-child states would cost K entries each) while the hot part of the table stays dense.
 *
 * `output[state]` is the longest pattern that ends at this state (a suffix of the state's string), or -1.
 *
 * Snapshot layout (`toSnapshot()`; platform byte order, which is little-endian on every engine RxLens runs in):
 *
 *   offset 0, Int32 × 8 header: magic 0x52584143 ("RXAC"), format 1, alphabetSize K, stateCount S,
 *                                denseStates D, edgeCount E, patternCount P, 0
 *   Uint16 × 65536   classOf
 *   Int32  × D·K     dense
 *   Int32  × S       fail
 *   Int32  × S       depth
 *   Int32  × S       output
 *   Int32  × S−D+1   edgeStart (edges of state D+j are edgeStart[j] .. edgeStart[j+1]−1)
 *   Int32  × E       edgeTarget
 *   Int32  × P       patternLength
 *   Uint16 × E       edgeClass, then zero padding to a multiple of 4 bytes
 */
import type { Match, Matcher } from './matcher';

const MAGIC = 0x52584143;
const FORMAT = 1;
const HEADER_WORDS = 8;
const ALPHABET_UNITS = 0x10000;
/** Default budget for dense rows: 512 Ki entries (2 MiB). */
const DEFAULT_DENSE_ENTRIES = 1 << 19;

export interface AutomatonOptions {
  /** Upper bound on dense transition entries (4 bytes each); the rest of the states use sparse edges. */
  denseEntries?: number;
}

interface AutomatonArrays {
  classOf: Uint16Array;
  alphabetSize: number;
  denseStates: number;
  dense: Int32Array;
  fail: Int32Array;
  depth: Int32Array;
  output: Int32Array;
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  edgeTarget: Int32Array;
  patternLength: Int32Array;
}

export class AhoCorasickMatcher implements Matcher {
  private readonly a: AutomatonArrays;

  private constructor(arrays: AutomatonArrays) {
    this.a = arrays;
  }

  /** Compiles `patterns` (non-empty strings, already folded) into an automaton. */
  static compile(patterns: readonly string[], options: AutomatonOptions = {}): AhoCorasickMatcher {
    return new AhoCorasickMatcher(buildAutomaton(patterns, options.denseEntries ?? DEFAULT_DENSE_ENTRIES));
  }

  /** Loads an automaton written by `toSnapshot()`. Throws on a buffer that is not one. */
  static fromSnapshot(bytes: Uint8Array): AhoCorasickMatcher {
    return new AhoCorasickMatcher(readSnapshot(bytes));
  }

  /** Number of automaton states (for measurements). */
  get stateCount(): number {
    return this.a.depth.length;
  }

  find(text: string): Match[] {
    const { classOf, alphabetSize, denseStates, dense, output, depth, patternLength } = this.a;
    const matches: Match[] = [];
    const n = text.length;
    let state = 0;
    let candidateStart = -1;
    let candidateEnd = -1;
    let candidatePattern = -1;
    for (let i = 0; i < n; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === 0) state = 0;
      else if (state < denseStates) state = dense[state * alphabetSize + c];
      else state = this.stepSparse(state, c);
      const pattern = output[state];
      if (pattern >= 0) {
        const end = i + 1;
        const start = end - patternLength[pattern];
        if (candidateStart < 0 || start < candidateStart || (start === candidateStart && end > candidateEnd)) {
          candidateStart = start;
          candidateEnd = end;
          candidatePattern = pattern;
        }
      }
      // Every match still to come starts at or after i + 1 - depth: once that passes the candidate's start, the
      // candidate is the leftmost-longest (so it is at the end of the text). Emit it and scan again from its end.
      if (candidateStart >= 0 && (i + 1 - depth[state] > candidateStart || i + 1 === n)) {
        matches.push({ start: candidateStart, end: candidateEnd, pattern: candidatePattern });
        i = candidateEnd - 1;
        state = 0;
        candidateStart = -1;
      }
    }
    return matches;
  }

  private stepSparse(from: number, c: number): number {
    const { denseStates, alphabetSize, dense, fail, edgeStart, edgeClass, edgeTarget } = this.a;
    let state = from;
    while (state >= denseStates) {
      const row = state - denseStates;
      for (let e = edgeStart[row], last = edgeStart[row + 1]; e < last; e++) {
        const edge = edgeClass[e];
        if (edge === c) return edgeTarget[e];
        if (edge > c) break;
      }
      state = fail[state];
    }
    return dense[state * alphabetSize + c];
  }

  /** The compiled automaton as bytes (layout in the file header); `fromSnapshot` loads it back. */
  toSnapshot(): Uint8Array {
    return writeSnapshot(this.a);
  }
}

function buildAutomaton(patterns: readonly string[], denseEntries: number): AutomatonArrays {
  const classOf = new Uint16Array(ALPHABET_UNITS);
  let alphabetSize = 1;
  for (const pattern of patterns) {
    if (pattern.length === 0) throw new Error('AhoCorasickMatcher: empty pattern');
    for (let i = 0; i < pattern.length; i++) {
      const u = pattern.charCodeAt(i);
      if (classOf[u] === 0) classOf[u] = alphabetSize++;
    }
  }
  if (alphabetSize > 0xffff) throw new Error('AhoCorasickMatcher: alphabet too large');

  // Trie with map children, in insertion order; renumbered breadth-first below.
  const children: Array<Map<number, number>> = [new Map()];
  const terminal: number[] = [-1];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = classOf[pattern.charCodeAt(i)];
      let next = children[state].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminal.push(-1);
        children[state].set(c, next);
      }
      state = next;
    }
    if (terminal[state] < 0) terminal[state] = index;
  });

  const stateCount = children.length;
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    const sorted = [...children[order[head]].entries()].sort((x, y) => x[0] - y[0]);
    for (const [, child] of sorted) order.push(child);
  }
  const newId = new Int32Array(stateCount);
  order.forEach((old, id) => (newId[old] = id));

  const denseStates = Math.max(1, Math.min(stateCount, Math.floor(denseEntries / alphabetSize)));
  const dense = new Int32Array(denseStates * alphabetSize);
  const fail = new Int32Array(stateCount);
  const depth = new Int32Array(stateCount);
  const output = new Int32Array(stateCount).fill(-1);
  const edgeStart = new Int32Array(stateCount - denseStates + 1);
  const edgeClasses: number[] = [];
  const edgeTargets: number[] = [];
  const patternLength = Int32Array.from(patterns, (p) => p.length);

  // Edges of every state in the new numbering, sorted by class.
  const edgesOf = (id: number): Array<[number, number]> =>
    [...children[order[id]].entries()].map(([c, old]): [number, number] => [c, newId[old]]).sort((x, y) => x[0] - y[0]);
  // Full transition function for states already processed (BFS order guarantees fail targets come first).
  const transition = (state: number, c: number): number => {
    let s = state;
    for (;;) {
      if (s < denseStates) return dense[s * alphabetSize + c];
      const next = children[order[s]].get(c);
      if (next !== undefined) return newId[next];
      s = fail[s];
    }
  };

  for (let id = 0; id < stateCount; id++) {
    const edges = edgesOf(id);
    const own = terminal[order[id]];
    output[id] = own >= 0 ? own : id === 0 ? -1 : output[fail[id]];
    for (const [c, child] of edges) {
      depth[child] = depth[id] + 1;
      fail[child] = id === 0 ? 0 : transition(fail[id], c);
    }
    if (id < denseStates) {
      const row = id * alphabetSize;
      if (id !== 0) dense.set(dense.subarray(fail[id] * alphabetSize, fail[id] * alphabetSize + alphabetSize), row);
      for (const [c, child] of edges) dense[row + c] = child;
    } else {
      edgeStart[id - denseStates] = edgeClasses.length;
      for (const [c, child] of edges) {
        edgeClasses.push(c);
        edgeTargets.push(child);
      }
    }
  }
  edgeStart[stateCount - denseStates] = edgeClasses.length;

  return {
    classOf,
    alphabetSize,
    denseStates,
    dense,
    fail,
    depth,
    output,
    edgeStart,
    edgeClass: Uint16Array.from(edgeClasses),
    edgeTarget: Int32Array.from(edgeTargets),
    patternLength,
  };
}

function writeSnapshot(a: AutomatonArrays): Uint8Array {
  const stateCount = a.depth.length;
  const header = Int32Array.of(
    MAGIC, FORMAT, a.alphabetSize, stateCount, a.denseStates, a.edgeTarget.length, a.patternLength.length, 0,
  );
  const parts: ArrayBufferView[] = [
    header, a.classOf, a.dense, a.fail, a.depth, a.output, a.edgeStart, a.edgeTarget, a.patternLength, a.edgeClass,
  ];
  const size = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const bytes = new Uint8Array(size + ((4 - (size % 4)) % 4));
  let offset = 0;
  for (const part of parts) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += part.byteLength;
  }
  return bytes;
}

function readSnapshot(input: Uint8Array): AutomatonArrays {
  // Typed-array views need 4-byte alignment; copy when the caller's view is not aligned.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const { buffer, byteOffset } = bytes;
  if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('AhoCorasickMatcher: snapshot too short');
  const header = new Int32Array(buffer, byteOffset, HEADER_WORDS);
  const [magic, format, alphabetSize, stateCount, denseStates, edgeCount, patternCount] = header;
  if (magic !== MAGIC || format !== FORMAT) throw new Error('AhoCorasickMatcher: not an automaton snapshot');
  let offset = byteOffset + HEADER_WORDS * 4;
  const expected =
    HEADER_WORDS * 4 +
    ALPHABET_UNITS * 2 +
    4 * (denseStates * alphabetSize + 3 * stateCount + stateCount - denseStates + 1 + edgeCount + patternCount) +
    2 * edgeCount;
  if (bytes.byteLength < expected) throw new Error('AhoCorasickMatcher: snapshot truncated');
  const take16 = (count: number): Uint16Array => {
    const view = new Uint16Array(buffer, offset, count);
    offset += count * 2;
    return view;
  };
  const take32 = (count: number): Int32Array => {
    const view = new Int32Array(buffer, offset, count);
    offset += count * 4;
    return view;
  };
  const classOf = take16(ALPHABET_UNITS);
  const dense = take32(denseStates * alphabetSize);
  const fail = take32(stateCount);
  const depth = take32(stateCount);
  const output = take32(stateCount);
  const edgeStart = take32(stateCount - denseStates + 1);
  const edgeTarget = take32(edgeCount);
  const patternLength = take32(patternCount);
  const edgeClass = take16(edgeCount);
  return { classOf, alphabetSize, denseStates, dense, fail, depth, output, edgeStart, edgeClass, edgeTarget, patternLength };
}
