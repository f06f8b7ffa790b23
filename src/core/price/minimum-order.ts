/** Minimum orders as B2B marketplaces state them: "Min. order: 1 kilogram", "MOQ 1kg", "1 Kilogram (Min. Order)". */
import { NUMBER_PATTERN, parseLocalizedNumber } from './number-format';
import type { Quantity } from './types';
import { UNIT_PATTERN, unitFromWord } from './units';

const LABEL = '(?:min(?:imum)?\\.?\\s*order(?:\\s*(?:quantity|qty))?|moq|起订量|最小起订量|минимальный заказ)';
const LABEL_FIRST = new RegExp(
  `${LABEL}\\s*[:：]?\\s*(?<value>${NUMBER_PATTERN})\\s*(?<unit>${UNIT_PATTERN})?`,
  'iu',
);
const LABEL_AFTER = new RegExp(
  `(?<value>${NUMBER_PATTERN})\\s*(?<unit>${UNIT_PATTERN})?\\s*\\(\\s*${LABEL}\\.?\\s*\\)`,
  'iu',
);

/**
 * The label alone. Most listings state no minimum order, and looking for the label rules them out for a fraction of
 * the two patterns' cost (the second tries its number and unit at every digit of the text), compiling included.
 */
const ANY_LABEL = new RegExp(LABEL, 'iu');

/**
 * The first minimum order stated in `text`, or null. A count without a unit is taken as pieces.
 *
 * @example findMinimumOrder("US$ 100-200 / kg | Min. Order: 1 Kilogram") // { value: 1, unit: 'kg' }
 */
export function findMinimumOrder(text: string): Quantity | null {
  if (!ANY_LABEL.test(text)) return null;
  const first = LABEL_FIRST.exec(text);
  const after = LABEL_AFTER.exec(text);
  const match = first && after ? (first.index <= after.index ? first : after) : (first ?? after);
  if (!match?.groups) return null;
  const value = parseLocalizedNumber(match.groups.value);
  if (value === null || value <= 0) return null;
  const unit = match.groups.unit ? unitFromWord(match.groups.unit) : null;
  return { value, unit: unit ?? 'piece' };
}
