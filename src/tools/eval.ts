/**
 * `npm run eval [-- --json FILE]`: recall and false positives of the scanner on the shared corpus
 * (`../shared/corpus/`, third-party data read in place, never copied into the repository).
 *
 * - darknet-listings: every `Drugs »` page should give a drug finding (after listing assessment), and one for the
 *   drug its market category names. The page's breadcrumb line repeats the category ("Drugs » Opioids » Oxycodone"),
 *   which would score the label rather than the seller's text, so it is blanked out for the headline figures; the
 *   figure with it is printed too. Cannabis seeds are reported apart; `Other »` and `Forgeries` pages are listed for
 *   a hand check.
 * - product-titles: findings per 1,000 benign titles (target ≤ 1), with every false positive.
 * - product-pages: findings on benign saved pages (target 0).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Finding } from '../core/findings';
import { loadDefaultLexicon } from '../core/lexicon';
import type { Category } from '../core/lexicon/types';
import { assessListing, createScanner } from '../core/scan';
import { textOfHtml } from '../cli/html-text';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = resolve(repoRoot, '../shared/corpus');

const DRUG_CATEGORIES: ReadonlySet<Category> = new Set(['controlled', 'analogue', 'precursor', 'rx']);

/**
 * What a finding must be for a market category to count as "the drug it names": a pattern tested against the
 * finding's `termId` and `name` (lower case). `generic` categories name no drug ("Prescription Drugs", "Other"),
 * so only recall and the title check apply; `class` categories name a drug class, not one drug.
 */
interface ExpectedDrug {
  pattern?: RegExp;
  kind: 'drug' | 'class' | 'generic';
  note?: string;
}

const CANNABIS = /cannabi|marihuana|marijuana|tetrahydrocannabinol|\bthc\b|hashish/;
const AMPHETAMINE = /^(dextro|levo|lis)?(amphetamine|amfetamine|dexamfetamine|lisdexamfetamine)|adderall/;
const BENZODIAZEPINE = /azepam|azolam|zolam|azepine|etizolam|benzodiazepine|chlordiazepoxide/;
const ANABOLIC_STEROID =
  /anabolic|testosterone|nandrolone|trenbolone|stanozolol|oxandrolone|boldenone|methandrostenolone|methandienone|drostanolone|oxymetholone|metenolone|methenolone|mesterolone|turinabol|chlorodehydromethyltestosterone|methyltestosterone/;

/** Keyed by the category without its "Drugs » " prefix, white space collapsed. */
const EXPECTED_BY_CATEGORY: Readonly<Record<string, ExpectedDrug>> = {
  'Cannabis » Buds and Flowers': { pattern: CANNABIS, kind: 'drug' },
  'Cannabis » Hash': { pattern: CANNABIS, kind: 'drug' },
  'Cannabis » Shake': { pattern: CANNABIS, kind: 'drug' },
  'Cannabis » Concentrates': { pattern: CANNABIS, kind: 'drug' },
  'Cannabis » Cartridges': { pattern: CANNABIS, kind: 'drug' },
  'Cannabis » Edibles': { pattern: CANNABIS, kind: 'drug' },
  'Cannabis » Seeds': { pattern: CANNABIS, kind: 'drug', note: 'seeds: legal status differs; reported apart' },
  'Ecstasy » XTC Pills': { pattern: /mdma|methylenedioxymethamphetamine|ecstasy/, kind: 'drug' },
  'Ecstasy » MDMA': { pattern: /mdma|methylenedioxymethamphetamine/, kind: 'drug' },
  'Ecstasy » Methylone': { pattern: /methylone/, kind: 'drug' },
  'Dissociatives » Ketamine': { pattern: /ketamine/, kind: 'drug' },
  'Dissociatives » GHB/GBL': { pattern: /\bghb\b|\bgbl\b|hydroxybutyr|butyrolactone|butanediol/, kind: 'drug' },
  'Dissociatives » Methoxetamine (MXE)': { pattern: /methoxetamine|\bmxe\b/, kind: 'drug' },
  'Stimulants » Cocaine': { pattern: /cocaine/, kind: 'drug' },
  'Stimulants » Crack': { pattern: /cocaine/, kind: 'drug', note: 'crack is cocaine base' },
  'Stimulants » Amphetamine/Speed': { pattern: AMPHETAMINE, kind: 'drug' },
  'Stimulants » Adderall': { pattern: AMPHETAMINE, kind: 'drug', note: 'Adderall is mixed amphetamine salts' },
  'Stimulants » Methamphetamine (Meth)': { pattern: /methamphetamine|metamfetamine/, kind: 'drug' },
  'Stimulants » Mephedrone': { pattern: /mephedrone|methylmethcathinone|\b4-?mmc\b/, kind: 'drug' },
  'Stimulants » Lidocaine': { pattern: /lidocaine/, kind: 'drug', note: 'lidocaine is not controlled; a cocaine cut' },
  'Stimulants » Sexual Stimulants': { pattern: /sildenafil|tadalafil|vardenafil|avanafil|dapoxetine/, kind: 'class' },
  'Stimulants » Other': { kind: 'generic' },
  'Psychedelics » LSD': { pattern: /\blsd\b|lysergide|lysergic-acid-diethylamide|diethylamide/, kind: 'drug' },
  'Psychedelics » DMT': { pattern: /\bdmt\b|dimethyltryptamine/, kind: 'drug' },
  'Psychedelics » Shrooms': { pattern: /psilocyb|psilocin|psilocyn/, kind: 'drug' },
  'Psychedelics » Other': { kind: 'generic' },
  'Opioids » Oxycodone': { pattern: /oxycodone/, kind: 'drug' },
  'Opioids » Heroin': { pattern: /heroin|diacetylmorphine|diamorphine/, kind: 'drug' },
  'Opioids » Hydrocodone': { pattern: /hydrocodone/, kind: 'drug' },
  'Opioids » Tramadol': { pattern: /tramadol/, kind: 'drug' },
  'Opioids » Codeine': { pattern: /codeine/, kind: 'drug' },
  'Opioids » Codeine Syrups/Solutions': { pattern: /codeine/, kind: 'drug' },
  'Opioids » Other': { kind: 'generic' },
  'Benzodiazepine (Benzos) » Alprazolam (Xanax)': { pattern: /alprazolam/, kind: 'drug' },
  'Benzodiazepine (Benzos) » Diazepam (Valium)': { pattern: /diazepam/, kind: 'drug' },
  'Benzodiazepine (Benzos) » Lorazepam': { pattern: /lorazepam/, kind: 'drug' },
  'Benzodiazepine (Benzos) » Pills': { pattern: BENZODIAZEPINE, kind: 'class' },
  'Benzodiazepine (Benzos) » Powder': { pattern: BENZODIAZEPINE, kind: 'class' },
  'Benzodiazepine (Benzos) » RCs': { pattern: BENZODIAZEPINE, kind: 'class' },
  'Benzodiazepine (Benzos) » Other': { pattern: BENZODIAZEPINE, kind: 'class' },
  Steroids: { pattern: ANABOLIC_STEROID, kind: 'class' },
  'Prescription Drugs': { kind: 'generic' },
  'Weight Loss': { kind: 'generic' },
  Other: { kind: 'generic' },
};

interface ManifestRow {
  file: string;
  /** White space collapsed: "Drugs » Opioids » Oxycodone". */
  category: string;
  /** As written in the manifest and on the page's breadcrumb line. */
  rawCategory: string;
  title: string;
}

interface PageResult {
  file: string;
  category: string;
  title: string;
  findings: Finding[];
  /** Drug findings with the breadcrumb line blanked out. */
  drugFindings: Finding[];
  /** Drug findings on the page as it is, breadcrumb included. */
  drugFindingsWithBreadcrumb: Finding[];
  /** Raw findings (slang, risk phrases) that listing assessment dropped for want of a drug entity. */
  dropped: Finding[];
  rightDrug: boolean | null;
  titleHit: boolean;
  /** End of the page's first line, "TITLE: <seller's title> | Nemesis Market". */
  titleEnd: number;
}

interface CategoryRow {
  category: string;
  kind: ExpectedDrug['kind'];
  pages: number;
  withDrugFinding: number;
  withRightDrug: number | null;
  withTitleHit: number;
  missed: string[];
  note?: string;
}

const scanner = createScanner();

function scanListing(text: string): Finding[] {
  return assessListing(scanner.scanText(text));
}

function isDrugFinding(finding: Finding): boolean {
  return DRUG_CATEGORIES.has(finding.category);
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readManifest(): ManifestRow[] {
  const lines = readFileSync(join(corpusRoot, 'darknet-listings/manifest.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [file, rawCategory, title] = line.split('\t');
      return { file, rawCategory, category: collapseSpaces(rawCategory), title: title ?? '' };
    });
}

/** The page with every line that is exactly the breadcrumb replaced by spaces, so offsets stay the same. */
function withoutBreadcrumb(text: string, rawCategory: string): string {
  return text
    .split('\n')
    .map((line) => (line.trimEnd() === rawCategory ? ' '.repeat(line.length) : line))
    .join('\n');
}

function expectedDrugFor(category: string): ExpectedDrug {
  return EXPECTED_BY_CATEGORY[category.replace(/^Drugs » /, '')] ?? { kind: 'generic', note: 'unmapped category' };
}

function findingMatches(pattern: RegExp, finding: Finding): boolean {
  return pattern.test(finding.termId.toLowerCase()) || pattern.test(finding.name.toLowerCase());
}

function evaluateDarknetPage(row: ManifestRow): PageResult {
  const text = readFileSync(join(corpusRoot, 'darknet-listings/pages', row.file), 'utf8');
  const raw = scanner.scanText(withoutBreadcrumb(text, row.rawCategory));
  const findings = assessListing(raw);
  const kept = new Set(findings.map((finding) => `${finding.termId}@${finding.start}`));
  const dropped = raw.filter((finding) => !kept.has(`${finding.termId}@${finding.start}`));
  const drugFindings = findings.filter(isDrugFinding);
  const drugFindingsWithBreadcrumb = scanListing(text).filter(isDrugFinding);
  const expected = expectedDrugFor(row.category);
  const pattern = expected.pattern;
  const rightDrug = pattern ? drugFindings.some((finding) => findingMatches(pattern, finding)) : null;
  // The first line is "TITLE: <seller's title> | Nemesis Market".
  const titleEnd = text.indexOf('\n');
  const titleHit = drugFindings.some((finding) => finding.start < titleEnd);
  return {
    file: row.file,
    category: row.category,
    title: row.title,
    findings,
    drugFindings,
    drugFindingsWithBreadcrumb,
    dropped,
    rightDrug,
    titleHit,
    titleEnd,
  };
}

function tabulate(pages: PageResult[]): CategoryRow[] {
  const byCategory = new Map<string, PageResult[]>();
  for (const page of pages) byCategory.set(page.category, [...(byCategory.get(page.category) ?? []), page]);
  return [...byCategory.entries()]
    .map(([category, group]) => {
      const expected = expectedDrugFor(category);
      return {
        category,
        kind: expected.kind,
        pages: group.length,
        withDrugFinding: group.filter((page) => page.drugFindings.length > 0).length,
        withRightDrug: expected.pattern ? group.filter((page) => page.rightDrug).length : null,
        withTitleHit: group.filter((page) => page.titleHit).length,
        missed: group.filter((page) => page.drugFindings.length === 0).map((page) => page.file),
        note: expected.note,
      };
    })
    .sort((a, b) => b.pages - a.pages || (a.category < b.category ? -1 : 1));
}

/** Records of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

interface TitleFalsePositive {
  title: string;
  termId: string;
  category: Category;
  matched: string;
}

function evaluateProductTitles() {
  const [header, ...rows] = parseCsv(readFileSync(join(corpusRoot, 'product-titles/flipkart-sample.csv'), 'utf8'));
  const nameColumn = header.indexOf('product_name');
  const falsePositives: TitleFalsePositive[] = [];
  // Slang and risk phrases the listing rules dropped: they become findings next to any drug name.
  const latent: Finding[] = [];
  let titlesWithFindings = 0;
  for (const row of rows) {
    const title = row[nameColumn] ?? '';
    const raw = scanner.scanText(title);
    const findings = assessListing(raw);
    if (findings.length === 0) latent.push(...raw);
    if (findings.length > 0) titlesWithFindings++;
    for (const finding of findings) {
      falsePositives.push({ title, termId: finding.termId, category: finding.category, matched: finding.matched });
    }
  }
  return {
    titles: rows.length,
    findings: falsePositives.length,
    titlesWithFindings,
    findingsPer1000Titles: round((falsePositives.length / rows.length) * 1000, 2),
    falsePositives,
    latent: countBy(latent, (finding) => `${finding.category}:${finding.termId} "${finding.matched.toLowerCase()}"`),
  };
}

function evaluateProductPages() {
  const directory = join(corpusRoot, 'product-pages');
  return readdirSync(directory)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const text = textOfHtml(readFileSync(join(directory, name), 'utf8'));
      const raw = scanner.scanText(text);
      const findings = assessListing(raw);
      return {
        page: name,
        characters: text.length,
        latent: findings.length === 0 ? distinctTerms(raw) : [],
        findings: findings.map((finding) => ({
          termId: finding.termId,
          category: finding.category,
          matched: finding.matched,
          context: contextOf(text, finding),
        })),
      };
    });
}

function contextOf(text: string, finding: Finding): string {
  const before = text.slice(Math.max(0, finding.start - 40), finding.start);
  const after = text.slice(finding.end, finding.end + 40);
  return collapseSpaces(`${before}[${finding.matched}]${after}`);
}

/** "termId \"first matched\" ×count" per distinct term, in order of first appearance. */
function distinctTerms(findings: Finding[]): string[] {
  const byTerm = new Map<string, { matched: string; count: number }>();
  for (const finding of findings) {
    const key = `${finding.category}:${finding.termId}`;
    const seen = byTerm.get(key);
    if (seen) seen.count++;
    else byTerm.set(key, { matched: finding.matched, count: 1 });
  }
  return [...byTerm.entries()].map(([key, { matched, count }]) => `${key} "${collapseSpaces(matched)}"${count > 1 ? ` ×${count}` : ''}`);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`;
}

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Patterns of the category map that match no lexicon entry: the lexicon lacks the drug or the map is wrong. */
function unmatchedPatterns(): string[] {
  const entries = loadDefaultLexicon().entries;
  const unmatched = new Set<string>();
  for (const [category, expected] of Object.entries(EXPECTED_BY_CATEGORY)) {
    const pattern = expected.pattern;
    if (!pattern) continue;
    const found = entries.some(
      (entry) => DRUG_CATEGORIES.has(entry.category) && (pattern.test(entry.id) || pattern.test(entry.name.toLowerCase())),
    );
    if (!found) unmatched.add(`${category} (${pattern.source})`);
  }
  return [...unmatched];
}

function computeFigures() {
  const started = performance.now();

  const manifest = readManifest();
  const drugRows = manifest.filter((row) => row.category.startsWith('Drugs » '));
  const isSeeds = (row: { category: string }) => row.category === 'Drugs » Cannabis » Seeds';
  const drugPages = drugRows.filter((row) => !isSeeds(row)).map(evaluateDarknetPage);
  const seedPages = drugRows.filter(isSeeds).map(evaluateDarknetPage);
  const otherRows = manifest.filter((row) => !row.category.startsWith('Drugs » '));
  const otherPages = otherRows.map(evaluateDarknetPage).filter((page) => page.findings.length > 0);
  const titles = evaluateProductTitles();
  const productPages = evaluateProductPages();
  const seconds = (performance.now() - started) / 1000;

  const checkable = drugPages.filter((page) => page.rightDrug !== null);
  const drugOnly = drugPages.filter((page) => expectedDrugFor(page.category).kind === 'drug');
  return {
    corpus: corpusRoot,
    darknet: {
      drugPages: drugPages.length,
      withDrugFinding: drugPages.filter((page) => page.drugFindings.length > 0).length,
      withDrugFindingIncludingBreadcrumb: drugPages.filter((page) => page.drugFindingsWithBreadcrumb.length > 0).length,
      rightDrugCheckable: checkable.length,
      withRightDrug: checkable.filter((page) => page.rightDrug).length,
      singleDrugCategoryPages: drugOnly.length,
      singleDrugCategoryRight: drugOnly.filter((page) => page.rightDrug).length,
      withTitleHit: drugPages.filter((page) => page.titleHit).length,
      categories: tabulate(drugPages),
      seeds: {
        pages: seedPages.length,
        withDrugFinding: seedPages.filter((page) => page.drugFindings.length > 0).length,
        withRightDrug: seedPages.filter((page) => page.rightDrug).length,
      },
      missed: drugPages
        .filter((page) => page.drugFindings.length === 0)
        .map((page) => ({
          file: page.file,
          category: page.category,
          title: page.title,
          droppedWithoutDrug: distinctTerms(page.dropped),
        })),
      wrongDrug: checkable
        .filter((page) => page.drugFindings.length > 0 && !page.rightDrug)
        .map((page) => ({
          file: page.file,
          category: page.category,
          title: page.title,
          found: distinctTerms(page.drugFindings),
          foundInTitle: distinctTerms(page.drugFindings.filter((finding) => finding.start < page.titleEnd)),
        })),
      otherAndForgeriesPages: otherRows.length,
      otherAndForgeriesForHandCheck: otherPages.map((page) => ({
        file: page.file,
        category: page.category,
        title: page.title,
        findings: distinctTerms(page.findings),
      })),
    },
    productTitles: {
      titles: titles.titles,
      findings: titles.findings,
      titlesWithFindings: titles.titlesWithFindings,
      findingsPer1000Titles: titles.findingsPer1000Titles,
      targetPer1000Titles: 1,
      byTerm: countBy(titles.falsePositives, (fp) => `${fp.category}:${fp.termId}`),
      falsePositives: titles.falsePositives,
      latentSlangAndRisk: titles.latent,
    },
    productPages,
    categoryMapGaps: unmatchedPatterns(),
    seconds: round(seconds, 1),
  };
}

type Figures = ReturnType<typeof computeFigures>;

function printReport({ darknet, productTitles, productPages, categoryMapGaps, seconds }: Figures): void {
  const line = (text = '') => console.log(text);
  line('RxLens evaluation on ../shared/corpus (breadcrumb line blanked unless stated)');
  line();
  line(`darknet-listings, Drugs » pages (seeds apart): ${darknet.drugPages}`);
  line(`  recall, ≥ 1 drug finding:           ${darknet.withDrugFinding}/${darknet.drugPages} ` +
    `(${percent(darknet.withDrugFinding, darknet.drugPages)})`);
  line(`  same with the breadcrumb scanned:    ${darknet.withDrugFindingIncludingBreadcrumb}/${darknet.drugPages} ` +
    `(${percent(darknet.withDrugFindingIncludingBreadcrumb, darknet.drugPages)})`);
  line(`  right drug, single-drug categories: ${darknet.singleDrugCategoryRight}/${darknet.singleDrugCategoryPages} ` +
    `(${percent(darknet.singleDrugCategoryRight, darknet.singleDrugCategoryPages)})`);
  line(`  right drug or class, all checkable: ${darknet.withRightDrug}/${darknet.rightDrugCheckable} ` +
    `(${percent(darknet.withRightDrug, darknet.rightDrugCheckable)})`);
  line(`  drug finding in the seller's title: ${darknet.withTitleHit}/${darknet.drugPages} ` +
    `(${percent(darknet.withTitleHit, darknet.drugPages)})`);
  line(`  cannabis seeds: ${darknet.seeds.withDrugFinding}/${darknet.seeds.pages} with a drug finding, ` +
    `${darknet.seeds.withRightDrug} for cannabis`);
  line();
  line('  category                                         kind     pages  found  right  title  missed');
  for (const row of darknet.categories) {
    line(
      `  ${row.category.padEnd(48)} ${row.kind.padEnd(8)} ${String(row.pages).padStart(5)}  ` +
        `${String(row.withDrugFinding).padStart(5)}  ${String(row.withRightDrug ?? '–').padStart(5)}  ` +
        `${String(row.withTitleHit).padStart(5)}  ${row.note ? `(${row.note}) ` : ''}${row.missed.join(' ')}`,
    );
  }
  line();
  line(`  missed pages (${darknet.missed.length}):`);
  for (const page of darknet.missed) {
    const dropped = page.droppedWithoutDrug.length > 0 ? `  (dropped: ${page.droppedWithoutDrug.join(', ')})` : '';
    line(`    ${page.file}  [${page.category}]  ${page.title}${dropped}`);
  }
  line(`  wrong drug (${darknet.wrongDrug.length}):`);
  for (const page of darknet.wrongDrug) {
    const inTitle = page.foundInTitle.length > 0 ? `in title: ${page.foundInTitle.join(', ')}` : 'none in title';
    const more = page.found.length > 3 ? `, … (${page.found.length} terms)` : '';
    line(`    ${page.file}  [${page.category}]  ${page.title}  → ${inTitle}; page: ${page.found.slice(0, 3).join(', ')}${more}`);
  }
  line();
  line(
    `  Other » / Forgeries pages with findings, for a hand check: ${darknet.otherAndForgeriesForHandCheck.length} ` +
      `of ${darknet.otherAndForgeriesPages}`,
  );
  for (const page of darknet.otherAndForgeriesForHandCheck) {
    line(`    ${page.file}  [${page.category}]  ${page.title}  → ${page.findings.join(', ')}`);
  }
  line();
  line(`product-titles/flipkart-sample.csv: ${productTitles.findings} findings in ${productTitles.titles} titles ` +
    `(${productTitles.titlesWithFindings} titles) = ${productTitles.findingsPer1000Titles} per 1,000 (target ≤ 1)`);
  for (const [term, count] of productTitles.byTerm) line(`    ${String(count).padStart(4)}  ${term}`);
  for (const [example, count] of countBy(productTitles.falsePositives, (fp) => `"${fp.matched}" (${fp.termId}) in: ${fp.title}`)) {
    line(`    ${String(count).padStart(4)} × ${example}`);
  }
  const latent = productTitles.latentSlangAndRisk;
  line(`  slang and risk phrases dropped for want of a drug name (${latent.reduce((sum, [, n]) => sum + n, 0)}; ` +
    `they become findings beside one), most frequent:`);
  for (const [term, count] of latent.slice(0, 15)) line(`    ${String(count).padStart(4)}  ${term}`);
  line();
  line('product-pages (target 0 each):');
  for (const page of productPages) {
    line(`  ${page.page}: ${page.findings.length} findings in ${page.characters} characters of text`);
    for (const finding of page.findings) line(`    ${finding.termId}: ${finding.context}`);
    if (page.latent.length > 0) line(`    dropped slang/risk: ${page.latent.join(', ')}`);
  }
  if (categoryMapGaps.length > 0) {
    line();
    line('Category map patterns that match no drug entry of the lexicon (lexicon gap or map error):');
    for (const gap of categoryMapGaps) line(`  ${gap}`);
  }
  line();
  line(`(${seconds} s)`);
}

function main(): void {
  const { values } = parseArgs({ options: { json: { type: 'string' } }, allowPositionals: false });
  const figures = computeFigures();
  printReport(figures);
  if (values.json) {
    writeFileSync(values.json, JSON.stringify(figures, null, 2) + '\n');
    console.log(`\nFigures written to ${values.json}`);
  }
}

main();
