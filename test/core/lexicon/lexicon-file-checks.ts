/**
 * Checks every hand-written lexicon file must pass, shared by the rx, slang, risk and translation tests.
 */
import { expect } from 'vitest';
import type { Category, LexiconFile, Source } from '../../../src/core/lexicon/types';

/** Lower-case ASCII kebab-case, e.g. "4-anpp", "slang-oxycodone". */
export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * What the matcher treats as the same written form: case, accents and separators folded away. Two forms with the same
 * key in one file are a duplicate.
 */
export function termKey(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every written form of a file's entries: terms, exact forms and names in other languages, with their entry id. */
export function writtenForms(file: LexiconFile): Array<{ id: string; form: string }> {
  return file.entries.flatMap((entry) =>
    [...entry.terms, ...(entry.exact ?? []), ...Object.values(entry.i18n ?? {}).flat()].map((form) => ({
      id: entry.id,
      form,
    })),
  );
}

/** Forms that fold to a key another form of the same list already has, as "form (id) = earlier (id)". */
export function duplicateForms(forms: ReadonlyArray<{ id: string; form: string }>): string[] {
  const firstByKey = new Map<string, { id: string; form: string }>();
  const duplicates: string[] = [];
  for (const item of forms) {
    const earlier = firstByKey.get(termKey(item.form));
    if (earlier) duplicates.push(`${item.form} (${item.id}) = ${earlier.form} (${earlier.id})`);
    else firstByKey.set(termKey(item.form), item);
  }
  return duplicates;
}

/** A source names a document, a section and a real ISO date, and says whether its text was read or recalled. */
export function expectHonestSource(source: Source, where: string): void {
  expect(source.document.trim().length, where).toBeGreaterThan(10);
  expect(source.section.trim().length, where).toBeGreaterThan(0);
  expect(source.date, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Number.isNaN(Date.parse(source.date)), where).toBe(false);
  expect(source.section, where).toMatch(/from memory, not checked against the text|checked|read in/);
}

/** File-level shape: version, category of every entry, unique kebab-case ids, sources, no empty or padded forms. */
export function expectWellFormedFile(file: LexiconFile, category: Category): void {
  expect(file.lexiconVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  expect(file.description.length).toBeGreaterThan(20);
  const ids = file.entries.map((entry) => entry.id);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  for (const entry of file.entries) {
    expect(entry.id, entry.id).toMatch(KEBAB_CASE);
    expect(entry.category, entry.id).toBe(category);
    expect(entry.name.trim().length, entry.id).toBeGreaterThan(0);
    expect(entry.terms.length + (entry.exact?.length ?? 0), entry.id).toBeGreaterThan(0);
    expectHonestSource(entry.source, entry.id);
  }
  for (const { id, form } of writtenForms(file)) {
    expect(form.trim(), id).toBe(form);
    expect(termKey(form).length, `${id}: "${form}"`).toBeGreaterThan(0);
  }
}
