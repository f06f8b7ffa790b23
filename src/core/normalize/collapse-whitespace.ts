import type { FoldStep } from './fold-buffer';

const SPACE = 0x20;

/** Folds every run of whitespace (already folded to single spaces) into one space, so "no  rx" matches "no rx". */
export function createCollapseWhitespace(): FoldStep {
  return (buffer) => {
    const { units, map, flags, length } = buffer;
    if (length < 2) return;
    // Most text has no run at all: find the first one before moving anything.
    let read = 1;
    while (read < length && !(units[read] === SPACE && units[read - 1] === SPACE)) read++;
    let write = read;
    for (; read < length; read++) {
      const unit = units[read];
      if (unit === SPACE && units[write - 1] === SPACE) continue;
      units[write] = unit;
      map[write] = map[read];
      flags[write++] = flags[read];
    }
    buffer.length = write;
  };
}
