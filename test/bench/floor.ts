/**
 * The floor: the least any in-page scanner must do on this page. Walk the page's text nodes once with a TreeWalker,
 * read every character once, and register the same ranges RxLens painted in one `Highlight`. Timed in the page, in
 * the tab RxLens scanned (before anything is appended), so it sees exactly the same DOM.
 *
 * Beside it, the block walk: the same, but over elements and text nodes, reading every node's name, which is the
 * least an extraction that keeps listings apart must do (the rule: inline elements join text, other elements
 * break it, so a match never crosses two cards). It matches nothing: it shows how much of the floor target the walk
 * alone takes.
 */
import { evaluateIn, type Tab } from '../../src/tools/browsers';

export interface FloorRun {
  /** Time of each run, in milliseconds; the first one is cold. */
  runsMs: number[];
  /** Time of each block walk (elements and text, names read, no ranges), in milliseconds. */
  blockWalkRunsMs: number[];
  /** Elements and text nodes the block walk visited. */
  nodes: number;
  textNodes: number;
  characters: number;
  ranges: number;
}

/**
 * Copies the boundaries of every range in RxLens's highlights (outside the timing), then times `runs` passes of
 * walk + read + register. No named inner functions: the function's source runs in the page (see page-recorder.ts).
 */
export function measureFloor(tab: Tab, runs: number): Promise<FloorRun> {
  return evaluateIn(
    tab,
    (count: number) => {
      const specs: StaticRangeInit[] = [];
      for (const name of ['rxlens-drug', 'rxlens-precursor', 'rxlens-risk', 'rxlens-price']) {
        const highlight = CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined;
        for (const range of highlight ?? []) {
          specs.push({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset });
        }
      }
      const runsMs: number[] = [];
      let textNodes = 0;
      let characters = 0;
      let checksum = 0;
      for (let run = 0; run < count; run++) {
        const started = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        textNodes = 0;
        characters = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentNode?.nodeName;
          if (parent === 'SCRIPT' || parent === 'STYLE') continue;
          const data = (node as Text).data;
          for (let i = 0; i < data.length; i++) checksum = (checksum + data.charCodeAt(i)) | 0;
          characters += data.length;
          textNodes++;
        }
        const highlight = new Highlight();
        for (const spec of specs) highlight.add(new StaticRange(spec));
        CSS.highlights.set('rxlens-bench-floor', highlight);
        runsMs.push(performance.now() - started);
        CSS.highlights.delete('rxlens-bench-floor');
      }
      const blockWalkRunsMs: number[] = [];
      let nodes = 0;
      for (let run = 0; run < count; run++) {
        const started = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        nodes = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const name = node.nodeName;
          nodes++;
          if (name !== '#text') {
            checksum = (checksum + name.length) | 0;
            continue;
          }
          const data = (node as Text).data;
          for (let i = 0; i < data.length; i++) checksum = (checksum + data.charCodeAt(i)) | 0;
        }
        blockWalkRunsMs.push(performance.now() - started);
      }
      // The checksum is used, so no engine can drop the reading loops.
      if (checksum === 42) console.debug('checksum');
      return { runsMs, blockWalkRunsMs, nodes, textNodes, characters, ranges: specs.length };
    },
    runs,
  );
}
