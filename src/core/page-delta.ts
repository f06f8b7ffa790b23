/**
 * A page's findings reported as changes. After one whole report, a content script sends only the listings that are
 * new or changed since its last report, with the keys of all listings in order; each report is numbered, so the
 * background applies a change only to the report it was made against and asks for a whole one when it holds another
 * (a write that failed, a report from an earlier document of the same tab). Appending 50 cards to a page of 2,000
 * then sends two listings instead of every listing again.
 */
import type { ListingSummary, PageFindings } from './messages';

/** Who sent a report, and its number: one content script (one document) numbers its reports 1, 2, 3, … */
export interface ReportOrigin {
  /** Random per content script, so two documents of one tab never continue each other's numbering. */
  source: string;
  seq: number;
}

/** The change from report `base` of `source` to report `seq`. */
export interface PageDelta extends ReportOrigin, Omit<PageFindings, 'listings'> {
  base: number;
  /** The keys of every listing of the page, in order. */
  keys: string[];
  /** The listings that are new or changed since report `base`. */
  upsert: ListingSummary[];
}

/** What a content script last reported: its origin and listings by key, the very objects it sent. */
export interface SentPage extends ReportOrigin {
  url: string;
  listings: ReadonlyMap<string, ListingSummary>;
}

/** The sent page record of `page`, reported as `origin`. */
export function sentPage(page: PageFindings, origin: ReportOrigin): SentPage {
  return { ...origin, url: page.url, listings: new Map(page.listings.map((listing) => [listing.key, listing])) };
}

/**
 * The change from `sent` to `page`, as report `seq`. Listings are compared by identity: the page scan keeps a
 * listing's summary object while nothing in it changes, so an unchanged listing costs one lookup.
 */
export function pageDelta(sent: SentPage, page: PageFindings, seq: number): PageDelta {
  const { listings, ...fields } = page;
  return {
    ...fields,
    source: sent.source,
    base: sent.seq,
    seq,
    keys: listings.map((listing) => listing.key),
    upsert: listings.filter((listing) => sent.listings.get(listing.key) !== listing),
  };
}

/** `page` with `delta` applied, or null when a key names a listing neither of them has (a delta made for another report). */
export function applyPageDelta(page: PageFindings, delta: PageDelta): PageFindings | null {
  const byKey = new Map(page.listings.map((listing) => [listing.key, listing]));
  for (const listing of delta.upsert) byKey.set(listing.key, listing);
  const listings: ListingSummary[] = [];
  for (const key of delta.keys) {
    const listing = byKey.get(key);
    if (!listing) return null;
    listings.push(listing);
  }
  const { url, title, canonicalUrl, scannedAt, partial } = delta;
  return { url, title, ...(canonicalUrl === undefined ? {} : { canonicalUrl }), listings, scannedAt, partial };
}
