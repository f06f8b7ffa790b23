import { parseArgs } from 'node:util';

export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ScanArguments {
  format: OutputFormat;
  /** A JSON file of extra lexicon entries to merge into the default lexicon. */
  lexicon?: string;
  /** Files, directories, or "-" for standard input. */
  paths: string[];
}

export type CliCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'scan'; arguments: ScanArguments };

/** A mistake in the command line itself; the message is shown with a pointer to `--help`. */
export class UsageError extends Error {}

export const HELP_TEXT = `Usage: rxlens scan [--format jsonl|json|csv] [--lexicon FILE] PATH...

Scans saved pages and texts for regulated-drug terms, with the same rules as the RxLens extension.

PATH is a file, a directory (scanned recursively, in sorted order) or "-" for standard input:
  .html .htm  a saved page; scripts, styles, templates and form fields are left out, block elements
              separate text; the document's text is its blocks joined by newlines
  .txt        one document
  .jsonl      one document per line: {"id": "...", "text": "..."} or {"id": "...", "html": "..."}
  -           standard input: JSON lines if the first line is such an object, HTML if it starts
              with "<", plain text otherwise
Files of other types inside directories are ignored.

Options:
  --format jsonl  one JSON object per document: {"id", "findings", "listings"} (default)
  --format json   one JSON array of those objects
  --format csv    one row per finding: id, category, termId, name, matched, start, end, severity, reasons
  --lexicon FILE  JSON file of extra lexicon entries (an array of entries, or {"entries": [...]}),
                  merged into the default lexicon; an entry with a default entry's id replaces it
  --version       show the tool's and the lexicon's versions
  -h, --help      show this help

Each document is one listing. Findings are reported after the listing rules: street names and risk phrases
count only beside a drug name in the same document, and raise its severity.
Offsets (start, end) are UTF-16 code units into the document's text, end exclusive.
Exit status: 0 when every input was read; 2 when an input or an argument was unreadable or malformed
(the other inputs are still scanned and reported); 1 when the scanner itself failed on a document.
`;

/** Reads `argv` (without node and script) into a command; throws {@link UsageError} on a bad command line. */
export function parseCommandLine(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        lexicon: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? firstSentence(error.message) : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: expected "scan"');
  if (command !== 'scan') throw new UsageError(`unknown command "${command}": expected "scan"`);
  if (paths.length === 0) throw new UsageError('nothing to scan: give at least one PATH, or "-" for standard input');
  const format = values.format ?? 'jsonl';
  if (!isOutputFormat(format)) {
    throw new UsageError(`unknown format "${format}": expected ${OUTPUT_FORMATS.join(', ')}`);
  }
  return { kind: 'scan', arguments: { format, lexicon: values.lexicon, paths } };
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

// Node's messages go on with advice about "--" that does not fit one line.
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end === -1 ? message : message.slice(0, end + 1);
}
