import { readFileSync } from 'node:fs';
import { textOfHtml } from './html-text';
import { STANDARD_INPUT, type InputFile, type InputKind } from './input-files';
import { describeFileError, inputProblem, type InputProblem } from './input-problem';

/** One text to scan, with the id it is reported under. */
export interface ScanDocument {
  kind: 'document';
  /** The JSON line's "id", or the file path. */
  id: string | number;
  text: string;
}

/** How standard input is named in output and messages. */
export const STANDARD_INPUT_NAME = '<stdin>';

/**
 * The documents in one input file: one for HTML and text, one per non-blank line for JSON lines. A malformed line
 * yields a problem naming its line, and the lines after it are still read.
 */
export function* readDocuments(
  file: InputFile,
  readStandardInput: () => string,
): Generator<ScanDocument | InputProblem> {
  const source = file.path === STANDARD_INPUT ? STANDARD_INPUT_NAME : file.path;
  let content: string;
  try {
    content = withoutByteOrderMark(file.path === STANDARD_INPUT ? readStandardInput() : readFileSync(file.path, 'utf8'));
  } catch (error) {
    yield inputProblem(source, describeFileError(error));
    return;
  }
  const kind = file.inputKind ?? sniffInputKind(content);
  if (kind === 'jsonl') {
    yield* readJsonLines(source, content);
  } else if (kind === 'html') {
    yield htmlDocument(source, source, content);
  } else {
    yield { kind: 'document', id: source, text: content };
  }
}

/** Standard input's kind: JSON lines when its first line is a JSON object, HTML when it starts with "<", else text. */
export function sniffInputKind(content: string): InputKind {
  const firstLine = content.trimStart().split('\n', 1)[0].trim();
  if (firstLine.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(firstLine);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return 'jsonl';
    } catch {
      // Not JSON: a text that happens to start with a brace.
    }
  }
  return firstLine.startsWith('<') ? 'html' : 'text';
}

function* readJsonLines(source: string, content: string): Generator<ScanDocument | InputProblem> {
  const lines = content.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].endsWith('\r') ? lines[index].slice(0, -1) : lines[index];
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield inputProblem(source, `invalid JSON (${error instanceof Error ? error.message : String(error)})`, lineNumber);
      continue;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      yield inputProblem(source, 'expected a JSON object with "text" or "html"', lineNumber);
      continue;
    }
    const { id = `${source}:${lineNumber}`, text, html } = record as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number') {
      yield inputProblem(source, '"id" must be a string or a number', lineNumber);
    } else if (typeof text === 'string') {
      yield { kind: 'document', id, text };
    } else if (typeof html === 'string') {
      yield htmlDocument(id, source, html, lineNumber);
    } else {
      yield inputProblem(source, 'expected a string "text" or "html"', lineNumber);
    }
  }
}

function htmlDocument(
  id: string | number,
  source: string,
  html: string,
  line?: number,
): ScanDocument | InputProblem {
  try {
    return { kind: 'document', id, text: textOfHtml(html) };
  } catch (error) {
    return inputProblem(source, `cannot parse HTML (${error instanceof Error ? error.message : String(error)})`, line);
  }
}

function withoutByteOrderMark(content: string): string {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}
