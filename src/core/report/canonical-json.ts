import { utf8Encode } from './utf8';
import type { Report } from './types';

/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace (the RFC 8785 shape for the values a report
 * holds: strings, finite numbers, booleans, null, arrays, objects). Properties whose value is `undefined` are
 * left out, as `JSON.stringify` does. Lone surrogates are written as `\udXXX` escapes, so the text is always
 * valid UTF-8 once encoded.
 * @example canonicalJson({ b: 1, a: [true, "x"] }) // '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((element) => (element === undefined ? 'null' : canonicalJson(element))).join(',')}]`;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
}

/**
 * The exact bytes a report is sent as: its canonical JSON, UTF-8 encoded. Sign `body` and send `bytes` (or
 * `body` with a UTF-8 encoder: the same bytes).
 */
export function serializeReport(report: Report): { body: string; bytes: Uint8Array<ArrayBuffer> } {
  const body = canonicalJson(report);
  return { body, bytes: utf8Encode(body) };
}
