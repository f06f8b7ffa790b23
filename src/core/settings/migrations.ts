/**
 * Stored settings of any earlier version are brought up to date by an ordered list of tiny migrations, then read
 * into the current shape field by field: unknown keys are dropped, and a field of the wrong type gets its default,
 * so a damaged store never breaks the extension.
 */
import type { Category } from '../lexicon/types';
import type { ReferencePrice } from '../price/reference-prices';
import { CATEGORIES, DEFAULT_SETTINGS, SETTINGS_VERSION, type CustomTerm, type EndpointProfile, type Settings } from './model';

type Stored = Record<string, unknown>;

/** `MIGRATIONS[v]` turns version v into version v + 1. Never edit one that has shipped; add the next. */
export const MIGRATIONS: readonly ((s: Stored) => Stored)[] = [
  // 0 → 1: the first versioned shape; a single `endpoint` URL became a list of profiles.
  (s) => {
    const { endpoint, ...rest } = s;
    const endpoints = typeof endpoint === 'string' ? [{ id: 'default', name: 'Default', url: endpoint }] : [];
    return { ...rest, endpoints, activeEndpointId: endpoints[0]?.id, version: 1 };
  },
  // 1 → 2: price settings grouped under `prices`; custom terms and scanned sites added.
  (s) => {
    const { belowReferenceShare, ...rest } = s;
    const prices = { ...DEFAULT_SETTINGS.prices, ...(belowReferenceShare === undefined ? {} : { belowReferenceShare }) };
    return { ...rest, prices, customTerms: [], scanSites: DEFAULT_SETTINGS.scanSites, version: 2 };
  },
];

/**
 * Brings stored settings of any version (or nothing) up to the current shape, filling defaults.
 * @example migrateSettings({ endpoint: "https://r.example/in" }).endpoints // [{ id: "default", name: "Default", url: "https://r.example/in" }]
 */
export function migrateSettings(stored: unknown): Settings {
  let s: Stored = isRecord(stored) ? { ...stored } : {};
  const from = typeof s.version === 'number' && Number.isInteger(s.version) && s.version >= 0 ? s.version : 0;
  // A store from a newer RxLens (after a downgrade) is read as it is, field by field.
  for (let v = from; v < SETTINGS_VERSION; v++) s = MIGRATIONS[v](s);
  return readSettings(s);
}

function readSettings(s: Stored): Settings {
  const d = DEFAULT_SETTINGS;
  const endpoints = arrayOf(s.endpoints, readEndpoint);
  const activeEndpointId = typeof s.activeEndpointId === 'string' ? s.activeEndpointId : undefined;
  const categories = { ...d.categories };
  if (isRecord(s.categories)) {
    for (const c of CATEGORIES) if (typeof s.categories[c] === 'boolean') categories[c] = s.categories[c];
  }
  const prices = isRecord(s.prices) ? s.prices : {};
  const sites = isRecord(s.scanSites) ? s.scanSites : {};
  return {
    version: SETTINGS_VERSION,
    endpoints,
    ...(activeEndpointId === undefined ? {} : { activeEndpointId }),
    categories,
    customTerms: arrayOf(s.customTerms, readCustomTerm),
    allowTerms: arrayOf(s.allowTerms, readString),
    allowSites: arrayOf(s.allowSites, readString),
    prices: {
      belowReferenceShare: isShare(prices.belowReferenceShare) ? prices.belowReferenceShare : d.prices.belowReferenceShare,
      referencePrices: arrayOf(prices.referencePrices, readReferencePrice),
      usdRateOverrides: readRates(prices.usdRateOverrides),
    },
    scanSites: {
      disabledMarketplaces: arrayOf(sites.disabledMarketplaces, readString),
      extraOrigins: arrayOf(sites.extraOrigins, readString),
    },
  };
}

const isRecord = (v: unknown): v is Stored => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShare = (v: unknown): v is number => typeof v === 'number' && v > 0 && v < 1;

function arrayOf<T>(v: unknown, read: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(v)) return [];
  return v.map(read).filter((item): item is T => item !== undefined);
}

const readString = (v: unknown) => (typeof v === 'string' ? v : undefined);

function readEndpoint(v: unknown): EndpointProfile | undefined {
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.url !== 'string') return undefined;
  const profile: EndpointProfile = { id: v.id, name: typeof v.name === 'string' ? v.name : v.id, url: v.url };
  const auth = v.authHeader;
  if (isRecord(auth) && typeof auth.name === 'string' && typeof auth.value === 'string') {
    profile.authHeader = { name: auth.name, value: auth.value };
  }
  if (typeof v.secret === 'string') profile.secret = v.secret;
  return profile;
}

function readCustomTerm(v: unknown): CustomTerm | undefined {
  if (!isRecord(v) || typeof v.term !== 'string' || !CATEGORIES.includes(v.category as Category)) return undefined;
  return { term: v.term, category: v.category as Category, name: typeof v.name === 'string' ? v.name : v.term };
}

function readReferencePrice(v: unknown): ReferencePrice | undefined {
  if (!isRecord(v)) return undefined;
  const { brand, termId, unit, pricePerUnit, currency, source, date, checked } = v;
  if (typeof brand !== 'string' || typeof termId !== 'string' || typeof unit !== 'string') return undefined;
  if (typeof pricePerUnit !== 'number' || typeof currency !== 'string') return undefined;
  return {
    brand, termId, unit: unit as ReferencePrice['unit'], pricePerUnit, currency,
    source: typeof source === 'string' ? source : '',
    date: typeof date === 'string' ? date : '',
    checked: checked === true,
  };
}

function readRates(v: unknown): Record<string, number> {
  const rates: Record<string, number> = {};
  if (!isRecord(v)) return rates;
  for (const [code, rate] of Object.entries(v)) if (typeof rate === 'number' && rate > 0 && Number.isFinite(rate)) rates[code] = rate;
  return rates;
}
