/** The main price of a listing among all prices found for it. */
import type { ParsedPrice, PriceSource } from './types';

const SOURCE_RANK: Readonly<Record<PriceSource, number>> = { 'json-ld': 0, microdata: 1, meta: 2, text: 3 };
/** Prices at or below this confidence (implausible amounts) are never chosen. */
const MINIMUM_CONFIDENCE = 0.1;
/** No listing costs this much in any currency (1e10 VND is about $400,000); above it a number is not a price. */
const MAXIMUM_AMOUNT = 1e10;

/**
 * The listing's main price, or null when none is plausible (zero, negative, above 1e10, or marked implausible). Structured data wins over text (JSON-LD, then
 * microdata, then meta tags), a priced offer with a currency over one without. Among text prices the most confident
 * wins (a labelled "Price: $12.48" beats a bare "$12.48"), then the amount repeated most often, then the first.
 */
export function pickListingPrice(prices: readonly ParsedPrice[]): ParsedPrice | null {
  const plausible = prices.filter(
    (p) => Number.isFinite(p.amount) && p.amount > 0 && p.amount <= MAXIMUM_AMOUNT && p.confidence > MINIMUM_CONFIDENCE,
  );
  if (plausible.length === 0) return null;
  const frequency = new Map<string, number>();
  for (const price of plausible) frequency.set(keyOf(price), (frequency.get(keyOf(price)) ?? 0) + 1);
  let best = plausible[0];
  for (const candidate of plausible.slice(1)) {
    if (isBetter(candidate, best, frequency)) best = candidate;
  }
  return best;
}

function keyOf(price: ParsedPrice): string {
  return `${price.currency ?? ''} ${price.amount}`;
}

function isBetter(candidate: ParsedPrice, best: ParsedPrice, frequency: Map<string, number>): boolean {
  const rank = SOURCE_RANK[candidate.source] - SOURCE_RANK[best.source];
  if (rank !== 0) return rank < 0;
  if ((candidate.currency === null) !== (best.currency === null)) return candidate.currency !== null;
  if (candidate.source !== 'text') return false;
  if (candidate.confidence !== best.confidence) return candidate.confidence > best.confidence;
  return (frequency.get(keyOf(candidate)) ?? 0) > (frequency.get(keyOf(best)) ?? 0);
}
