import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/findings';
import { createScanner } from '../../src/core/scan';
import { keepsFinding, lexiconFor, scanSettingsFor } from '../../src/core/scan-settings';
import { migrateSettings, type Settings } from '../../src/core/settings';

const settingsWith = (change: Partial<Settings>): Settings => ({ ...migrateSettings(undefined), ...change });
const finding = (over: Partial<Finding>): Finding => ({
  category: 'controlled',
  termId: 'alprazolam',
  name: 'Alprazolam',
  matched: 'Xanax',
  start: 0,
  end: 5,
  severity: 'medium',
  reasons: [],
  ...over,
});

describe('scanSettingsFor', () => {
  it('turns scanning off on allow-listed sites and their subdomains only', () => {
    const settings = settingsWith({ allowSites: ['example.com'] });
    expect(scanSettingsFor(settings, 'https://shop.example.com/item').enabled).toBe(false);
    expect(scanSettingsFor(settings, 'https://example.com/').enabled).toBe(false);
    expect(scanSettingsFor(settings, 'https://notexample.com/').enabled).toBe(true);
  });

  it('turns scanning off on a marketplace the user switched off', () => {
    const settings = settingsWith({ scanSites: { disabledMarketplaces: ['ebay.com'], extraOrigins: [] } });
    expect(scanSettingsFor(settings, 'https://www.ebay.com/itm/1').enabled).toBe(false);
    expect(scanSettingsFor(settings, 'https://www.amazon.com/dp/1').enabled).toBe(true);
  });

  it('carries no endpoint or credential', () => {
    const settings = settingsWith({ endpoints: [{ id: 'a', name: 'A', url: 'https://r.example/reports', secret: 'whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0' }] });
    expect(JSON.stringify(scanSettingsFor(settings, 'https://x.example/'))).not.toMatch(/whsec_|r\.example/);
  });
});

describe('keepsFinding', () => {
  it('drops findings of switched-off categories and allow-listed terms, by text, name or id', () => {
    const base = scanSettingsFor(settingsWith({ allowTerms: ['XANAX'] }), 'https://a.example/');
    expect(keepsFinding(base, finding({}))).toBe(false);
    expect(keepsFinding(base, finding({ matched: 'alprazolam' }))).toBe(true);
    const off = scanSettingsFor(settingsWith({ categories: { ...base.categories, rx: false } }), 'https://a.example/');
    expect(keepsFinding(off, finding({ category: 'rx', matched: 'Ozempic' }))).toBe(false);
    expect(keepsFinding(off, finding({}))).toBe(true);
  });
});

describe('lexiconFor', () => {
  it('adds the user custom terms to the shipped lexicon, compiled in slices', async () => {
    let yields = 0;
    const lexicon = await lexiconFor([{ term: 'moonbeam candy', category: 'slang', name: 'Street name' }], async () => {
      yields++;
    });
    const found = createScanner(lexicon).scanText('Fresh moonbeam candy and xanax');
    expect(found.map((f) => f.matched)).toEqual(expect.arrayContaining(['moonbeam candy', 'xanax']));
    expect(yields).toBeGreaterThan(0);
  });
});
