import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeEndpoint, DEFAULT_MARKETPLACES, DEFAULT_SETTINGS, migrateSettings, scannedSitePatterns, SETTINGS_VERSION } from '../../../src/core/settings';
import { MIGRATIONS } from '../../../src/core/settings/migrations';

/** One stored example per earlier version, as that version of RxLens wrote it. Add one with every bump. */
const STORED_BY_VERSION: Record<number, unknown> = {
  0: { endpoint: 'https://reports.example.org/in' },
  1: {
    version: 1,
    endpoints: [{ id: 'a', name: 'Team', url: 'https://a.example/in', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
    activeEndpointId: 'a',
    categories: { controlled: true, analogue: true, precursor: true, rx: false, slang: true, risk: true },
    allowTerms: ['aspirin'],
    allowSites: ['pharmacy.example.org'],
    belowReferenceShare: 0.25,
  },
};

describe('migrateSettings', () => {
  it('has one stored example and one migration for every earlier version', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION);
    expect(Object.keys(STORED_BY_VERSION).map(Number)).toEqual([...Array(SETTINGS_VERSION).keys()]);
  });

  it.each(Object.entries(STORED_BY_VERSION))('brings version %s to the current version', (_, stored) => {
    const settings = migrateSettings(stored);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(settings).sort()).toEqual([...Object.keys(DEFAULT_SETTINGS), 'activeEndpointId'].sort());
    expect(settings.endpoints).toHaveLength(1);
    expect(activeEndpoint(settings)?.url).toMatch(/^https:\/\/.+\/in$/);
    // Running it again changes nothing: the result is already current.
    expect(migrateSettings(settings)).toEqual(settings);
  });

  it('moves a version 0 endpoint into a default profile', () => {
    const settings = migrateSettings(STORED_BY_VERSION[0]);
    expect(settings.endpoints).toEqual([{ id: 'default', name: 'Default', url: 'https://reports.example.org/in' }]);
    expect(settings.activeEndpointId).toBe('default');
    expect(settings.prices).toEqual(DEFAULT_SETTINGS.prices);
  });

  it('keeps every version 1 choice and moves the price share under prices', () => {
    const settings = migrateSettings(STORED_BY_VERSION[1]);
    expect(settings.endpoints[0].secret).toBe('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(settings.categories.rx).toBe(false);
    expect(settings.categories.slang).toBe(true);
    expect(settings.allowTerms).toEqual(['aspirin']);
    expect(settings.allowSites).toEqual(['pharmacy.example.org']);
    expect(settings.prices.belowReferenceShare).toBe(0.25);
    expect(settings).not.toHaveProperty('belowReferenceShare');
    expect(settings.customTerms).toEqual([]);
    expect(settings.scanSites).toEqual({ disabledMarketplaces: [], extraOrigins: [] });
  });

  it('gives defaults for nothing stored and for damaged fields', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const damaged = migrateSettings({
      version: 2,
      endpoints: [{ id: 'x' }, 7, { id: 'y', url: 'https://y.example/', authHeader: { name: 1 } }],
      categories: { rx: 'no', slang: false },
      customTerms: [{ term: 'blues', category: 'slang' }, { term: 'x', category: 'candy' }],
      allowTerms: ['ok', 3],
      prices: { belowReferenceShare: 5, usdRateOverrides: { EUR: 0.9, GBP: -1 }, referencePrices: [{ brand: 'B' }] },
      scanSites: { disabledMarketplaces: 'all' },
      stray: true,
    });
    expect(damaged.endpoints).toEqual([{ id: 'y', name: 'y', url: 'https://y.example/' }]);
    expect(damaged.categories).toEqual({ ...DEFAULT_SETTINGS.categories, slang: false });
    expect(damaged.customTerms).toEqual([{ term: 'blues', category: 'slang', name: 'blues' }]);
    expect(damaged.allowTerms).toEqual(['ok']);
    expect(damaged.prices).toEqual({ belowReferenceShare: 0.3, referencePrices: [], usdRateOverrides: { EUR: 0.9 } });
    expect(damaged.scanSites.disabledMarketplaces).toEqual([]);
    expect(damaged).not.toHaveProperty('stray');
  });
});

describe('scanned sites', () => {
  it('lists the same marketplaces as the manifest', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { content_scripts: { matches: string[] }[] };
    expect(DEFAULT_MARKETPLACES.map((m) => m.pattern)).toEqual(manifest.content_scripts[0].matches);
  });

  it('drops disabled marketplaces and adds the user origins', () => {
    const settings = { ...DEFAULT_SETTINGS, scanSites: { disabledMarketplaces: ['temu.com'], extraOrigins: ['https://shop.example.org'] } };
    const patterns = scannedSitePatterns(settings);
    expect(patterns).not.toContain('https://*.temu.com/*');
    expect(patterns).toContain('https://*.etsy.com/*');
    expect(patterns.at(-1)).toBe('https://shop.example.org/*');
    expect(patterns).toHaveLength(DEFAULT_MARKETPLACES.length);
  });
});
