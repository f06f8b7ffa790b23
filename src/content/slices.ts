/**
 * Time slicing: long work runs in slices of a few milliseconds and gives the main thread back in between, so the
 * page never gets a long task from us. `scheduler.yield()` keeps our place in the queue where the browser has it.
 */

/** Budget of one slice, in milliseconds. */
export const SLICE_MS = 4;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** Gives the main thread back: input and rendering run before we continue. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message task, not setTimeout(0): no 4 ms clamping after nesting.
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Measures slices: the longest one and the total, for the benchmark. */
export class SliceClock {
  private sliceStart = 0;
  longestMs = 0;
  totalMs = 0;
  slices = 0;

  start(): void {
    this.sliceStart = performance.now();
  }

  /** True when the current slice has used its budget. */
  expired(): boolean {
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  end(): void {
    const spent = performance.now() - this.sliceStart;
    this.longestMs = Math.max(this.longestMs, spent);
    this.totalMs += spent;
    this.slices++;
  }
}
