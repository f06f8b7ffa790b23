import type { FoldStep } from './fold-buffer';

const SPACE = 0x20;

/** Folds every run of whitespace (already folded to single spaces) into one space, so "no  rx" matches "no rx". */
export function createCollapseWhitespace(): FoldStep {
  return (buffer) => {
    const { units, map, flags } = buffer;
    let write = 0;
    let previous = -1;
    for (let read = 0; read < buffer.length; read++) {
      const unit = units[read];
      if (unit === SPACE && previous === SPACE) continue;
      units[write] = unit;
      map[write] = map[read];
      flags[write++] = flags[read];
      previous = unit;
    }
    buffer.length = write;
  };
}
