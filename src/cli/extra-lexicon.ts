import { readFileSync } from 'node:fs';
import { isValidCas } from '../core/cas';
import type { Category, LexiconEntry, Schedule } from '../core/lexicon/types';
import { describeFileError } from './input-problem';

const CATEGORIES: readonly Category[] = ['controlled', 'analogue', 'precursor', 'rx', 'slang', 'risk'];
const SCHEDULES: readonly Schedule[] = ['I', 'II', 'III', 'IV', 'V'];

/** A `--lexicon` file that cannot be used; the message names the file and, where it can, the entry and field. */
export class ExtraLexiconError extends Error {}

/**
 * The entries of a `--lexicon` file: a JSON array of `LexiconEntry` objects, or a `LexiconFile` (`{"entries": [...]}`).
 * Every entry is checked field by field, CAS numbers by check digit, because a wrong one would be reported as fact.
 */
export function readExtraLexicon(path: string): LexiconEntry[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ExtraLexiconError(`${path}: ${describeFileError(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    throw new ExtraLexiconError(`${path}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const entries = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed.entries : undefined;
  if (!Array.isArray(entries)) {
    throw new ExtraLexiconError(`${path}: expected an array of lexicon entries or an object with "entries"`);
  }
  const ids = new Set<string>();
  return entries.map((entry, index) => {
    const problem = problemWithEntry(entry);
    const label = isRecord(entry) && typeof entry.id === 'string' ? `entry ${index} ("${entry.id}")` : `entry ${index}`;
    if (problem) throw new ExtraLexiconError(`${path}: ${label}: ${problem}`);
    const { id } = entry as LexiconEntry;
    if (ids.has(id)) throw new ExtraLexiconError(`${path}: ${label}: id "${id}" appears twice`);
    ids.add(id);
    return entry as LexiconEntry;
  });
}

/** What is wrong with one entry, or undefined when it is a valid `LexiconEntry`. */
function problemWithEntry(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'expected an object';
  if (typeof entry.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(entry.id)) {
    return '"id" must be lower-case ASCII kebab-case, e.g. "4-anpp"';
  }
  if (typeof entry.name !== 'string' || entry.name.trim() === '') return '"name" must be a non-empty string';
  if (!CATEGORIES.includes(entry.category as Category)) return `"category" must be one of ${CATEGORIES.join(', ')}`;
  if (!isStringArray(entry.terms)) return '"terms" must be an array of strings';
  for (const field of ['exact', 'cas', 'denyAfter'] as const) {
    if (entry[field] !== undefined && !isStringArray(entry[field])) return `"${field}" must be an array of strings`;
  }
  const terms = [...entry.terms, ...((entry.exact as string[] | undefined) ?? [])];
  if (terms.some((term) => term.trim() === '')) return 'terms must not be empty';
  if (entry.schedule !== undefined && !SCHEDULES.includes(entry.schedule as Schedule)) {
    return `"schedule" must be one of ${SCHEDULES.join(', ')}`;
  }
  for (const field of ['list', 'deaCode', 'refersTo'] as const) {
    if (entry[field] !== undefined && typeof entry[field] !== 'string') return `"${field}" must be a string`;
  }
  const badCas = ((entry.cas as string[] | undefined) ?? []).find((cas) => !isValidCas(cas));
  if (badCas !== undefined) return `CAS number "${badCas}" is not canonical NNNNNNN-NN-N with a valid check digit`;
  if (entry.i18n !== undefined) {
    if (!isRecord(entry.i18n)) return '"i18n" must be an object';
    for (const [language, names] of Object.entries(entry.i18n)) {
      if (!isStringArray(names)) return `"i18n.${language}" must be an array of strings`;
    }
  }
  const { source } = entry;
  if (!isRecord(source) || typeof source.document !== 'string' || typeof source.section !== 'string' ||
    typeof source.date !== 'string') {
    return '"source" must be an object with string "document", "section" and "date"';
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
