/**
 * Aho–Corasick automaton over a compressed alphabet, compiled once into flat typed arrays.
 *
 * Alphabet: `classOf[u]` maps every UTF-16 unit to a class; class 0 is "in no pattern" (it always leads back to the
 * root); classes 1..K-1 are the distinct units of the patterns, ASCII letters and digits first, then by how often the
 * patterns use them, so the first H ("hot") classes are the characters most text is made of.
 *
 * The D shallowest states (breadth-first) have a dense row over the hot classes: `dense[state * H + class]` is the
 * next state with failure transitions already folded in, 16 bits wide while the states fit. Every state also keeps
 * its trie edges (sorted by class) and a failure link; a transition that has no dense entry (a deep state, or a rare
 * class such as a Han character) walks failure links until it finds an edge or reaches a dense row. That bounds
 * memory while the hot part of the table stays dense.
 *
 * States are numbered so that one comparison tells the scan loop what it needs: first the states with a dense row
 * that end no pattern (below `plainStates`), then those with a row that do (below `denseStates`), then the states
 * without a row. `output[state]` is the longest pattern that is a suffix of the state's string, or -1;
 * `shorterOutput[pattern]` is the longest pattern that is a proper suffix of that pattern, or -1, so that when
 * verification refuses a candidate the scan can find the shorter patterns ending at the same offset.
 *
 * The snapshot (`toSnapshot()`) holds only the automaton's shape: the alphabet, the trie in breadth-first order
 * (each state's child count and the class of each edge; edge e leads to state e + 1), the failure links, the states
 * that end a pattern and the pattern lengths. Loading it rebuilds the rest (dense rows, outputs, depths) in one linear
 * pass, the same pass that ends a compile, so a snapshot is about a tenth of the memory it expands to.
 *
 * Layout (platform byte order, which is little-endian on every engine RxLens runs in):
 *
 *   offset 0, Int32 × 8 header: magic 0x52584143 ("RXAC"), format 4, alphabetSize K, hotClasses H,
 *                                stateCount S, denseStates D, terminalCount T, patternCount P
 *   Int32  × S       fail
 *   Int32  × 2T      (state, pattern) of every state that ends a pattern (the lowest pattern index)
 *   Int32  × P       patternLength
 *   Uint16 × K−1     units: the UTF-16 unit of each class 1..K−1
 *   Uint16 × S       childCount
 *   Uint16 × S−1     edgeClass, then zero padding to a multiple of 4 bytes
 */
import type { AcceptMatch, Match, Matcher } from './matcher';
import { runSteps, type Steps } from './stepwise';

const MAGIC = 0x52584143;
const FORMAT = 4;
const HEADER_WORDS = 8;
const ALPHABET_UNITS = 0x10000;
/**
 * Width of the dense rows: the Latin letters, digits and separators the terms use most. Narrower rows leave room for
 * more of them in the same budget: on the bench cards 40 screened and matched a few per cent faster than 48.
 */
const DEFAULT_HOT_CLASSES = 40;
/**
 * What the compiled arrays may take in all, by default: the dense rows get what the other arrays leave (every state
 * of the shipped lexicon gets one).
 */
const MEMORY_BUDGET = 4 * 1024 * 1024;

export interface AutomatonOptions {
  /**
   * Upper bound on dense transition entries (2 bytes each; 4 for automata of over 65,536 states). By default, what
   * keeps the automaton within 4 MiB.
   */
  denseEntries?: number;
  /** Width of the dense rows in classes (the most frequent ones). */
  hotClasses?: number;
}

/** The compiled arrays (layout above); read-only for scans that feed the automaton units of their own. */
export interface AutomatonArrays {
  classOf: Uint16Array;
  alphabetSize: number;
  hotClasses: number;
  /** States below this have a dense row and end no pattern. */
  plainStates: number;
  /** States below this have a dense row. */
  denseStates: number;
  dense: Uint16Array | Uint32Array;
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
    const hotClasses = options.hotClasses ?? DEFAULT_HOT_CLASSES;
    const shape = yield* buildShape(patterns, hotClasses);
    const denseEntries = options.denseEntries ?? denseEntriesWithin(MEMORY_BUDGET, shape);
    yield;
    return new AhoCorasickMatcher(expand(shape, Math.floor(denseEntries / shape.hotClasses)));
  }

  /** Loads an automaton written by `toSnapshot()`. Throws on a buffer that is not one. */
  static fromSnapshot(bytes: Uint8Array): AhoCorasickMatcher {
    const { shape, denseStates } = readSnapshot(bytes);
    return new AhoCorasickMatcher(expand(shape, denseStates));
  }

  /** Bytes of the compiled arrays in memory (the snapshot is smaller: see the file header). */
  get byteLength(): number {
    const { classOf, dense, fail, depth, output, edgeStart, edgeClass, edgeTarget, patternLength, shorterOutput } = this.a;
    return [classOf, dense, fail, depth, output, edgeStart, edgeClass, edgeTarget, patternLength, shorterOutput].reduce(
      (sum, array) => sum + array.byteLength,
      0,
    );
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
    const { classOf, hotClasses, plainStates, denseStates, dense, output, depth, patternLength, shorterOutput } = this.a;
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
      // The common case, in a loop of its own: no candidate yet, and a dense step to a state that ends no pattern.
      if (candidateStart < 0 && state < denseStates) {
        while (i < n) {
          const c = classOf[text.charCodeAt(i)];
          if (c >= hotClasses) break;
          const next = dense[state * hotClasses + c];
          if (next >= plainStates) break;
          state = next;
          i++;
        }
        if (i === n) break;
      }
      const c = classOf[text.charCodeAt(i)];
      const next = c < hotClasses && state < denseStates ? dense[state * hotClasses + c] : stepSlow(this.a, state, c);
      if (next >= plainStates && output[next] >= 0) {
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

/** A transition without a dense entry: trie edges, then failure links down to a dense row. */
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

/**
 * Dense entries that fit in `budget` bytes beside the other arrays: `classOf`, 22 bytes a state (failure link, depth,
 * output, edge start, edge class and target) and 8 a pattern (length, shorter output).
 */
function denseEntriesWithin(budget: number, shape: AutomatonShape): number {
  const states = shape.childCount.length;
  const others = ALPHABET_UNITS * 2 + states * 22 + shape.patternLength.length * 8;
  return Math.max(0, Math.floor((budget - others) / (states <= 0x10000 ? 2 : 4)));
}

/** Patterns or states handled between two checkpoints of the build. */
const STEP_SIZE = 2048;

/** What a snapshot holds; `expand` turns it into the arrays a scan reads. */
interface AutomatonShape {
  /** `units[k]`: the UTF-16 unit of class k + 1. */
  units: Uint16Array;
  hotClasses: number;
  childCount: Uint16Array;
  /** Class of each edge; the edges of a state are its children in class order, and edge e leads to state e + 1. */
  edgeClass: Uint16Array;
  fail: Int32Array;
  /** The lowest pattern index ending exactly at each state, or -1. */
  terminal: Int32Array;
  patternLength: Int32Array;
}

function* buildShape(patterns: readonly string[], hotLimit: number): Steps<AutomatonShape> {
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
  // ASCII letters and digits first: whatever the terms use, page text is mostly made of them (prices, counts), and a
  // unit without a dense column costs a slow step.
  const asciiAlphanumeric = (u: number): number => (/[0-9a-z]/i.test(String.fromCharCode(u)) ? 1 : 0);
  used.sort((x, y) => asciiAlphanumeric(y) - asciiAlphanumeric(x) || frequency[y] - frequency[x] || x - y);
  if (used.length + 1 > 0xffff) throw new Error('AhoCorasickMatcher: alphabet too large');
  const classOf = new Uint16Array(ALPHABET_UNITS);
  used.forEach((unit, index) => (classOf[unit] = index + 1));

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
  const nodeTerminal = new Int32Array(capacity).fill(-1);
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
    if (nodeTerminal[end] < 0 || index < nodeTerminal[end]) nodeTerminal[end] = index;
    previous = word;
  }
  yield;

  // Breadth-first numbering (order[id] is the trie node of state id), edges in the same order, failure links.
  const stateCount = nodeCount;
  const childCount = new Uint16Array(stateCount);
  const edgeClass = new Uint16Array(stateCount - 1);
  const edgeStart = new Int32Array(stateCount + 1);
  const fail = new Int32Array(stateCount);
  const terminal = new Int32Array(stateCount);
  const rootNext = new Int32Array(used.length + 1); // the root's transitions, so failure walks end in one read
  // The transition from a state whose edges are already numbered: breadth-first order numbers every failure target
  // before the states that need it.
  const transition = (from: number, c: number): number => {
    for (let state = from; state !== 0; state = fail[state]) {
      for (let e = edgeStart[state], last = e + childCount[state]; e < last; e++) {
        if (edgeClass[e] === c) return e + 1;
        if (edgeClass[e] > c) break;
      }
    }
    return rootNext[c];
  };
  const order = new Int32Array(stateCount);
  let edge = 0;
  for (let id = 0, tail = 1; id < stateCount; id++) {
    if (id % STEP_SIZE === STEP_SIZE - 1) yield;
    const node = order[id];
    terminal[id] = nodeTerminal[node];
    edgeStart[id] = edge;
    for (let child = firstChild[node]; child >= 0; child = nextSibling[child]) {
      const c = nodeClass[child];
      const state = tail++;
      order[state] = child;
      fail[state] = id === 0 ? 0 : transition(fail[id], c);
      if (id === 0) rootNext[c] = state;
      edgeClass[edge++] = c;
      childCount[id]++;
    }
  }
  return {
    units: Uint16Array.from(used),
    hotClasses: Math.min(used.length + 1, Math.max(1, hotLimit)),
    childCount,
    edgeClass,
    fail,
    terminal,
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
}

/**
 * The arrays a scan reads, from the shape: the `denseLimit` shallowest states get a dense row, and states are
 * numbered as the file header says (breadth-first within each group), so the root stays 0.
 */
function expand(shape: AutomatonShape, denseLimit: number): AutomatonArrays {
  const { units, hotClasses, childCount, edgeClass: shapeEdgeClass, fail: shapeFail, terminal, patternLength } = shape;
  const stateCount = childCount.length;
  const classOf = new Uint16Array(ALPHABET_UNITS);
  units.forEach((unit, index) => (classOf[unit] = index + 1));
  const denseStates = Math.max(1, Math.min(stateCount, denseLimit));
  // In breadth-first numbering (the shape's): outputs (a failure link always points to an earlier state), where
  // each state's edges start (edge e leads to state e + 1), and the new number of each state.
  const shapeOutput = new Int32Array(stateCount).fill(-1);
  const shorterOutput = new Int32Array(patternLength.length).fill(-1);
  for (let s = 1; s < stateCount; s++) {
    shapeOutput[s] = terminal[s] >= 0 ? terminal[s] : shapeOutput[shapeFail[s]];
    if (terminal[s] >= 0) shorterOutput[terminal[s]] = shapeOutput[shapeFail[s]];
  }
  const shapeEdgeStart = new Int32Array(stateCount + 1);
  for (let s = 0; s < stateCount; s++) shapeEdgeStart[s + 1] = shapeEdgeStart[s] + childCount[s];
  const numberOf = new Int32Array(stateCount);
  let next = 0;
  for (let s = 0; s < denseStates; s++) if (shapeOutput[s] < 0) numberOf[s] = next++;
  const plainStates = next;
  for (let s = 0; s < denseStates; s++) if (shapeOutput[s] >= 0) numberOf[s] = next++;
  for (let s = denseStates; s < stateCount; s++) numberOf[s] = next++;

  const fail = new Int32Array(stateCount);
  const depth = new Int32Array(stateCount);
  const output = new Int32Array(stateCount);
  const edgeStart = new Int32Array(stateCount + 1);
  const edgeClass = new Uint16Array(stateCount - 1);
  const edgeTarget = new Int32Array(stateCount - 1);
  const stateOf = new Int32Array(stateCount); // the inverse of numberOf
  for (let s = 0; s < stateCount; s++) stateOf[numberOf[s]] = s;
  // Edges in the new order, so that a state's edges run from edgeStart[state] to edgeStart[state + 1].
  let edge = 0;
  for (let state = 0; state < stateCount; state++) {
    const s = stateOf[state];
    fail[state] = numberOf[shapeFail[s]];
    output[state] = shapeOutput[s];
    edgeStart[state] = edge;
    for (let e = shapeEdgeStart[s]; e < shapeEdgeStart[s + 1]; e++, edge++) {
      edgeClass[edge] = shapeEdgeClass[e];
      edgeTarget[edge] = numberOf[e + 1];
    }
  }
  edgeStart[stateCount] = edge;
  // Depths and dense rows in breadth-first order: a row starts as its failure state's row (failure transitions
  // folded in; that state is shallower, so its row is done), then takes its own edges.
  const dense = stateCount <= 0x10000 ? new Uint16Array(denseStates * hotClasses) : new Uint32Array(denseStates * hotClasses);
  for (let s = 0; s < stateCount; s++) {
    const state = numberOf[s];
    for (let e = shapeEdgeStart[s]; e < shapeEdgeStart[s + 1]; e++) depth[numberOf[e + 1]] = depth[state] + 1;
    if (s >= denseStates) continue;
    const row = state * hotClasses;
    if (s !== 0) dense.copyWithin(row, fail[state] * hotClasses, fail[state] * hotClasses + hotClasses);
    for (let e = shapeEdgeStart[s]; e < shapeEdgeStart[s + 1]; e++) {
      if (shapeEdgeClass[e] < hotClasses) dense[row + shapeEdgeClass[e]] = numberOf[e + 1];
    }
  }
  return {
    classOf,
    alphabetSize: units.length + 1,
    hotClasses,
    plainStates,
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
  const units = new Uint16Array(a.alphabetSize - 1);
  for (let u = 0; u < ALPHABET_UNITS; u++) if (a.classOf[u] > 0) units[a.classOf[u] - 1] = u;
  // The shape is written in breadth-first order, children in class order: walking the edges that way numbers the
  // states as the compile did.
  const order = new Int32Array(stateCount); // order[s]: the state numbered s breadth-first
  const numberOf = new Int32Array(stateCount);
  const childCount = new Uint16Array(stateCount);
  const edgeClass = new Uint16Array(stateCount - 1);
  for (let s = 0, tail = 1; s < stateCount; s++) {
    const state = order[s];
    childCount[s] = a.edgeStart[state + 1] - a.edgeStart[state];
    for (let e = a.edgeStart[state]; e < a.edgeStart[state + 1]; e++) {
      edgeClass[tail - 1] = a.edgeClass[e];
      numberOf[a.edgeTarget[e]] = tail;
      order[tail++] = a.edgeTarget[e];
    }
  }
  const fail = Int32Array.from(order, (state) => numberOf[a.fail[state]]);
  // A state ends a pattern itself when its output is as long as the state is deep.
  const terminals: number[] = [];
  for (let s = 1; s < stateCount; s++) {
    const pattern = a.output[order[s]];
    if (pattern >= 0 && a.patternLength[pattern] === a.depth[order[s]]) terminals.push(s, pattern);
  }
  const header = Int32Array.of(
    MAGIC, FORMAT, a.alphabetSize, a.hotClasses, stateCount, a.denseStates, terminals.length / 2, a.patternLength.length,
  );
  const parts: ArrayBufferView[] = [header, fail, Int32Array.from(terminals), a.patternLength, units, childCount, edgeClass];
  const size = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const bytes = new Uint8Array(size + ((4 - (size % 4)) % 4));
  let offset = 0;
  for (const part of parts) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += part.byteLength;
  }
  return bytes;
}

function readSnapshot(input: Uint8Array): { shape: AutomatonShape; denseStates: number } {
  // Typed-array views need 4-byte alignment; copy when the caller's view is not aligned.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const { buffer, byteOffset } = bytes;
  if (bytes.byteLength < HEADER_WORDS * 4) throw new Error('AhoCorasickMatcher: snapshot too short');
  const header = new Int32Array(buffer, byteOffset, HEADER_WORDS);
  const [magic, format, alphabetSize, hotClasses, stateCount, denseStates, terminalCount, patternCount] = header;
  if (magic !== MAGIC || format !== FORMAT) throw new Error('AhoCorasickMatcher: not an automaton snapshot');
  const expected = HEADER_WORDS * 4 + 4 * (stateCount + 2 * terminalCount + patternCount) + 2 * (alphabetSize - 1 + 2 * stateCount - 1);
  if (bytes.byteLength < expected) throw new Error('AhoCorasickMatcher: snapshot truncated');
  let offset = byteOffset + HEADER_WORDS * 4;
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
  const fail = take32(stateCount);
  const terminals = take32(2 * terminalCount);
  const patternLength = take32(patternCount);
  const units = take16(alphabetSize - 1);
  const childCount = take16(stateCount);
  const edgeClass = take16(stateCount - 1);
  const terminal = new Int32Array(stateCount).fill(-1);
  for (let k = 0; k < terminals.length; k += 2) terminal[terminals[k]] = terminals[k + 1];
  return { shape: { units, hotClasses, childCount, edgeClass, fail, terminal, patternLength }, denseStates };
}
