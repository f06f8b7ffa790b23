/**
 * `rxlens scan`: the researcher's command line. Reads saved pages, texts and JSON lines, scans them with the same
 * core as the extension, and writes findings as JSON lines, JSON or CSV. Messages are one line each, never a stack.
 */
import { readFileSync } from 'node:fs';
import packageJson from '../../package.json';
import { LEXICON_VERSION } from '../core/lexicon/index';
import type { Scanner } from '../core/scan';
import { HELP_TEXT, UsageError, parseCommandLine, type ScanArguments } from './args';
import { createCliScanner } from './cli-scanner';
import { readDocuments } from './documents';
import { ExtraLexiconError, readExtraLexicon } from './extra-lexicon';
import { listInputFiles } from './input-files';
import { describeProblem } from './input-problem';
import { createResultWriter } from './result-writer';
import { scanDocument } from './scan-document';

const EXIT_OK = 0;
const EXIT_INTERNAL_ERROR = 1;
const EXIT_BAD_INPUT = 2;

function main(argv: string[]): number {
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    reportError(`${error.message} (see "rxlens --help")`);
    return EXIT_BAD_INPUT;
  }
  if (command.kind === 'help') {
    process.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    process.stdout.write(`rxlens ${packageJson.version}, lexicon ${LEXICON_VERSION}\n`);
    return EXIT_OK;
  }
  return runScan(command.arguments);
}

function runScan({ format, lexicon, paths }: ScanArguments): number {
  let scanner: Scanner;
  try {
    scanner = createCliScanner(lexicon === undefined ? [] : readExtraLexicon(lexicon));
  } catch (error) {
    if (!(error instanceof ExtraLexiconError)) throw error;
    reportError(error.message);
    return EXIT_BAD_INPUT;
  }
  const writer = createResultWriter(format, (chunk) => process.stdout.write(chunk));
  let badInputs = 0;
  let failedScans = 0;
  for (const file of listInputFiles(paths)) {
    if (file.kind === 'problem') {
      badInputs++;
      reportError(describeProblem(file));
      continue;
    }
    for (const item of readDocuments(file, () => readFileSync(0, 'utf8'))) {
      if (item.kind === 'problem') {
        badInputs++;
        reportError(describeProblem(item));
        continue;
      }
      try {
        writer.write(scanDocument(scanner, item));
      } catch (error) {
        // A bug in the scanner must not cost the researcher the rest of the corpus.
        failedScans++;
        reportError(`${item.id}: internal error while scanning (${messageOf(error)})`);
      }
    }
  }
  writer.end();
  if (failedScans > 0) return EXIT_INTERNAL_ERROR;
  return badInputs > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

function reportError(message: string): void {
  process.stderr.write(`rxlens: ${message}\n`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// A closed pipe (`rxlens scan … | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  reportError(`cannot write output (${error.code ?? error.message})`);
  process.exit(EXIT_INTERNAL_ERROR);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  reportError(`internal error (${messageOf(error)})`);
  process.exitCode = EXIT_INTERNAL_ERROR;
}
