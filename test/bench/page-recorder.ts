/**
 * What the benchmark records inside the page, installed as an init script before any of the page's own code runs:
 * long tasks and every mutation of the page's DOM once parsing is done. Read back with `readRecorder`.
 *
 * In-page functions here are shipped as source text (`fn.toString()`): they must not declare named inner functions,
 * because tsx wraps those in a `__name()` helper that does not exist in the page.
 */
import { evaluateIn, type Tab } from '../../src/tools/browsers';

/** A long task, in page milliseconds (same time origin as `performance.now()`). */
export interface LongEntry {
  start: number;
  duration: number;
}

export interface RecorderState {
  longTaskSupported: boolean;
  longTasks: LongEntry[];
  /** One entry per mutation record: `type:targetNodeName`. */
  mutations: string[];
  domContentLoadedAt: number;
}

/** Runs in the page before its scripts: the function's source is what goes in. */
export function installRecorder(): void {
  const supported = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : [];
  const state = {
    longTaskSupported: supported.includes('longtask'),
    longTasks: [] as { start: number; duration: number }[],
    mutations: [] as string[],
    domContentLoadedAt: -1,
  };
  Object.defineProperty(window, '__rxlensBench', { value: state, enumerable: false });
  if (state.longTaskSupported) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }
  document.addEventListener('DOMContentLoaded', () => {
    state.domContentLoadedAt = performance.now();
    new MutationObserver((records) => {
      for (const record of records) state.mutations.push(`${record.type}:${record.target.nodeName}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** The recorder's state so far (copied out of the page). */
export function readRecorder(tab: Tab): Promise<RecorderState> {
  return evaluateIn(tab, () => JSON.parse(JSON.stringify((window as unknown as { __rxlensBench: unknown }).__rxlensBench)), undefined) as Promise<RecorderState>;
}
