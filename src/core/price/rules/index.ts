/** Every price rule, registered once. The order is the order flags appear in. */
import { belowReference } from './below-reference';
import { bulk } from './bulk';
import { hiddenPrice } from './hidden-price';
import { offered } from './offered';
import { pageOutlier } from './page-outlier';
import type { PriceRule } from './rule';

export const PRICE_RULES: readonly PriceRule[] = [offered, bulk, belowReference, pageOutlier, hiddenPrice];

export type { PriceRule, RaisedFlag } from './rule';
