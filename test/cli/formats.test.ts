import { describe, expect, it } from 'vitest';
import { fixture, jsonLines, runCli, temporaryDirectory } from './run-cli';

describe('rxlens scan output formats', { timeout: 60_000 }, () => {
  const inputs = [fixture('text-with-oxycodone.txt'), fixture('text-and-html-lines.jsonl')];

  it('writes one JSON array with the same documents as the JSON lines', () => {
    const lines = runCli(['scan', ...inputs]);
    const array = runCli(['scan', '--format', 'json', ...inputs]);
    expect(array.status).toBe(0);
    const documents = JSON.parse(array.stdout);
    expect(documents).toHaveLength(4);
    expect(documents).toEqual(jsonLines(lines.stdout));
  });

  it('writes an empty JSON array for a directory with nothing to scan', () => {
    const run = runCli(['scan', '--format', 'json', temporaryDirectory()]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('writes CSV with a header and one row per finding', () => {
    const documents = jsonLines(runCli(['scan', ...inputs]).stdout);
    const run = runCli(['scan', '--format', 'csv', ...inputs]);
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\r\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe('id,category,termId,name,matched,start,end,severity,reasons');
    const findings = documents.flatMap((document) => document.findings.map((finding) => ({ id: document.id, finding })));
    expect(rows).toHaveLength(1 + findings.length);
    const { id, finding } = findings[0];
    expect(rows[1].startsWith(`${id},${finding.category},${finding.termId},`)).toBe(true);
    expect(rows[1]).toContain(`,${finding.start},${finding.end},${finding.severity},`);
  });

  it('quotes CSV cells with commas or quotes and guards cells that a spreadsheet would run as formulas', () => {
    const input = '{"id": "=HYPERLINK(\\"http://evil\\")", "text": "oxycodone"}\n{"id": "a, \\"b\\"", "text": "oxycodone"}\n';
    const run = runCli(['scan', '--format', 'csv', '-'], input);
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\r\n');
    expect(rows[1].startsWith(`"'=HYPERLINK(""http://evil"")",`)).toBe(true);
    expect(rows[2].startsWith(`"a, ""b""",`)).toBe(true);
  });
});
