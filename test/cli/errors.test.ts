import { describe, expect, it } from 'vitest';
import { fixture, jsonLines, runCli, STACK_TRACE_LINE } from './run-cli';

describe('rxlens scan errors', { timeout: 60_000 }, () => {
  it('names file:line of a malformed JSON line, scans the other lines and exits 2', () => {
    const path = fixture('malformed-second-line.jsonl');
    const run = runCli(['scan', path, fixture('text-with-oxycodone.txt')]);
    expect(run.status).toBe(2);
    expect(jsonLines(run.stdout).map((document) => document.id)).toEqual([
      'first',
      'third',
      fixture('text-with-oxycodone.txt'),
    ]);
    const messages = run.stderr.trimEnd().split('\n');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(new RegExp(`^rxlens: ${path}:2: invalid JSON`));
    expect(messages[1]).toBe(`rxlens: ${path}:4: expected a string "text" or "html"`);
  });

  it('reports a missing file in one line and still scans the others', () => {
    const run = runCli(['scan', 'no-such-file.txt', fixture('benign-product.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('rxlens: no-such-file.txt: no such file or directory\n');
    expect(jsonLines(run.stdout).map((document) => document.id)).toEqual([fixture('benign-product.txt')]);
  });

  it('refuses a file type it cannot read', () => {
    const run = runCli(['scan', fixture('extra-lexicon-entry.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/extra-lexicon-entry\.json: unsupported file type/);
  });

  it('merges a --lexicon file into the default lexicon', () => {
    const without = runCli(['scan', '-'], 'zylofam 5mg and oxycodone');
    expect(jsonLines(without.stdout)[0].findings.map((finding) => finding.termId)).not.toContain('zylofam');
    const run = runCli(['scan', '--lexicon', fixture('extra-lexicon-entry.json'), '-'], 'zylofam 5mg and oxycodone');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const termIds = jsonLines(run.stdout)[0].findings.map((finding) => finding.termId);
    expect(termIds).toContain('zylofam');
    expect(termIds).toContain('oxycodone');
  });

  it('exits 2 naming the --lexicon file and the reason when it is malformed', () => {
    const path = fixture('extra-lexicon-bad-cas.json');
    const run = runCli(['scan', '--lexicon', path, fixture('benign-product.txt')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `rxlens: ${path}: entry 0 ("test-precursor"): CAS number "79099-07-4" is not canonical NNNNNNN-NN-N ` +
        'with a valid check digit\n',
    );
    const missing = runCli(['scan', '--lexicon', 'missing.json', '-'], 'x');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('rxlens: missing.json: no such file or directory\n');
  });

  it('explains a bad command line in one line and exits 2', () => {
    for (const args of [[], ['scan'], ['inspect', 'x.txt'], ['scan', '--format', 'xml', 'x.txt'], ['scan', '--bogus']]) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^rxlens: .+ \(see "rxlens --help"\)\n$/);
      expect(run.stderr).not.toMatch(STACK_TRACE_LINE);
    }
  });

  it('prints the tool and lexicon versions', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^rxlens \d+\.\d+\.\d+, lexicon \S+\n$/);
  });

  it('prints help and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: rxlens scan \[--format jsonl\|json\|csv\] \[--lexicon FILE\] PATH\.\.\./);
  });
});
