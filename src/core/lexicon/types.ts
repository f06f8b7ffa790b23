/**
 * The lexicon as it is stored in `src/core/lexicon/data/*.json`: regulated substances and the words around them,
 * each entry carrying the primary source it was taken from.
 */

/** What kind of thing an entry is; decides severity and which rules apply. */
export type Category = 'controlled' | 'analogue' | 'precursor' | 'rx' | 'slang' | 'risk';

/** US Controlled Substances Act schedules (21 CFR 1308.11–1308.15). */
export type Schedule = 'I' | 'II' | 'III' | 'IV' | 'V';

/** Where an entry's facts come from: a document, the section within it, and the date of the version read. */
export interface Source {
  /** e.g. "21 CFR 1308.12" or "DEA Diversion Control Division, Lists of Scheduling Actions" */
  document: string;
  /** e.g. "(c)(1)" or "List I" */
  section: string;
  /** ISO date of the version consulted, e.g. "2026-10-01" */
  date: string;
  url?: string;
}

export interface LexiconEntry {
  /** Stable id: lower-case ASCII kebab-case of the canonical name, e.g. "alprazolam", "4-anpp". */
  id: string;
  /** Canonical name shown to the user, e.g. "Alprazolam". */
  name: string;
  category: Category;
  /** Controlled substances: their schedule. */
  schedule?: Schedule;
  /** Precursors: the control list, e.g. "DEA List I", "DEA List II", "Schedule II immediate precursor", "UN 1988 Table I". */
  list?: string;
  /** DEA Controlled Substance Code Number (Administration Controlled Substances Code), where one exists. */
  deaCode?: string;
  /**
   * Every written form to match, Latin script: the name, synonyms, salts as sold, brand names, abbreviations.
   * Matching is case-, accent- and obfuscation-insensitive, so list each form once in plain spelling.
   */
  terms: string[];
  /**
   * Terms that must appear exactly as written (after case folding only): short or ambiguous ones like "GHB", and
   * ordinary words that are also a drug's name ("molly", "speed"). A term listed here is exact whether or not
   * `terms` lists it as well; listing it in both is allowed and means the same. Terms that fold to at most
   * `SHORT_TERM_LENGTH` (4) units are exact even when only `terms` lists them.
   */
  exact?: string[];
  /** Names in other languages and scripts. */
  i18n?: { zh?: string[]; es?: string[]; ru?: string[] };
  /** CAS registry numbers in canonical form "NNNNNNN-NN-N". */
  cas?: string[];
  /** Slang: the id of the entry the street name refers to. */
  refersTo?: string;
  /** Phrases after which a match is not a finding, e.g. "codeine-free" for codeine (matched on the following text). */
  denyAfter?: string[];
  source: Source;
}

/** One data file: a category's entries, or translations to merge into entries by id. */
export interface LexiconFile {
  /** Bumped whenever the data changes; the highest across files is the lexicon's version. */
  lexiconVersion: string;
  description: string;
  entries: LexiconEntry[];
}

/** A family rule: any word ending in `suffix` belongs to the family (new analogues without a list update). */
export interface FamilyRule {
  id: string;
  name: string;
  suffix: string;
  category: Category;
  source: Source;
}
