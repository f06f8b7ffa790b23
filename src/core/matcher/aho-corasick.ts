/**
 * Aho–Corasick automaton over a compressed alphabet, compiled once into flat typed arrays.
 *
 * Alphabet: `classOf[u]` maps every UTF-16 unit to a class; class 0 is "in no pattern" (it always leads back to the
 * root); classes 1..K-1 are the distinct units of the patterns, numbered by how often the patterns use them, so the
 * first H ("hot") classes are the letters most text is made of.
 *
 * States are numbered breadth-first, so shallow states (where scanning spends most of its time) have small ids.
 * The first D states have a dense row over the hot classes: `dense[state * H + class]` is the next state with
 * failure transitions already folded in. Every state also keeps its trie edges (sorted by class) and a failure
 * link; a transition that has no dense entry (a deep state, or a rare class such as a Han character) walks failure
 * links until it finds an edge or reaches a dense row. That bounds memory (a full row for each of 30,000 mostly
 * single-child states would cost K entries each) while the hot part of the table stays dense.
 *
 * Transition targets (dense entries and edge targets) are stored as `~state` when that state ends a pattern, so the
 * scan loop learns about matches from the sign of the value it already loaded. `output[state]` is the longest
 * pattern that is a suffix of the state's string, or -1; `shorterOutput[pattern]` is the longest pattern that is a
 * proper suffix of that pattern, or -1, so that when verification refuses a candidate the scan can find the shorter
 * patterns ending at the same offset.
 *
 * Snapshot layout (`toSnapshot()`; platform byte order, which is little-endian on every engine RxLens runs in):
 *
 *   offset 0, Int32 × 8 header: magic 0x52584143 ("RXAC"), format 3, alphabetSize K, hotClasses H,
 *                                stateCount S, denseStates D, edgeCount E, patternCount P
 *   Uint16 × 65536   classOf
 *   Int32  × D·H     dense            (encoded targets)
 *   Int32  × S       fail             (plain state ids)
 *   Int32  × S       depth
 *   Int32  × S       output
 *   Int32  × S+1     edgeStart        (edges of state s are edgeStart[s] .. edgeStart[s+1]−1)
 *   Int32  × E       edgeTarget       (encoded targets)
 *   Int32  × P       patternLength
 *   Int32  × P       shorterOutput
 *   Uint16 × E       edgeClass, then zero padding to a multiple of 4 bytes
 */
import type { AcceptMatch, Match, Matcher } from './matcher';
import { runSteps, type Steps } from './stepwise';

const MAGIC = 0x52584143;
const FORMAT = 3;
const HEADER_WORDS = 8;
const ALPHABET_UNITS = 0x10000;
/** Width of the dense rows: enough for the Latin letters, digits and separators of the terms. */
const DEFAULT_HOT_CLASSES = 48;
/** Default budget for dense entries: 640 Ki entries (2.5 MiB), which keeps ~5,000 terms under 4 MiB in all. */
const DEFAULT_DENSE_ENTRIES = 640 * 1024;

export interface AutomatonOptions {
  /** Upper bound on dense transition entries (4 bytes each). */
  denseEntries?: number;
  /** Width of the dense rows in classes (the most frequent ones). */
  hotClasses?: number;
}

/** The compiled arrays (layout above); read-only for scans that feed the automaton units of their own. */
export interface AutomatonArrays {
  classOf: Uint16Array;
  alphabetSize: number;
  hotClasses: number;
  denseStates: number;
  dense: Int32Array;
  fail: Int32Array;
  depth: Int32Array;
  output: Int32Array;
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  edgeTarget: Int32Array;
  patternLength: Int32Array;
  shorterOutput: Int32Array;
}

export class AhoCorasickMatcher implements Matcher {
  private readonly a: AutomatonArrays;

  private constructor(arrays: AutomatonArrays) {
    this.a = arrays;
  }

  /** Compiles `patterns` (non-empty strings, already folded) into an automaton. */
  static compile(patterns: readonly string[], options: AutomatonOptions = {}): AhoCorasickMatcher {
    return runSteps(AhoCorasickMatcher.compileSteps(patterns, options));
  }

  /** `compile` as steps with checkpoints a few milliseconds apart (see `stepwise.ts`). */
  static *compileSteps(patterns: readonly string[], options: AutomatonOptions = {}): Steps<AhoCorasickMatcher> {
    const denseEntries = options.denseEntries ?? DEFAULT_DENSE_ENTRIES;
    const hotClasses = options.hotClasses ?? DEFAULT_HOT_CLASSES;
    return new AhoCorasickMatcher(yield* buildAutomaton(patterns, denseEntries, hotClasses));
  }

  /** Loads an automaton written by `toSnapshot()`. Throws on a buffer that is not one. */
  static fromSnapshot(bytes: Uint8Array): AhoCorasickMatcher {
    return new AhoCorasickMatcher(readSnapshot(bytes));
  }

  /** The compiled arrays, for scans that produce their units on the fly (`screen.ts`); never to be written. */
  get tables(): Readonly<AutomatonArrays> {
    return this.a;
  }

  /** Number of automaton states (for measurements). */
  get stateCount(): number {
    return this.a.depth.length;
  }

  find(text: string, accept?: AcceptMatch): Match[] {
    const { classOf, hotClasses, denseStates, dense, output, depth, patternLength, shorterOutput } = this.a;
    const matches: Match[] = [];
    const n = text.length;
    let state = 0;
    let candidateStart = -1;
    let candidateEnd = -1;
    let candidatePattern = -1;
    // After `accept` refused a candidate: matches starting at `refusedStart` must end before `refusedEnd`.
    let refusedStart = -1;
    let refusedEnd = 0;
    for (let i = 0; i < n; i++) {
      const c = classOf[text.charCodeAt(i)];
      let next = c < hotClasses && state < denseStates ? dense[state * hotClasses + c] : stepSlow(this.a, state, c);
      if (next < 0) {
        next = ~next;
        const end = i + 1;
        let pattern = output[next];
        let start = end - patternLength[pattern];
        while (start === refusedStart && end >= refusedEnd && pattern >= 0) {
          pattern = shorterOutput[pattern];
          start = pattern >= 0 ? end - patternLength[pattern] : -1;
        }
        if (pattern >= 0 && (candidateStart < 0 || start < candidateStart || (start === candidateStart && end > candidateEnd))) {
          candidateStart = start;
          candidateEnd = end;
          candidatePattern = pattern;
        }
      }
      state = next;
      // Every match still to come starts at or after i + 1 - depth: once that passes the candidate's start (or the
      // text ends), the candidate is the leftmost-longest. Emit it and scan again from its end; when `accept`
      // refuses it, scan again from its start, now only for shorter matches there or later starts.
      if (candidateStart >= 0 && (i + 1 - depth[state] > candidateStart || i + 1 === n)) {
        const match = { start: candidateStart, end: candidateEnd, pattern: candidatePattern };
        if (accept === undefined || accept(match)) {
          matches.push(match);
          i = candidateEnd - 1;
        } else {
          refusedStart = candidateStart;
          refusedEnd = candidateEnd;
          i = candidateStart - 1;
        }
        state = 0;
        candidateStart = -1;
      }
    }
    return matches;
  }

  /** The compiled automaton as bytes (layout in the file header); `fromSnapshot` loads it back. */
  toSnapshot(): Uint8Array {
    return writeSnapshot(this.a);
  }
}

/**
 * A transition without a dense entry: trie edges, then failure links down to a dense row. Returns an encoded target
 * (negative when the state ends a pattern).
 */
export function stepSlow(a: Readonly<AutomatonArrays>, from: number, c: number): number {
  if (c === 0) return 0;
  const { hotClasses, denseStates, dense, fail, edgeStart, edgeClass, edgeTarget } = a;
  let state = from;
  for (;;) {
    if (c < hotClasses && state < denseStates) return dense[state * hotClasses + c];
    for (let e = edgeStart[state], last = edgeStart[state + 1]; e < last; e++) {
      const edge = edgeClass[e];
      if (edge === c) return edgeTarget[e];
      if (edge > c) break;
    }
    if (state === 0) return 0;
    state = fail[state];
  }
}

/** Patterns or states handled between two checkpoints of the build. */
const STEP_SIZE = 2048;

function* buildAutomaton(patterns: readonly string[], denseEntries: number, hotLimit: number): Steps<AutomatonArrays> {
  // Classes by frequency of use in the patterns, most used first.
  const frequency = new Int32Array(ALPHABET_UNITS);
  let totalUnits = 0;
  for (const pattern of patterns) {
    if (pattern.length === 0) throw new Error('AhoCorasickMatcher: empty pattern');
    for (let i = 0; i < pattern.length; i++) frequency[pattern.charCodeAt(i)]++;
    totalUnits += pattern.length;
  }
  const used: number[] = [];
  for (let u = 0; u < ALPHABET_UNITS; u++) if (frequency[u] > 0) used.push(u);
  used.sort((x, y) => frequency[y] - frequency[x] || x - y);
  const classOf = new Uint16Array(ALPHABET_UNITS);
  used.forEach((unit, index) => (classOf[unit] = index + 1));
  const alphabetSize = used.length + 1;
  if (alphabetSize > 0xffff) throw new Error('AhoCorasickMatcher: alphabet too large');
  const hotClasses = Math.min(alphabetSize, Math.max(1, hotLimit));

  // Trie built from the patterns in class order, so every node's children are appended in class order.
  const classText = patterns.map((pattern) => {
    const classes = new Uint16Array(pattern.length);
    for (let i = 0; i < pattern.length; i++) classes[i] = classOf[pattern.charCodeAt(i)];
    return classes;
  });
  yield;
  const sorted = patterns.map((_, index) => index).sort((x, y) => compareClasses(classText[x], classText[y]) || x - y);
  yield;
  const capacity = totalUnits + 1;
  const nodeClass = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const terminal = new Int32Array(capacity).fill(-1);
  let nodeCount = 1;
  const path = new Int32Array(capacity + 1); // path[d]: node at depth d along the previous pattern
  let previous: Uint16Array = new Uint16Array(0);
  for (let k = 0; k < sorted.length; k++) {
    if (k % STEP_SIZE === STEP_SIZE - 1) yield;
    const index = sorted[k];
    const word = classText[index];
    let shared = 0;
    while (shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
    for (let d = shared; d < word.length; d++) {
      const parent = path[d];
      const node = nodeCount++;
      nodeClass[node] = word[d];
      if (lastChild[parent] < 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]] = node;
      lastChild[parent] = node;
      path[d + 1] = node;
    }
    const end = path[word.length];
    if (terminal[end] < 0 || index < terminal[end]) terminal[end] = index;
    previous = word;
  }

  yield;
  // Breadth-first numbering: order[id] is the trie node of state id.
  const stateCount = nodeCount;
  const order = new Int32Array(stateCount);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (let child = firstChild[order[head]]; child >= 0; child = nextSibling[child]) order[tail++] = child;
  }

  const denseStates = Math.max(1, Math.min(stateCount, Math.floor(denseEntries / hotClasses)));
  const dense = new Int32Array(denseStates * hotClasses);
  const fail = new Int32Array(stateCount);
  const depth = new Int32Array(stateCount);
  const output = new Int32Array(stateCount).fill(-1);
  const edgeStart = new Int32Array(stateCount + 1);
  const edgeCount = stateCount - 1;
  const edgeClass = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const patternLength = Int32Array.from(patterns, (p) => p.length);
  const shorterOutput = new Int32Array(patterns.length).fill(-1);

  // Plain (unencoded) transition from a state whose row or edges are already written; breadth-first order writes
  // every failure target before the states that need it.
  const transition = (from: number, c: number): number => {
    let state = from;
    for (;;) {
      if (c < hotClasses && state < denseStates) return dense[state * hotClasses + c];
      for (let e = edgeStart[state], last = edgeStart[state + 1]; e < last; e++) {
        if (edgeClass[e] === c) return edgeTarget[e];
        if (edgeClass[e] > c) break;
      }
      if (state === 0) return 0;
      state = fail[state];
    }
  };

  // Children of state id get the next ids in breadth-first order, in class order.
  let nextId = 1;
  let edge = 0;
  for (let id = 0; id < stateCount; id++) {
    if (id % STEP_SIZE === STEP_SIZE - 1) yield;
    const node = order[id];
    output[id] = terminal[node] >= 0 ? terminal[node] : id === 0 ? -1 : output[fail[id]];
    if (terminal[node] >= 0 && id !== 0) shorterOutput[terminal[node]] = output[fail[id]];
    const row = id * hotClasses;
    if (id < denseStates && id !== 0) dense.copyWithin(row, fail[id] * hotClasses, fail[id] * hotClasses + hotClasses);
    edgeStart[id] = edge;
    for (let childNode = firstChild[node]; childNode >= 0; childNode = nextSibling[childNode]) {
      const c = nodeClass[childNode];
      const child = nextId++;
      depth[child] = depth[id] + 1;
      fail[child] = id === 0 ? 0 : transition(fail[id], c);
      edgeClass[edge] = c;
      edgeTarget[edge++] = child;
      if (id < denseStates && c < hotClasses) dense[row + c] = child;
    }
  }
  edgeStart[stateCount] = edge;
  yield;
  // Targets are encoded last: a child's output is only known once the child itself has been processed.
  for (let e = 0; e < edgeCount; e++) if (output[edgeTarget[e]] >= 0) edgeTarget[e] = ~edgeTarget[e];
  for (let e = 0; e < dense.length; e++) if (output[dense[e]] >= 0) dense[e] = ~dense[e];

  return {
    classOf,
    alphabetSize,
    hotClasses,
    denseStates,
    dense,
    fail,
    depth,
    output,
    edgeStart,
    edgeClass,
    edgeTarget,
    patternLength,
    shorterOutput,
  };
}

function compareClasses(x: Uint16Array, y: Uint16Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function writeSnapshot(a: AutomatonArrays): Uint8Array {
  const stateCount = a.depth.length;
  const header = Int32Array.of(
    MAGIC, FORMAT, a.alphabetSize, a.hotClasses, stateCount, a.denseStates, a.edgeTarget.length, a.patternLength.length,
  );
  const parts: ArrayBufferView[] = [
    header, a.classOf, a.dense, a.fail, a.depth, a.output, a.edgeStart, a.edgeTarget, a.patternLength, a.shorterOutput, a.edgeClass,
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
  const [magic, format, alphabetSize, hotClasses, stateCount, denseStates, edgeCount, patternCount] = header;
  if (magic !== MAGIC || format !== FORMAT) throw new Error('AhoCorasickMatcher: not an automaton snapshot');
  let offset = byteOffset + HEADER_WORDS * 4;
  const expected =
    HEADER_WORDS * 4 +
    ALPHABET_UNITS * 2 +
    4 * (denseStates * hotClasses + 4 * stateCount + 1 + edgeCount + 2 * patternCount) +
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
  const dense = take32(denseStates * hotClasses);
  const fail = take32(stateCount);
  const depth = take32(stateCount);
  const output = take32(stateCount);
  const edgeStart = take32(stateCount + 1);
  const edgeTarget = take32(edgeCount);
  const patternLength = take32(patternCount);
  const shorterOutput = take32(patternCount);
  const edgeClass = take16(edgeCount);
  return {
    classOf,
    alphabetSize,
    hotClasses,
    denseStates,
    dense,
    fail,
    depth,
    output,
    edgeStart,
    edgeClass,
    edgeTarget,
    patternLength,
    shorterOutput,
  };
}
