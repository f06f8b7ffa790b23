/**
 * The user's lists (custom terms, allow-listed terms and sites, reference prices, currency rates) read from and
 * written to CSV or JSON. Import never throws and never drops good input: every valid row is returned, and every
 * bad one becomes an error naming its line, e.g. "line 7: category must be one of controlled, analogue, …".
 */
import type { Category } from '../lexicon/types';
import type { ReferencePrice } from '../price/reference-prices';
import { UNITS, type UnitName } from '../price/units';
import { formatCsv, parseCsv } from './csv';
import { splitJsonArray } from './json-array';
import { CATEGORIES, type CustomTerm } from './model';

/** A currency rate override as one list row. */
export interface UsdRate {
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  /** Units of the currency per US dollar. */
  perUsd: number;
}

/** What each list holds. */
export interface ListItems {
  customTerms: CustomTerm;
  allowTerms: string;
  allowSites: string;
  referencePrices: ReferencePrice;
  usdRates: UsdRate;
}

export type ListKind = keyof ListItems;
export type ListFormat = 'csv' | 'json';

export interface ListError {
  /** 1-based line of the input the error is on. */
  line: number;
  message: string;
}

export interface ListImport<T> {
  items: T[];
  errors: ListError[];
}

type Cells = Record<string, unknown>;
type Checked<T> = { ok: true; item: T } | { ok: false; error: string };

interface ListSpec<T> {
  /** CSV columns and JSON keys, in export order; `required` must be present in a CSV header. */
  columns: readonly string[];
  required: readonly string[];
  /** Lists of plain strings are written in JSON as strings, and read from strings or one-key objects. */
  plain?: boolean;
  check(cells: Cells): Checked<T>;
  cells(item: T): Record<string, string>;
  /** Items with the same key are the same entry: a later one replaces an earlier one. */
  key(item: T): string;
}

const MAX_TEXT = 200;
const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const UNIT_NAMES = Object.keys(UNITS) as UnitName[];

const ok = <T>(item: T): Checked<T> => ({ ok: true, item });
const fail = <T>(error: string): Checked<T> => ({ ok: false, error });

function text(cells: Cells, column: string, required: boolean): Checked<string> {
  const raw = cells[column];
  if (raw === undefined || raw === null || raw === '') return required ? fail(`${column} is missing`) : ok('');
  if (typeof raw !== 'string') return fail(`${column} must be text`);
  const value = raw.trim().replace(/\s+/g, ' ');
  if (required && !value) return fail(`${column} is empty`);
  if (value.length > MAX_TEXT) return fail(`${column} is longer than ${MAX_TEXT} characters`);
  if (/[\p{Cc}\p{Cf}]/u.test(value)) return fail(`${column} contains control or invisible characters`);
  return ok(value);
}

function positiveNumber(cells: Cells, column: string): Checked<number> {
  const raw = cells[column];
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isFinite(value) && value > 0 ? ok(value) : fail(`${column} must be a positive number written with a dot, e.g. 12.5`);
}

function currencyCode(cells: Cells, column: string): Checked<string> {
  const code = typeof cells[column] === 'string' ? (cells[column] as string).trim().toUpperCase() : '';
  return /^[A-Z]{3}$/.test(code) ? ok(code) : fail(`${column} must be a three-letter ISO 4217 code, e.g. EUR`);
}

function term(cells: Cells): Checked<string> {
  const value = text(cells, 'term', true);
  if (value.ok && !/[\p{L}\p{N}]/u.test(value.item)) return fail('term must contain a letter or a digit');
  return value;
}

/** Accepts a host name or a URL (its host is kept), lower-cased. */
function site(cells: Cells): Checked<string> {
  const value = text(cells, 'site', true);
  if (!value.ok) return value;
  const host = value.item.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((l) => DNS_LABEL.test(l))) {
    return fail('site must be a host name such as pharmacy.example.org');
  }
  return ok(host);
}

const SPECS: { [K in ListKind]: ListSpec<ListItems[K]> } = {
  customTerms: {
    columns: ['term', 'category', 'name'],
    required: ['term', 'category'],
    check(cells) {
      const t = term(cells);
      if (!t.ok) return t;
      const category = typeof cells.category === 'string' ? cells.category.trim().toLowerCase() : '';
      if (!CATEGORIES.includes(category as Category)) return fail(`category must be one of ${CATEGORIES.join(', ')}`);
      const name = text(cells, 'name', false);
      if (!name.ok) return name;
      return ok({ term: t.item, category: category as Category, name: name.item || t.item });
    },
    cells: (item) => ({ term: item.term, category: item.category, name: item.name }),
    key: (item) => item.term.toLowerCase(),
  },
  allowTerms: {
    columns: ['term'],
    required: ['term'],
    plain: true,
    check: term,
    cells: (item) => ({ term: item }),
    key: (item) => item.toLowerCase(),
  },
  allowSites: {
    columns: ['site'],
    required: ['site'],
    plain: true,
    check: site,
    cells: (item) => ({ site: item }),
    key: (item) => item,
  },
  referencePrices: {
    columns: ['brand', 'termId', 'unit', 'pricePerUnit', 'currency', 'source', 'date', 'checked'],
    required: ['brand', 'termId', 'unit', 'pricePerUnit', 'currency'],
    check(cells) {
      const brand = text(cells, 'brand', true);
      if (!brand.ok) return brand;
      const termId = typeof cells.termId === 'string' ? cells.termId.trim() : '';
      if (!TERM_ID.test(termId)) return fail('termId must be a lexicon id in lower-case kebab-case, e.g. semaglutide');
      const unit = typeof cells.unit === 'string' ? cells.unit.trim().toLowerCase() : '';
      if (!UNIT_NAMES.includes(unit as UnitName)) return fail(`unit must be one of ${UNIT_NAMES.join(', ')}`);
      const price = positiveNumber(cells, 'pricePerUnit');
      if (!price.ok) return price;
      const currency = currencyCode(cells, 'currency');
      if (!currency.ok) return currency;
      const source = text(cells, 'source', false);
      if (!source.ok) return source;
      const date = typeof cells.date === 'string' ? cells.date.trim() : '';
      if (date && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date)) return fail('date must be written YYYY-MM or YYYY-MM-DD');
      const checked = cells.checked === undefined || cells.checked === '' ? false : cells.checked;
      if (typeof checked !== 'boolean' && checked !== 'true' && checked !== 'false') return fail('checked must be true or false');
      return ok({
        brand: brand.item, termId, unit: unit as UnitName, pricePerUnit: price.item, currency: currency.item,
        source: source.item, date, checked: checked === true || checked === 'true',
      });
    },
    cells: (item) => ({
      brand: item.brand, termId: item.termId, unit: item.unit, pricePerUnit: String(item.pricePerUnit),
      currency: item.currency, source: item.source, date: item.date, checked: String(item.checked),
    }),
    key: (item) => `${item.brand.toLowerCase()}\u0000${item.termId}`,
  },
  usdRates: {
    columns: ['currency', 'perUsd'],
    required: ['currency', 'perUsd'],
    check(cells) {
      const currency = currencyCode(cells, 'currency');
      if (!currency.ok) return currency;
      const perUsd = positiveNumber(cells, 'perUsd');
      return perUsd.ok ? ok({ currency: currency.item, perUsd: perUsd.item }) : perUsd;
    },
    cells: (item) => ({ currency: item.currency, perUsd: String(item.perUsd) }),
    key: (item) => item.currency,
  },
};

/** The columns of a list, in export order (CSV header, JSON keys). */
export function listColumns(kind: ListKind): readonly string[] {
  return SPECS[kind].columns;
}

/** One item as text per column, for showing it in a table. */
export function listItemCells<K extends ListKind>(kind: K, item: ListItems[K]): Record<string, string> {
  return (SPECS[kind] as ListSpec<ListItems[K]>).cells(item);
}

/**
 * Checks one item typed into a form, with the same rules as import.
 * @example checkListItem("allowSites", { site: "https://Shop.Example.org/x" }) // { ok: true, item: "shop.example.org" }
 */
export function checkListItem<K extends ListKind>(kind: K, cells: Record<string, unknown>): Checked<ListItems[K]> {
  return (SPECS[kind] as ListSpec<ListItems[K]>).check(cells);
}

/** Guesses the format from the text: JSON starts with `[`. */
export function detectListFormat(text: string): ListFormat {
  return /^[\s\uFEFF]*\[/.test(text) ? 'json' : 'csv';
}

/**
 * Reads a list from CSV (a header line naming the columns, then one item per line) or JSON (an array of objects
 * with the same keys; plain-string lists also take an array of strings).
 * @example importList("customTerms", "term,category\nblues,slang\nfoo,drug").errors // [{ line: 3, message: "category must be one of …" }]
 */
export function importList<K extends ListKind>(kind: K, text: string, format: ListFormat = detectListFormat(text)): ListImport<ListItems[K]> {
  const spec = SPECS[kind] as ListSpec<ListItems[K]>;
  const rows = format === 'json' ? jsonRows(spec, text) : csvRows(spec, text);
  const items: ListItems[K][] = [];
  const errors = [...rows.errors];
  for (const row of rows.rows) {
    const checked = spec.check(row.cells);
    if (checked.ok) items.push(checked.item);
    else errors.push({ line: row.line, message: checked.error });
  }
  errors.sort((a, b) => a.line - b.line);
  return { items, errors };
}

/** Writes a list as CSV (header line, formula-guarded cells) or as a JSON array, one item per line. */
export function exportList<K extends ListKind>(kind: K, items: readonly ListItems[K][], format: ListFormat): string {
  const spec = SPECS[kind] as ListSpec<ListItems[K]>;
  if (format === 'csv') return formatCsv([spec.columns, ...items.map((item) => spec.columns.map((c) => spec.cells(item)[c] ?? ''))]);
  return `[\n${items.map((v) => `  ${JSON.stringify(v)}`).join(',\n')}\n]\n`;
}

/**
 * `existing` with `added` merged in: an added item replaces the existing one with the same key (e.g. the same term,
 * case-insensitively), new ones are appended in order.
 */
export function mergeList<K extends ListKind>(kind: K, existing: readonly ListItems[K][], added: readonly ListItems[K][]): ListItems[K][] {
  const spec = SPECS[kind] as ListSpec<ListItems[K]>;
  const merged = new Map<string, ListItems[K]>();
  for (const item of [...existing, ...added]) merged.set(spec.key(item), item);
  return [...merged.values()];
}

type Rows = { rows: { line: number; cells: Cells }[]; errors: ListError[] };

function csvRows(spec: ListSpec<unknown>, text: string): Rows {
  const { records, errors } = parseCsv(text);
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: errors.length ? errors : [{ line: 1, message: 'the file is empty' }] };
  const names = header.cells.map((c) => c.trim());
  const byLower = new Map(spec.columns.map((c) => [c.toLowerCase(), c]));
  const columns = names.map((n) => byLower.get(n.toLowerCase()));
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length) {
    const message = `the first line must name the columns ${spec.columns.join(',')} (missing: ${missing.join(', ')})`;
    return { rows: [], errors: [{ line: header.line, message }, ...errors] };
  }
  const unknown = names.filter((_, i) => !columns[i]);
  if (unknown.length) errors.push({ line: header.line, message: `column ${unknown.join(', ')} is not one of ${spec.columns.join(', ')}; ignored` });
  const rows = data.map((record) => {
    const cells: Cells = {};
    columns.forEach((column, i) => {
      if (column) cells[column] = record.cells[i];
    });
    return { line: record.line, cells, extra: record.cells.length > names.length };
  });
  for (const row of rows) if (row.extra) errors.push({ line: row.line, message: `more values than the ${names.length} columns; quote values that contain commas` });
  return { rows: rows.filter((r) => !r.extra), errors };
}

function jsonRows(spec: ListSpec<unknown>, text: string): Rows {
  const split = splitJsonArray(text);
  const rows: Rows['rows'] = [];
  const errors = [...split.errors];
  for (const element of split.elements) {
    let value: unknown;
    try {
      value = JSON.parse(element.text);
    } catch {
      errors.push({ line: element.line, message: 'not valid JSON' });
      continue;
    }
    if (spec.plain && typeof value === 'string') rows.push({ line: element.line, cells: { [spec.columns[0]]: value } });
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) rows.push({ line: element.line, cells: value as Cells });
    else errors.push({ line: element.line, message: spec.plain ? `expected a text or an object with "${spec.columns[0]}"` : `expected an object with ${spec.required.join(', ')}` });
  }
  return { rows, errors };
}
