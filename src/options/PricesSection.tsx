/** "Prices": the below-reference threshold, the user's reference prices and currency rates over the bundled ones. */
import { useState } from 'preact/hooks';
import { DEFAULT_PRICE_SETTINGS } from '../core/price/settings';
import { UNITS } from '../core/price/units';
import type { Settings } from '../core/settings';
import { ListEditor } from './ListEditor';
import type { UpdateSettings } from './use-settings';

const UNIT_NAMES = Object.keys(UNITS);

export function PricesSection({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const [shareStatus, setShareStatus] = useState('');
  const percent = Math.round(settings.prices.belowReferenceShare * 1000) / 10;
  const rates = Object.entries(settings.prices.usdRateOverrides).map(([currency, perUsd]) => ({ currency, perUsd }));
  const { usdRates } = DEFAULT_PRICE_SETTINGS;

  const saveShare = (text: string) => {
    const value = Number(text);
    if (!(value > 0 && value < 100)) {
      setShareStatus('Not saved: enter a percentage greater than 0 and less than 100.');
      return;
    }
    void update((s) => ({ ...s, prices: { ...s.prices, belowReferenceShare: value / 100 } })).then(() => setShareStatus('Saved'));
  };

  return (
    <section aria-labelledby="prices-title">
      <h2 id="prices-title">Prices</h2>
      <div class="field">
        <label for="below-reference-percent">Flag branded drugs priced below this share of their reference price (%)</label>
        <input
          id="below-reference-percent"
          type="number"
          min="1"
          max="99"
          step="any"
          value={percent}
          onChange={(e) => saveShare(e.currentTarget.value)}
          aria-describedby="below-reference-status"
        />
        <p id="below-reference-status" role="status" class="status">{shareStatus}</p>
      </div>
      <ListEditor
        kind="referencePrices"
        title="Reference prices"
        description={`Your rows replace the bundled row for the same brand and ingredient, or add one. ` +
          `${DEFAULT_PRICE_SETTINGS.referencePrices.length} rows are bundled.`}
        fields={[
          { column: 'brand', label: 'Brand' },
          { column: 'termId', label: 'Lexicon id of the ingredient' },
          { column: 'unit', label: 'Unit', options: UNIT_NAMES },
          { column: 'pricePerUnit', label: 'Price per unit' },
          { column: 'currency', label: 'Currency' },
          { column: 'source', label: 'Source', optional: true },
          { column: 'date', label: 'Date (YYYY-MM)', optional: true },
        ]}
        items={settings.prices.referencePrices}
        onChange={(referencePrices) => update((s) => ({ ...s, prices: { ...s.prices, referencePrices } }))}
      />
      <ListEditor
        kind="usdRates"
        title="Currency rates"
        description={`Units of a currency per US dollar, over the bundled rates of ${usdRates.date}.`}
        fields={[
          { column: 'currency', label: 'Currency' },
          { column: 'perUsd', label: 'Units per US dollar' },
        ]}
        items={rates}
        onChange={(items) => update((s) => ({
          ...s,
          prices: { ...s.prices, usdRateOverrides: Object.fromEntries(items.map((r) => [r.currency, r.perUsd])) },
        }))}
      />
    </section>
  );
}
