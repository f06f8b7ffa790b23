import type { Finding, PriceFlag } from '../findings';

/** The report schema version this code writes and reads (`docs/report.schema.json`). */
export const REPORT_SCHEMA_VERSION = '1.0.0';

/** The page a report was taken from. Times are UTC ISO 8601 with `Z`. */
export interface ReportPage {
  url: string;
  title: string;
  canonicalUrl?: string;
  /** Marketplace name, e.g. "example-market". */
  marketplace?: string;
  capturedAt: string;
  /** Lower-case hex SHA-256 of the page text as extracted, UTF-8 encoded. */
  textSha256: string;
}

/** A listing's price as parsed; `raw` is the price as written on the page. */
export interface ReportPrice {
  raw: string;
  amount?: number;
  min?: number;
  max?: number;
  /** ISO 4217 code, e.g. "USD". */
  currency?: string;
  /** e.g. "pill", "g", "pen". */
  unit?: string;
  /** The amount converted to US dollars. */
  usd?: number;
}

/** The text around a finding, as written on the page. */
export interface FindingContext {
  before: string;
  after: string;
}

/** A finding as reported: the scanner's finding plus its context snippet. Offsets as in {@link Finding}. */
export interface ReportFinding extends Finding {
  context: FindingContext;
}

/** One listing the investigator selected, with the findings and price flags they kept. */
export interface ReportListing {
  title: string;
  url?: string;
  seller?: string;
  price?: ReportPrice;
  priceFlags: PriceFlag[];
  findings: ReportFinding[];
}

/** A PNG of the visible tab, base64-encoded, with the SHA-256 (lower-case hex) of the decoded bytes. */
export interface ReportScreenshot {
  mediaType: 'image/png';
  dataBase64: string;
  sha256: string;
}

/** What made the report. */
export interface ReportTool {
  name: string;
  version: string;
  lexiconVersion: string;
  browser: string;
  browserVersion: string;
}

/** An evidence report, exactly as `docs/report.schema.json` describes it. */
export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** Lower-case UUID; also the delivery's `Idempotency-Key` and `webhook-id`. */
  id: string;
  createdAt: string;
  caseId: string;
  note: string;
  page: ReportPage;
  listings: ReportListing[];
  screenshot?: ReportScreenshot;
  tool: ReportTool;
}
