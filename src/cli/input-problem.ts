/** Why one input (a file, or one line of a JSON-lines file) could not be scanned; shown as "source:line: message". */
export interface InputProblem {
  kind: 'problem';
  source: string;
  /** 1-based line number, for JSON lines. */
  line?: number;
  message: string;
}

export function inputProblem(source: string, message: string, line?: number): InputProblem {
  return line === undefined ? { kind: 'problem', source, message } : { kind: 'problem', source, line, message };
}

/** "file.jsonl:3: invalid JSON (…)": one line, no stack. */
export function describeProblem(problem: InputProblem): string {
  const where = problem.line === undefined ? problem.source : `${problem.source}:${problem.line}`;
  return `${where}: ${problem.message}`;
}

/** A file-system error as words ("no such file or directory"), without Node's path-laden message. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
