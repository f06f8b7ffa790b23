/**
 * What the content script needs of the user's settings, and nothing more (no endpoints, no credentials): whether
 * to scan this site at all, which categories count, terms to ignore, custom terms, price settings.
 */
import { compileLexiconInSlices, loadDefaultLexiconInSlices, type CompiledLexicon } from './lexicon/index';
import type { Category, LexiconEntry } from './lexicon/types';
import type { Finding } from './findings';
import type { CustomTerm, PriceOverrides, Settings } from './settings';
import { DEFAULT_MARKETPLACES } from './settings/marketplaces';

export interface ScanSettings {
  /** False on a site the user put on the allow-list or a marketplace they switched off. */
  enabled: boolean;
  categories: Record<Category, boolean>;
  /** Lower-case terms whose findings are ignored. */
  allowTerms: string[];
  customTerms: CustomTerm[];
  prices: PriceOverrides;
}

const hostMatches = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/** The scan settings for a page at `pageUrl`. */
export function scanSettingsFor(settings: Settings, pageUrl: string): ScanSettings {
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    // not a URL: no site rule applies
  }
  const allowed = settings.allowSites.some((site) => hostMatches(host, site.toLowerCase()));
  const disabled = DEFAULT_MARKETPLACES.some((m) => settings.scanSites.disabledMarketplaces.includes(m.id) && hostMatches(host, m.id));
  return {
    enabled: !allowed && !disabled,
    categories: settings.categories,
    allowTerms: settings.allowTerms.map((t) => t.toLowerCase()),
    customTerms: settings.customTerms,
    prices: settings.prices,
  };
}

/** True when the user's settings keep this finding: its category is on and neither its name nor its text is allowed. */
export function keepsFinding(settings: ScanSettings, finding: Finding): boolean {
  if (!settings.categories[finding.category]) return false;
  const allowed = settings.allowTerms;
  return !allowed.includes(finding.matched.toLowerCase()) && !allowed.includes(finding.name.toLowerCase()) && !allowed.includes(finding.termId);
}

/**
 * The lexicon to scan with: the shipped one, plus the user's custom terms when there are any. Compiled in slices that
 * give the page its main thread back through `yieldFn` (a one-go compile is a long task at page load).
 */
export async function lexiconFor(terms: readonly CustomTerm[], yieldFn: () => Promise<void>): Promise<CompiledLexicon> {
  if (terms.length === 0) return loadDefaultLexiconInSlices(yieldFn);
  const custom = terms.map(
    (t, i): LexiconEntry => ({
      id: `custom-${i}-${t.term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      name: t.name || t.term,
      category: t.category,
      terms: [t.term],
      source: { document: 'Added by the user on the options page', section: 'Custom terms', date: new Date().toISOString().slice(0, 10) },
    }),
  );
  const shipped = await loadDefaultLexiconInSlices(yieldFn);
  return compileLexiconInSlices([...shipped.entries, ...custom], shipped.families, 'custom', yieldFn);
}
