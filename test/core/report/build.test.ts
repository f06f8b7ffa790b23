import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, findingContext, type ReportInput } from '../../../src/core/report/build';
import { canonicalJson, serializeReport } from '../../../src/core/report/canonical-json';
import { validateReport } from '../../../src/core/report/validate';
import { sampleReport } from './sample-report';

/** Markup, bidi and zero-width tricks, lone surrogates, JSON and line separators, prototype keys. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u202Egnp.exe',
  'x\u200Bana\u00ADx',
  '\ud800 lone \udc00',
  '😀👩‍👩‍👧',
  'line\u2028sep\u2029para',
  'nul\u0000tab\tnew\nline',
  '__proto__',
  '{"id":"injected"}',
  "'; DROP TABLE reports; --",
  '${{7*7}}',
  'Ｘａｎａｘ',
];

function inputWith(title: string): ReportInput {
  const { schemaVersion: _, ...report } = sampleReport();
  return { ...report, listings: report.listings.map((listing) => ({ ...listing, title })) };
}

describe('buildReport and serializeReport', () => {
  it('keeps hostile strings byte for byte through serialisation', () => {
    for (const title of [...HOSTILE, HOSTILE.join('')]) {
      const report = buildReport(inputWith(title));
      expect(validateReport(report).ok).toBe(true);
      const { body, bytes } = serializeReport(report);
      expect(bytes).toEqual(new TextEncoder().encode(body));
      const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      expect(parsed.listings[0].title).toBe(title);
      expect(parsed).toEqual(report);
      expect(canonicalJson(parsed)).toBe(body);
    }
  });

  it('round-trips any generated text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), (title, note) => {
        const report = buildReport({ ...inputWith(title), note });
        const { bytes } = serializeReport(report);
        expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(report);
      }),
    );
  });

  it('sorts keys, drops undefined and copies only schema fields', () => {
    expect(canonicalJson({ b: 1, a: [true, 'x', undefined], c: undefined, é: null, Z: 0 })).toBe('{"Z":0,"a":[true,"x",null],"b":1,"é":null}');
    const input = inputWith('t');
    const finding = { ...input.listings[0].findings[0], extra: 'scanner-only', schedule: undefined };
    const report = buildReport({ ...input, listings: [{ ...input.listings[0], findings: [finding], seller: undefined }] });
    expect(report.listings[0].findings[0]).not.toHaveProperty('extra');
    expect(report.listings[0].findings[0]).not.toHaveProperty('schedule');
    expect(report.listings[0]).not.toHaveProperty('seller');
    expect(validateReport(report).ok).toBe(true);
  });

  it('writes Date times as UTC with Z and clips page-controlled text to whole code points', () => {
    const report = buildReport({
      ...inputWith('😀'.repeat(1500)),
      createdAt: new Date(Date.UTC(2026, 10, 24, 8, 0, 0, 5)),
      page: { ...sampleReport().page, capturedAt: new Date(0), title: 'y'.repeat(5000) },
    });
    expect(report.createdAt).toBe('2026-11-24T08:00:00.005Z');
    expect(report.page.capturedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(report.listings[0].title).toBe('😀'.repeat(1000));
    expect(report.page.title).toHaveLength(1000);
    expect(validateReport(report).ok).toBe(true);
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
  });
});

describe('findingContext', () => {
  it('takes whole code points either side', () => {
    expect(findingContext('buy xanax now', 4, 9, 3)).toEqual({ before: 'uy ', after: ' no' });
    expect(findingContext('😀😀xanax😀😀', 4, 9, 1)).toEqual({ before: '😀', after: '😀' });
  });
});
