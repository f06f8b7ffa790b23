import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describeFileError, inputProblem, type InputProblem } from './input-problem';

/** How a file's content is read into documents. */
export type InputKind = 'html' | 'text' | 'jsonl';

const KIND_BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.jsonl': 'jsonl',
};

/** A file to read, or standard input (`path` "-", kind decided from its content). */
export interface InputFile {
  kind: 'file';
  path: string;
  inputKind?: InputKind;
}

export const STANDARD_INPUT = '-';

export function inputKindOf(path: string): InputKind | undefined {
  return KIND_BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * The files named by the command line, in order: directories expand recursively (depth first) to their files of
 * known kinds, entries sorted by name in code-unit order, so the order is the same on every machine and locale.
 */
export function* listInputFiles(paths: readonly string[]): Generator<InputFile | InputProblem> {
  for (const path of paths) {
    if (path === STANDARD_INPUT) yield { kind: 'file', path };
    else yield* listPath(path, new Set(), true);
  }
}

/**
 * One path: a directory expands, a file of a known kind is listed. A file the user named but cannot be scanned is a
 * problem; one met inside a directory is passed over.
 */
function* listPath(path: string, seen: Set<string>, named: boolean): Generator<InputFile | InputProblem> {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    yield inputProblem(path, describeFileError(error));
    return;
  }
  if (isDirectory) {
    yield* listDirectory(path, seen);
    return;
  }
  const inputKind = inputKindOf(path);
  if (inputKind) yield { kind: 'file', path, inputKind };
  else if (named) yield inputProblem(path, 'unsupported file type: expected .html, .htm, .txt or .jsonl');
}

// Depth first, entries in name order. `seen` holds the real paths already listed, so a symbolic link back up the
// tree does not loop.
function* listDirectory(directory: string, seen: Set<string>): Generator<InputFile | InputProblem> {
  let names: string[];
  try {
    const real = realpathSync(directory);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(directory).sort(compareCodeUnits);
  } catch (error) {
    yield inputProblem(directory, describeFileError(error));
    return;
  }
  for (const name of names) yield* listPath(join(directory, name), seen, false);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
