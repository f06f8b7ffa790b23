/**
 * Upper bounds on every string and array in a report, so that a hostile page cannot make a report of any size.
 * String lengths count Unicode code points (JSON Schema `maxLength`); `docs/report.schema.json` states the same
 * numbers and a test checks that the two agree.
 */
export const REPORT_LIMITS = {
  caseId: 200,
  note: 5_000,
  url: 4_096,
  pageTitle: 1_000,
  marketplace: 100,
  listings: 200,
  listingTitle: 1_000,
  seller: 300,
  priceRaw: 200,
  priceUnit: 32,
  priceFlags: 20,
  priceFlagMessage: 1_000,
  findings: 200,
  termId: 128,
  termName: 200,
  matched: 300,
  list: 100,
  reasons: 10,
  reason: 300,
  context: 300,
  toolField: 100,
  /** Base64 of the PNG: about 9 MB of image. */
  screenshotBase64: 12_000_000,
  /** Largest finding offset (UTF-16 code units). */
  offset: 2_147_483_647,
  /** Largest price amount, in any currency. */
  amount: 1e12,
} as const;

/** Largest serialised report in bytes: the receiver's body cap and the sender's check agree on it. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;
