import { describe, expect, it } from 'vitest';
import { reportAsCsv } from '../../src/popup/export';
import { sampleReport } from '../core/report/sample-report';

describe('reportAsCsv', () => {
  it('writes one row per finding under a header, with page text guarded against spreadsheet formulas', () => {
    const report = sampleReport();
    report.listings[0].title = '=HYPERLINK("http://evil.example","click")';
    const lines = reportAsCsv(report).trimEnd().split('\r\n');
    const findings = report.listings.reduce((n, l) => n + l.findings.length, 0);
    expect(lines).toHaveLength(1 + findings);
    expect(lines[0]).toMatch(/^reportId,pageUrl,caseId,listing,/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });
});
