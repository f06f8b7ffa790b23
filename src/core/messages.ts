/**
 * Messages between the extension's contexts, named by direction and validated at the receiving end.
 * Content scripts run beside untrusted pages, so the background trusts nothing they send beyond these shapes.
 */
import type { Finding, PriceFlag } from './findings';
import type { PageDelta } from './page-delta';

/** A listing as the content script saw it: a card on a results page, or the main item of a product page. */
export interface ListingSummary {
  /** Names the listing on the page for as long as its card is there (one scan: a navigation starts new keys). */
  key: string;
  title: string;
  url?: string;
  seller?: string;
  price?: string;
  priceFlags: PriceFlag[];
  findings: ListingFinding[];
}

/** A finding with the text around it, for review in the popup and as evidence in a report. */
export interface ListingFinding extends Finding {
  /** Unique on the page: "<listing key>-<n>". */
  id: string;
  context: { before: string; after: string };
}

export interface PageFindings {
  url: string;
  title: string;
  canonicalUrl?: string;
  listings: ListingSummary[];
  scannedAt: string;
  /** True while the page is still being scanned. */
  partial: boolean;
}

/** Background → content script. */
export type TabMessage = { type: 'get-text-sha256' };

/** Content script → background. */
export type ContentMessage =
  /** A whole report; `source` and `seq` number it (see `page-delta.ts`). */
  | { type: 'page-findings'; page: PageFindings; source: string; seq: number }
  /** The change since an earlier report of the same source; answered `{ resync: true }` when it cannot be applied. */
  | { type: 'page-findings-delta'; delta: PageDelta }
  | { type: 'page-unreadable'; reason: string }
  /** Answered with the page's `ScanSettings`. */
  | { type: 'get-scan-settings' };

export const LIMITS = {
  listings: 5_000,
  findingsPerListing: 500,
  text: 2_000,
  reasons: 20,
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number = LIMITS.text): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isFinding(v: unknown): v is ListingFinding {
  if (!isObject(v)) return false;
  const { context } = v;
  return (
    isString(v.id, 120) &&
    isString(v.category, 20) &&
    isString(v.termId, 200) &&
    isString(v.name, 200) &&
    isString(v.matched) &&
    isCount(v.start) &&
    isCount(v.end) &&
    isString(v.severity, 10) &&
    Array.isArray(v.reasons) &&
    v.reasons.length <= LIMITS.reasons &&
    v.reasons.every((r) => isString(r)) &&
    isObject(context) &&
    isString(context.before) &&
    isString(context.after)
  );
}

function isPriceFlag(v: unknown): v is PriceFlag {
  return isObject(v) && isString(v.rule, 40) && isString(v.severity, 10) && isString(v.message);
}

function isListing(v: unknown): v is ListingSummary {
  return (
    isObject(v) &&
    isString(v.key, 100) &&
    isString(v.title) &&
    (v.url === undefined || isString(v.url)) &&
    (v.seller === undefined || isString(v.seller)) &&
    (v.price === undefined || isString(v.price)) &&
    Array.isArray(v.priceFlags) &&
    v.priceFlags.every(isPriceFlag) &&
    Array.isArray(v.findings) &&
    v.findings.length <= LIMITS.findingsPerListing &&
    v.findings.every(isFinding)
  );
}

/** The fields of a page report other than its listings. */
function isPageFields(p: Record<string, unknown>): boolean {
  return (
    isString(p.url) &&
    isString(p.title) &&
    (p.canonicalUrl === undefined || isString(p.canonicalUrl)) &&
    isString(p.scannedAt, 40) &&
    typeof p.partial === 'boolean'
  );
}

const isListings = (v: unknown): v is ListingSummary[] => Array.isArray(v) && v.length <= LIMITS.listings && v.every(isListing);
const isSource = (v: unknown): v is string => isString(v, 40);

/** Validates a message from a content script; anything else (including extra types) is refused. */
export function parseContentMessage(v: unknown): ContentMessage | null {
  if (!isObject(v)) return null;
  if (v.type === 'get-scan-settings') return { type: v.type };
  if (v.type === 'page-unreadable') return isString(v.reason) ? { type: v.type, reason: v.reason } : null;
  if (v.type === 'page-findings') {
    const p = v.page;
    const ok = isObject(p) && isPageFields(p) && isListings(p.listings) && isSource(v.source) && isCount(v.seq);
    return ok ? { type: v.type, page: p as unknown as PageFindings, source: v.source as string, seq: v.seq as number } : null;
  }
  if (v.type === 'page-findings-delta') {
    const d = v.delta;
    const ok =
      isObject(d) &&
      isPageFields(d) &&
      isSource(d.source) &&
      isCount(d.base) &&
      isCount(d.seq) &&
      Array.isArray(d.keys) &&
      d.keys.length <= LIMITS.listings &&
      d.keys.every((key) => isString(key, 100)) &&
      isListings(d.upsert);
    return ok ? { type: v.type, delta: d as unknown as PageDelta } : null;
  }
  return null;
}

/** Popup/options (extension pages) → background. */
export type PageMessage =
  | { type: 'get-tab-findings'; tabId: number }
  | { type: 'send-report'; tabId: number; findingIds: string[]; caseId: string; note: string; screenshot: boolean }
  | { type: 'export-report'; tabId: number; findingIds: string[]; caseId: string; note: string; screenshot: boolean }
  | { type: 'get-outbox' }
  | { type: 'retry-report'; reportId: string }
  | { type: 'test-endpoint'; profileId: string }
  | { type: 'scan-tab'; tabId: number };
