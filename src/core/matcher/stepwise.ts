/**
 * Long work written as a generator that yields at checkpoints, so that the same code can run in one go (the CLI,
 * tests) or in slices that give the event loop back between them (a content script at page load, where a task
 * over 50 ms is a long task).
 */
export type Steps<T> = Generator<void, T, void>;

/** Gives the event loop back, e.g. `() => new Promise((resolve) => setTimeout(resolve, 0))` or `scheduler.yield()`. */
export type YieldFn = () => Promise<void>;

/** Runs `steps` to the end in one go. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` to the end, calling `yieldFn` whenever a slice has run for `sliceMs` milliseconds or more. A slice
 * lasts from one checkpoint past the budget, so checkpoints must be close (a few milliseconds apart).
 */
export async function runStepsInSlices<T>(steps: Steps<T>, yieldFn: YieldFn, sliceMs = 5): Promise<T> {
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= sliceMs) {
      await yieldFn();
      sliceStart = Date.now();
    }
  }
}
