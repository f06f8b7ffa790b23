import { SEVERITIES } from '../findings';
import { REPORT_LIMITS as L } from './limits';
import { REPORT_SCHEMA_VERSION, type Report } from './types';

/*
 * A hand-written validator for `docs/report.schema.json`. The extension's CSP forbids the code generation that
 * schema compilers such as ajv use, so the schema's rules are restated here with a few small checkers; a test
 * keeps both in agreement over many valid and invalid samples. Semantics follow JSON Schema as ajv applies it:
 * `maxLength` counts code points, a property whose value is `undefined` counts as absent, numbers must be finite.
 */

/** Records the problems of `value` at `path` (a JSON Pointer) into `errors`. */
type Checker = (value: unknown, path: string, errors: string[]) => void;

const MAX_ERRORS = 50;

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;
export const UTC_TIME_PATTERN =
  /^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,3})?Z$/u;
export const SHA256_PATTERN = /^[0-9a-f]{64}$/u;
const URL_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/u;
// A plain character class: a grouped repetition such as (?:[…]{4})* overflows V8's regex stack on megabytes.
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/u;
const CURRENCY_PATTERN = /^[A-Z]{3}$/u;
const CAS_PATTERN = /^[0-9]{2,7}-[0-9]{2}-[0-9]$/u;

function report(errors: string[], path: string, message: string): void {
  if (errors.length < MAX_ERRORS) errors.push(`${path || '/'}: ${message}`);
}

/** Length in code points, as JSON Schema counts it (a lone surrogate counts as one). */
function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

function string(options: { min?: number; max?: number; pattern?: RegExp }): Checker {
  return (value, path, errors) => {
    if (typeof value !== 'string') return report(errors, path, 'must be a string');
    // Only count when the UTF-16 length leaves the answer open: counting 12 MB of base64 costs time.
    if (options.max !== undefined && value.length > options.max && codePointLength(value) > options.max) {
      report(errors, path, `must be at most ${options.max} characters`);
    }
    const min = options.min;
    if (min !== undefined && value.length < 2 * min && codePointLength(value) < min) {
      report(errors, path, `must be at least ${options.min} characters`);
    }
    if (options.pattern && !options.pattern.test(value)) report(errors, path, 'has the wrong format');
  };
}

function number(options: { integer?: boolean; min: number; max: number }): Checker {
  return (value, path, errors) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return report(errors, path, 'must be a finite number');
    if (options.integer && !Number.isInteger(value)) return report(errors, path, 'must be an integer');
    if (value < options.min || value > options.max) {
      report(errors, path, `must be between ${options.min} and ${options.max}`);
    }
  };
}

function oneOf(allowed: readonly string[]): Checker {
  return (value, path, errors) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      report(errors, path, `must be one of ${allowed.join(', ')}`);
    }
  };
}

function array(item: Checker, maxItems: number): Checker {
  return (value, path, errors) => {
    if (!Array.isArray(value)) return report(errors, path, 'must be an array');
    if (value.length > maxItems) return report(errors, path, `must have at most ${maxItems} items`);
    value.forEach((element, index) => item(element, `${path}/${index}`, errors));
  };
}

/** An object with exactly these properties; names ending in `?` are optional. */
function object(properties: Record<string, Checker>): Checker {
  const fields = Object.entries(properties).map(([key, check]) => ({
    name: key.endsWith('?') ? key.slice(0, -1) : key,
    optional: key.endsWith('?'),
    check,
  }));
  const known = new Set(fields.map((field) => field.name));
  return (value, path, errors) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return report(errors, path, 'must be an object');
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!known.has(key)) report(errors, `${path}/${escapePointer(key)}`, 'is not allowed');
    }
    for (const field of fields) {
      const fieldValue = Object.hasOwn(record, field.name) ? record[field.name] : undefined;
      if (fieldValue === undefined) {
        if (!field.optional) report(errors, `${path}/${field.name}`, 'is required');
      } else {
        field.check(fieldValue, `${path}/${field.name}`, errors);
      }
    }
  };
}

function constant(expected: string): Checker {
  return (value, path, errors) => {
    if (value !== expected) report(errors, path, `must be "${expected}"`);
  };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const uuid = string({ pattern: UUID_PATTERN });
const utcTime = string({ pattern: UTC_TIME_PATTERN });
const sha256 = string({ pattern: SHA256_PATTERN });
const url = string({ min: 1, max: L.url, pattern: URL_PATTERN });
const severity = oneOf(SEVERITIES);
const amount = number({ min: 0, max: L.amount });
const toolField = string({ min: 1, max: L.toolField });

const finding = object({
  category: oneOf(['controlled', 'analogue', 'precursor', 'rx', 'slang', 'risk']),
  termId: string({ min: 1, max: L.termId }),
  name: string({ max: L.termName }),
  matched: string({ max: L.matched }),
  start: number({ integer: true, min: 0, max: L.offset }),
  end: number({ integer: true, min: 0, max: L.offset }),
  severity,
  'schedule?': oneOf(['I', 'II', 'III', 'IV', 'V']),
  'list?': string({ max: L.list }),
  'cas?': string({ pattern: CAS_PATTERN }),
  reasons: array(string({ max: L.reason }), L.reasons),
  context: object({ before: string({ max: L.context }), after: string({ max: L.context }) }),
});

const listing = object({
  title: string({ max: L.listingTitle }),
  'url?': url,
  'seller?': string({ max: L.seller }),
  'price?': object({
    raw: string({ max: L.priceRaw }),
    'amount?': amount,
    'min?': amount,
    'max?': amount,
    'currency?': string({ pattern: CURRENCY_PATTERN }),
    'unit?': string({ max: L.priceUnit }),
    'usd?': amount,
  }),
  priceFlags: array(
    object({
      rule: oneOf(['below-reference', 'bulk', 'hidden-price', 'page-outlier', 'offered']),
      severity,
      message: string({ max: L.priceFlagMessage }),
    }),
    L.priceFlags,
  ),
  findings: array(finding, L.findings),
});

const reportChecker = object({
  schemaVersion: constant(REPORT_SCHEMA_VERSION),
  id: uuid,
  createdAt: utcTime,
  caseId: string({ max: L.caseId }),
  note: string({ max: L.note }),
  page: object({
    url,
    title: string({ max: L.pageTitle }),
    'canonicalUrl?': url,
    'marketplace?': string({ max: L.marketplace }),
    capturedAt: utcTime,
    textSha256: sha256,
  }),
  listings: array(listing, L.listings),
  'screenshot?': object({
    mediaType: constant('image/png'),
    dataBase64: string({ min: 4, max: L.screenshotBase64, pattern: BASE64_PATTERN }),
    sha256,
  }),
  tool: object({
    name: toolField,
    version: toolField,
    lexiconVersion: toolField,
    browser: toolField,
    browserVersion: toolField,
  }),
});

/**
 * Checks that `value` is a report as `docs/report.schema.json` defines it, without generating code.
 * Errors name the place as a JSON Pointer: `["/listings/0/title: must be at most 1000 characters"]` (at most 50).
 */
export function validateReport(value: unknown): { ok: true; report: Report } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  reportChecker(value, '', errors);
  return errors.length === 0 ? { ok: true, report: value as Report } : { ok: false, errors };
}
