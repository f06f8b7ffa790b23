import type { Finding, PriceFlag } from '../core/findings';
import { flagListings, parsePrices, pickListingPrice, type ParsedPrice, type PricedListing } from '../core/price';
import { assessListing, type Scanner } from '../core/scan';
import type { ScanDocument } from './documents';

/** A listing found in a document. A text document is one listing: its main price and the price rules' flags. */
export interface ListingResult {
  /** Findings after listing assessment: slang and risk phrases only with a drug entity, severity raised by them. */
  findings: Finding[];
  /** The listing's main price, offsets into the document's text; null when it shows none. */
  price: ParsedPrice | null;
  priceFlags: PriceFlag[];
}

/** One line of `jsonl` output. */
export interface DocumentResult {
  id: string | number;
  /** Every listing's findings, in text order; offsets are UTF-16 code units into the document's text. */
  findings: Finding[];
  listings: ListingResult[];
}

/** Scans one document as one listing, prices included. */
export function scanDocument(scanner: Scanner, document: ScanDocument): DocumentResult {
  const findings = assessListing(scanner.scanText(document.text));
  const listing: PricedListing = { text: document.text, findings, prices: parsePrices(document.text) };
  const priceFlags = flagListings([listing]).get(listing) ?? [];
  return { id: document.id, findings, listings: [{ findings, price: pickListingPrice(listing.prices), priceFlags }] };
}
