/** "Lists": the user's own terms, and the terms and sites RxLens must ignore. */
import { CATEGORIES, type Settings } from '../core/settings';
import { ListEditor } from './ListEditor';
import type { UpdateSettings } from './use-settings';

export function ListsSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title">Lists</h2>
      <ListEditor
        kind="customTerms"
        title="Custom terms"
        description="Words RxLens should find in addition to its lexicon, with the category they belong to."
        fields={[
          { column: 'term', label: 'Term' },
          { column: 'category', label: 'Category', options: CATEGORIES },
          { column: 'name', label: 'Name shown', optional: true },
        ]}
        items={settings.customTerms}
        onChange={(customTerms) => update((s) => ({ ...s, customTerms }))}
      />
      <ListEditor
        kind="allowTerms"
        title="Allowed terms"
        description="Terms never reported, whatever their category (compared without regard to case)."
        fields={[{ column: 'term', label: 'Term' }]}
        items={settings.allowTerms}
        onChange={(allowTerms) => update((s) => ({ ...s, allowTerms }))}
      />
      <ListEditor
        kind="allowSites"
        title="Ignored sites"
        description="Host names RxLens never scans, sub-domains included, e.g. pharmacy.example.org."
        fields={[{ column: 'site', label: 'Site' }]}
        items={settings.allowSites}
        onChange={(allowSites) => update((s) => ({ ...s, allowSites }))}
      />
    </section>
  );
}
