import type { Finding, PriceFlag } from '../findings';
import { REPORT_LIMITS as L } from './limits';
import {
  REPORT_SCHEMA_VERSION,
  type FindingContext,
  type Report,
  type ReportListing,
  type ReportPage,
  type ReportPrice,
  type ReportScreenshot,
  type ReportTool,
} from './types';

/** The pieces of a report as the background has them; times may be `Date`s. */
export interface ReportInput {
  /** Lower-case UUID, e.g. `crypto.randomUUID()`. */
  id: string;
  createdAt: Date | string;
  caseId: string;
  note: string;
  page: Omit<ReportPage, 'capturedAt'> & { capturedAt: Date | string };
  listings: Array<{
    title: string;
    url?: string;
    seller?: string;
    price?: ReportPrice;
    priceFlags: readonly PriceFlag[];
    findings: ReadonlyArray<Finding & { context: FindingContext }>;
  }>;
  screenshot?: ReportScreenshot;
  tool: ReportTool;
}

/**
 * Assembles a report from its pieces: copies only the fields the schema knows (so extra properties on findings
 * never make a report invalid), writes times as UTC ISO 8601, clips free text that a page controls to the schema's
 * bounds (whole code points; `matched` included) and keeps the first reasons of each finding. It does not cut
 * listings or findings: more than the schema allows is an error for `validateReport` to report, not evidence to drop.
 */
export function buildReport(input: ReportInput): Report {
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: input.id,
    createdAt: toUtc(input.createdAt),
    caseId: clip(input.caseId, L.caseId),
    note: clip(input.note, L.note),
    page: withoutUndefined({
      url: input.page.url,
      title: clip(input.page.title, L.pageTitle),
      canonicalUrl: input.page.canonicalUrl,
      marketplace: optionalClip(input.page.marketplace, L.marketplace),
      capturedAt: toUtc(input.page.capturedAt),
      textSha256: input.page.textSha256,
    }),
    listings: input.listings.map(buildListing),
    tool: { ...input.tool },
  };
  if (input.screenshot) {
    const { mediaType, dataBase64, sha256 } = input.screenshot;
    report.screenshot = { mediaType, dataBase64, sha256 };
  }
  return report;
}

function buildListing(listing: ReportInput['listings'][number]): ReportListing {
  return withoutUndefined({
    title: clip(listing.title, L.listingTitle),
    url: listing.url,
    seller: optionalClip(listing.seller, L.seller),
    price: listing.price && buildPrice(listing.price),
    priceFlags: listing.priceFlags.map(({ rule, severity, message }) => ({
      rule,
      severity,
      message: clip(message, L.priceFlagMessage),
    })),
    findings: listing.findings.map((finding) =>
      withoutUndefined({
        category: finding.category,
        termId: finding.termId,
        name: clip(finding.name, L.termName),
        matched: clip(finding.matched, L.matched),
        start: finding.start,
        end: finding.end,
        severity: finding.severity,
        schedule: finding.schedule,
        list: optionalClip(finding.list, L.list),
        cas: finding.cas,
        reasons: finding.reasons.slice(0, L.reasons).map((reason) => clip(reason, L.reason)),
        context: { before: clipStart(finding.context.before, L.context), after: clip(finding.context.after, L.context) },
      }),
    ),
  });
}

function buildPrice(price: ReportPrice): ReportPrice {
  return withoutUndefined({
    raw: clip(price.raw, L.priceRaw),
    amount: price.amount,
    min: price.min,
    max: price.max,
    currency: price.currency,
    unit: optionalClip(price.unit, L.priceUnit),
    usd: price.usd,
  });
}

/**
 * The text around `text.slice(start, end)`: up to `width` code points either side, for a finding's context.
 * Offsets are UTF-16 code units, `end` exclusive.
 * @example findingContext("buy xanax now", 4, 9, 3) // { before: "uy ", after: " no" }
 */
export function findingContext(text: string, start: number, end: number, width = 80): FindingContext {
  return { before: clipStart(text.slice(0, start), width), after: clip(text.slice(end), width) };
}

function toUtc(time: Date | string): string {
  return typeof time === 'string' ? time : time.toISOString();
}

/** The first `max` code points of `text`. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** The last `max` code points of `text` (the part next to what follows it). */
function clipStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.slice(Math.max(0, points.length - max)).join('');
}

function optionalClip(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : clip(text, max);
}

/** Drops properties whose value is undefined, so the optional fields are absent rather than present-but-empty. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
