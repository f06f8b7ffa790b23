import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, jsonLines, REPO_ROOT, runCli, temporaryDirectory } from './run-cli';

// Each case starts Node, tsx and the lexicon: seconds, not milliseconds.
describe('rxlens scan inputs', { timeout: 60_000 }, () => {
  it('scans a .txt file as one document, with offsets into its text', () => {
    const path = fixture('text-with-oxycodone.txt');
    const run = runCli(['scan', path]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [document, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(document.id).toBe(path);
    const text = readFileSync(join(REPO_ROOT, path), 'utf8');
    expect(document.findings.map((finding) => finding.termId)).toContain('oxycodone');
    for (const finding of document.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.matched);
    expect(document.listings).toHaveLength(1);
    expect(document.listings[0].findings).toEqual(document.findings);
  });

  it('finds nothing in a benign text', () => {
    const run = runCli(['scan', fixture('benign-product.txt')]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([
      { id: fixture('benign-product.txt'), findings: [], listings: [{ findings: [], price: null, priceFlags: [] }] },
    ]);
  });

  it('scans an .html page with the extraction rules: joined inline text, alt text, no scripts or templates', () => {
    const run = runCli(['scan', fixture('page-with-split-fentanyl.html')]);
    expect(run.status).toBe(0);
    const [document] = jsonLines(run.stdout);
    const byTerm = new Map(document.findings.map((finding) => [finding.termId, finding]));
    expect(byTerm.get('fentanyl')?.matched).toBe('fentanyl');
    expect(byTerm.get('alprazolam')?.matched).toBe('Xanax');
    const matched = document.findings.map((finding) => finding.matched.toLowerCase());
    for (const hidden of ['heroin', 'cocaine', 'ketamine', 'methamphetamine']) expect(matched).not.toContain(hidden);
  });

  it('scans each line of a .jsonl file, text or html, with the line id or file:line as id', () => {
    const path = fixture('text-and-html-lines.jsonl');
    const run = runCli(['scan', path]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const documents = jsonLines(run.stdout);
    expect(documents.map((document) => document.id)).toEqual(['text-line', 'html-line', `${path}:4`]);
    expect(documents[0].findings.map((finding) => finding.termId)).toContain('oxycodone');
    expect(documents[1].findings.map((finding) => [finding.termId, finding.matched])).toEqual([
      ['alprazolam', 'Xanax'],
    ]);
    expect(documents[2].findings.map((finding) => finding.matched)).toContain('fentanyl');
  });

  it('reads standard input as text, HTML or JSON lines', () => {
    const text = runCli(['scan', '-'], 'cheap oxycodone here');
    expect(text.status).toBe(0);
    const [textDocument] = jsonLines(text.stdout);
    expect(textDocument.id).toBe('<stdin>');
    expect(textDocument.findings.map((finding) => [finding.matched, finding.start, finding.end])).toEqual([
      ['oxycodone', 6, 15],
    ]);

    const html = runCli(['scan', '-'], '<p>fen<b>tanyl</b></p><script>heroin</script>');
    expect(jsonLines(html.stdout)[0].findings.map((finding) => finding.matched)).toEqual(['fentanyl']);

    const lines = runCli(['scan', '-'], '{"id": 7, "text": "xanax"}\n{"id": "b", "text": "nothing"}\n');
    expect(jsonLines(lines.stdout).map((document) => [document.id, document.findings.length])).toEqual([
      [7, 1],
      ['b', 0],
    ]);
  });

  it('scans a directory recursively in sorted order, ignoring other file types', () => {
    const directory = temporaryDirectory();
    mkdirSync(join(directory, 'b-nested'));
    mkdirSync(join(directory, 'a-nested'));
    copyFileSync(join(REPO_ROOT, fixture('text-with-oxycodone.txt')), join(directory, 'b-nested', 'oxy.txt'));
    copyFileSync(join(REPO_ROOT, fixture('page-with-split-fentanyl.html')), join(directory, 'a-nested', 'page.htm'));
    copyFileSync(join(REPO_ROOT, fixture('benign-product.txt')), join(directory, 'c.txt'));
    writeFileSync(join(directory, 'a.txt'), 'xanax');
    writeFileSync(join(directory, 'notes.md'), 'oxycodone, but not a scanned file type');

    const run = runCli(['scan', directory]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((document) => document.id)).toEqual([
      join(directory, 'a-nested', 'page.htm'),
      join(directory, 'a.txt'),
      join(directory, 'b-nested', 'oxy.txt'),
      join(directory, 'c.txt'),
    ]);
  });
});

describe('prices in scan output', { timeout: 60_000 }, () => {
  it('gives a text document its main price and the price rules flags', () => {
    const file = join(temporaryDirectory(), 'ozempic.txt');
    writeFileSync(file, 'Ozempic 1mg semaglutide pen, US $12.00 / pen, worldwide shipping.\n');
    const run = runCli(['scan', file]);
    expect(run.status).toBe(0);
    const [document] = jsonLines(run.stdout);
    const [listing] = document.listings;
    expect(listing.price).toMatchObject({ amount: 12, currency: 'USD' });
    expect(listing.priceFlags.map((f) => f.rule)).toContain('below-reference');
  });
});
