import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../../../docs/report.schema.json';
import { REPORT_LIMITS } from '../../../src/core/report/limits';
import { validateReport } from '../../../src/core/report/validate';
import { sampleReport } from './sample-report';

const ajvValidate = new Ajv2020({ allErrors: true }).compile(schema);

function agree(value: unknown): void {
  const ours = validateReport(value);
  const theirs = ajvValidate(value);
  if (ours.ok !== theirs) {
    throw new Error(
      `disagreement: ours ${ours.ok ? 'valid' : JSON.stringify(ours.errors)}, ajv ${theirs ? 'valid' : JSON.stringify(ajvValidate.errors)}`,
    );
  }
}

type Path = Array<string | number>;

/** Every path to a value inside `value` (objects and arrays walked). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

/** A copy of `root` with the value at `path` replaced (or deleted, for `undefined` in an object). */
function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (replacement === undefined && !Array.isArray(parent)) delete parent[key];
  else parent[key] = replacement;
  return copy;
}

const samplePaths = pathsOf(sampleReport());
const limitValues = [...new Set(Object.values(REPORT_LIMITS))].filter((limit) => limit <= 5_000);

describe('validateReport', () => {
  it('accepts the sample and names the field it rejects', () => {
    expect(validateReport(sampleReport()).ok).toBe(true);
    const bad = setAt(sampleReport(), ['listings', 0, 'findings', 0, 'start'], -1);
    expect(validateReport(bad)).toEqual({ ok: false, errors: ['/listings/0/findings/0/start: must be between 0 and 2147483647'] });
  });

  it('agrees with ajv on the sample without its optional fields', () => {
    const minimal = sampleReport() as unknown as Record<string, unknown>;
    delete minimal.screenshot;
    const page = minimal.page as Record<string, unknown>;
    delete page.canonicalUrl;
    delete page.marketplace;
    minimal.listings = [{ title: '', priceFlags: [], findings: [] }];
    expect(ajvValidate(minimal)).toBe(true);
    agree(minimal);
    agree({ ...minimal, listings: [] });
  });

  it('agrees with ajv at every string bound, counting code points', () => {
    let checked = 0;
    for (const path of samplePaths) {
      if (typeof getAt(sampleReport(), path) !== 'string') continue;
      for (const limit of limitValues) {
        for (const length of [limit, limit + 1]) {
          agree(setAt(sampleReport(), path, 'x'.repeat(length)));
          agree(setAt(sampleReport(), path, '😀'.repeat(length)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('agrees with ajv at every array bound', () => {
    for (const path of samplePaths) {
      const value = getAt(sampleReport(), path);
      if (!Array.isArray(value)) continue;
      for (const length of [0, 10, 11, 20, 21, 200, 201]) {
        agree(setAt(sampleReport(), path, Array.from({ length }, () => structuredClone(value[0]))));
      }
    }
  });

  it('agrees with ajv on the screenshot size bound', () => {
    const limit = REPORT_LIMITS.screenshotBase64;
    for (const length of [limit, limit + 4]) {
      agree(setAt(sampleReport(), ['screenshot', 'dataBase64'], 'A'.repeat(length)));
    }
  });

  it('agrees with ajv on hand-picked odd values', () => {
    const odd: unknown[] = [
      null, [], 'x', 0, -0, 0.5, 1e300, -1, 2147483648, 'A', '', '😀', '\ud800', 'a\u0000b', 'USD', 'usd', 'I', 'VI',
      'image/png', '2026-02-30T00:00:00Z', '2026-11-24T24:00:00Z', '2026-11-24T08:00:00+00:00', '2026-11-24T08:00:00.1234Z',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85', 'javascript:alert(1)', 'https://x y',
      '0F8FAD5B-D9CB-469F-A165-70867728950E', '28981-97-7', '1-97-7', 'AAA=', 'AA==', 'A===', { raw: '' }, [{}], true,
    ];
    for (const path of samplePaths) {
      for (const value of odd) agree(setAt(sampleReport(), path, value));
      agree(setAt(sampleReport(), path, undefined));
      const target = getAt(sampleReport(), path);
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        agree(setAt(sampleReport(), [...path, 'extra'], 1));
        agree(setAt(sampleReport(), [...path, '__proto__'], {}));
      }
    }
  });

  it('agrees with ajv on generated mutations and generated values', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...samplePaths),
      value: fc.oneof(
        fc.jsonValue(),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.double(),
        fc.integer(),
        fc.constant(undefined),
        fc.constantFrom('critical', 'rx', 'II', 'offered', 'EUR', '2026-11-24T08:00:00Z'),
      ),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce<unknown>((report, { path, value }) => {
          try {
            return setAt(report, path, value);
          } catch {
            return report; // An earlier mutation removed this path.
          }
        }, sampleReport());
        agree(mutated);
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.jsonValue(), (value) => agree(value)), { numRuns: 500 });
  });

  it('agrees with ajv on generated valid reports', () => {
    const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
    const finding = fc.record(
      {
        category: fc.constantFrom('controlled', 'analogue', 'precursor', 'rx', 'slang', 'risk'),
        termId: text(20).filter((s) => s.length > 0),
        name: text(20),
        matched: text(20),
        start: fc.nat(),
        end: fc.nat(),
        severity: fc.constantFrom('info', 'low', 'medium', 'high', 'critical'),
        schedule: fc.constantFrom('I', 'II', 'III', 'IV', 'V'),
        list: text(20),
        cas: fc.constantFrom('50-00-0', '1234567-89-0'),
        reasons: fc.array(text(30), { maxLength: 10 }),
        context: fc.record({ before: text(30), after: text(30) }),
      },
      { requiredKeys: ['category', 'termId', 'name', 'matched', 'start', 'end', 'severity', 'reasons', 'context'] },
    );
    const amount = fc.double({ min: 0, max: 1e12, noNaN: true });
    const listing = fc.record(
      {
        title: text(50),
        url: fc.webUrl(),
        seller: text(20),
        price: fc.record({ raw: text(20), amount, min: amount, max: amount, currency: fc.constantFrom('USD', 'EUR'), unit: text(10), usd: amount }, { requiredKeys: ['raw'] }),
        priceFlags: fc.array(fc.record({ rule: fc.constantFrom('bulk', 'offered'), severity: fc.constant('low'), message: text(40) }), { maxLength: 3 }),
        findings: fc.array(finding, { maxLength: 4 }),
      },
      { requiredKeys: ['title', 'priceFlags', 'findings'] },
    );
    fc.assert(
      fc.property(fc.array(listing, { maxLength: 4 }), text(100), (listings, note) => {
        const report = { ...sampleReport(), listings, note };
        expect(ajvValidate(report)).toBe(true);
        agree(report);
      }),
      { numRuns: 300 },
    );
  });
});
