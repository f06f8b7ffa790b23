/**
 * The shape of the user's settings (current version) and the values RxLens starts with. Older stored shapes are
 * brought up to this one by `migrations.ts`.
 */
import type { Category } from '../lexicon/types';
import type { AuthHeader } from '../outbox/delivery-request';
import type { ReferencePrice } from '../price/reference-prices';
import { DEFAULT_MARKETPLACES } from './marketplaces';

/** Where reports go: one configured receiver. */
export interface EndpointProfile {
  /** Stable, opaque; messages such as `test-endpoint` name a profile by it. */
  id: string;
  name: string;
  /** Normalised by `validateEndpointUrl`: `https:`, or `http:` on a loopback host. */
  url: string;
  /** Sent with every delivery, e.g. `{ name: "Authorization", value: "Bearer …" }`. */
  authHeader?: AuthHeader;
  /** Standard Webhooks signing secret, "whsec_" + base64 of 24–64 bytes. */
  secret?: string;
}

/** A term the user adds to the lexicon: what to match, how to classify it, and the name to show. */
export interface CustomTerm {
  /** Written form to match, e.g. "blue footballs". */
  term: string;
  category: Category;
  /** Canonical name shown with findings, e.g. "Alprazolam". Defaults to the term. */
  name: string;
}

/** What the user overrides in the price rules; `priceSettingsFrom` maps it onto the rules' `PriceSettings`. */
export interface PriceOverrides {
  /** Share of the reference price below which a branded drug is flagged (0.3 = 30 %). */
  belowReferenceShare: number;
  /** The user's rows; each replaces the bundled row of the same brand and ingredient, or adds one. */
  referencePrices: ReferencePrice[];
  /** Units per US dollar that replace the bundled rate, keyed by ISO 4217 code, e.g. `{ EUR: 0.92 }`. */
  usdRateOverrides: Record<string, number>;
}

/** Which sites the content script scans without being asked. */
export interface ScanSites {
  /** Ids from `DEFAULT_MARKETPLACES` the user turned off. Stored as exclusions so new defaults start on. */
  disabledMarketplaces: string[];
  /** Origins the user added, e.g. "https://shop.example.org"; each needs its host permission granted. */
  extraOrigins: string[];
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  endpoints: EndpointProfile[];
  /** The profile reports go to; `activeEndpoint()` falls back to the first one. */
  activeEndpointId?: string;
  /** Lexicon categories to detect. */
  categories: Record<Category, boolean>;
  customTerms: CustomTerm[];
  /** Terms never reported, compared case-insensitively. */
  allowTerms: string[];
  /** Host names never scanned (sub-domains included), e.g. "pharmacy.example.org". */
  allowSites: string[];
  prices: PriceOverrides;
  scanSites: ScanSites;
}

export const SETTINGS_VERSION = 2;

/** Every lexicon category, in the order the options page lists them. */
export const CATEGORIES: readonly Category[] = ['controlled', 'analogue', 'precursor', 'rx', 'slang', 'risk'];

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  endpoints: [],
  categories: { controlled: true, analogue: true, precursor: true, rx: true, slang: true, risk: true },
  customTerms: [],
  allowTerms: [],
  allowSites: [],
  prices: { belowReferenceShare: 0.3, referencePrices: [], usdRateOverrides: {} },
  scanSites: { disabledMarketplaces: [], extraOrigins: [] },
};

/** The profile reports go to: the active one, else the first, else none. */
export function activeEndpoint(settings: Settings): EndpointProfile | undefined {
  return settings.endpoints.find((e) => e.id === settings.activeEndpointId) ?? settings.endpoints[0];
}

/** Match patterns the content script should run on: enabled default marketplaces, then the user's origins. */
export function scannedSitePatterns(settings: Settings): string[] {
  const disabled = new Set(settings.scanSites.disabledMarketplaces);
  return [
    ...DEFAULT_MARKETPLACES.filter((m) => !disabled.has(m.id)).map((m) => m.pattern),
    ...settings.scanSites.extraOrigins.map((origin) => `${origin}/*`),
  ];
}
