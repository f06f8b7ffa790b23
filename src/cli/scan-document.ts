import type { Finding } from '../core/findings';
import { assessListing, type Scanner } from '../core/scan';
import type { ScanDocument } from './documents';

/** A listing found in a document. A text document is one listing; the pricing step adds its price later. */
export interface ListingResult {
  /** Findings after listing assessment: slang and risk phrases only with a drug entity, severity raised by them. */
  findings: Finding[];
}

/** One line of `jsonl` output. */
export interface DocumentResult {
  id: string | number;
  /** Every listing's findings, in text order; offsets are UTF-16 code units into the document's text. */
  findings: Finding[];
  listings: ListingResult[];
}

/** Scans one document as one listing. */
export function scanDocument(scanner: Scanner, document: ScanDocument): DocumentResult {
  const findings = assessListing(scanner.scanText(document.text));
  return { id: document.id, findings, listings: [{ findings }] };
}
