/** "Detection": which lexicon categories RxLens looks for. */
import type { Category } from '../core/lexicon/types';
import { CATEGORIES, type Settings } from '../core/settings';
import type { UpdateSettings } from './use-settings';

const CATEGORY_TEXT: Record<Category, string> = {
  controlled: 'Controlled substances (scheduled drugs)',
  analogue: 'Analogues (new substances related to controlled ones)',
  precursor: 'Precursor chemicals',
  rx: 'Prescription medicines',
  slang: 'Street names and slang',
  risk: 'Risk phrases (e.g. "no prescription needed")',
};

export function DetectionSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  return (
    <section aria-labelledby="detection-title">
      <h2 id="detection-title">Detection</h2>
      <fieldset>
        <legend>Look for</legend>
        {CATEGORIES.map((category) => (
          <label class="inline block" key={category}>
            <input
              type="checkbox"
              name="category"
              value={category}
              checked={settings.categories[category]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                void update((s) => ({ ...s, categories: { ...s.categories, [category]: on } }));
              }}
            />{' '}
            {CATEGORY_TEXT[category]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
