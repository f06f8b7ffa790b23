/**
 * User settings, versioned. Stored settings from any earlier version are brought up to date by running the
 * migrations after their version in order; unknown keys are dropped.
 */
import type { Category } from './lexicon/types';

export interface EndpointProfile {
  id: string;
  name: string;
  url: string;
  authHeader?: { name: string; value: string };
  /** Standard Webhooks signing secret, "whsec_" + base64. */
  secret?: string;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  endpoints: EndpointProfile[];
  activeEndpointId?: string;
  categories: Record<Category, boolean>;
  /** Terms and sites to ignore. */
  allowTerms: string[];
  allowSites: string[];
  /** Share of the reference price below which a branded drug is flagged. */
  belowReferenceShare: number;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  endpoints: [],
  categories: { controlled: true, analogue: true, precursor: true, rx: true, slang: true, risk: true },
  allowTerms: [],
  allowSites: [],
  belowReferenceShare: 0.3,
};

type Stored = Record<string, unknown>;

/** Migration i turns version i into version i + 1. */
const MIGRATIONS: ((s: Stored) => Stored)[] = [
  // 0 → 1: the first versioned shape; a single `endpoint` URL became a list of profiles.
  (s) => {
    const { endpoint, ...rest } = s;
    const endpoints = typeof endpoint === 'string' ? [{ id: 'default', name: 'Default', url: endpoint }] : [];
    return { ...rest, endpoints, activeEndpointId: endpoints[0]?.id, version: 1 };
  },
];

/** Brings stored settings of any version (or nothing) up to the current shape, filling defaults. */
export function migrateSettings(stored: unknown): Settings {
  let s: Stored = typeof stored === 'object' && stored !== null ? { ...(stored as Stored) } : {};
  const from = typeof s.version === 'number' ? s.version : 0;
  for (let v = from; v < SETTINGS_VERSION; v++) s = MIGRATIONS[v](s);
  const known = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  const result: Stored = {};
  for (const key of known) result[key] = s[key] ?? DEFAULT_SETTINGS[key];
  result.categories = { ...DEFAULT_SETTINGS.categories, ...(s.categories as object) };
  return result as unknown as Settings;
}

export function activeEndpoint(settings: Settings): EndpointProfile | undefined {
  return settings.endpoints.find((e) => e.id === settings.activeEndpointId) ?? settings.endpoints[0];
}
