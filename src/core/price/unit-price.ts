/** A price per unit (per gram, per millilitre, per tablet, per pen …), in its own currency and in USD. */
import type { ParsedPrice, Quantity, TitleQuantity } from './types';
import { UNITS, type UnitKind, type UnitName } from './units';

export interface UnitPrice {
  /** Amount per one `unit`, in the price's currency. */
  amount: number;
  currency: string | null;
  /** Amount per one `unit` in USD, or null when the currency cannot be converted. */
  usd: number | null;
  /** 'g' for anything by mass, 'ml' for anything by volume, else the dose or package unit. */
  unit: UnitName;
  kind: UnitKind;
  /** True when neither the price nor the title said how much it buys, so one unit was assumed. */
  assumed: boolean;
}

/**
 * The price per unit, from the price's own "/kg" or "per 100 pills" where it has one, else from the title's
 * quantity. A per-package price divides by the title's dose count ("$50 / box", title "100 tablets" → $0.50 per
 * tablet). Without any quantity, the price is taken as the price of one unit (the highest possible unit price, so
 * rules that look for low prices stay conservative).
 */
export function unitPriceOf(
  price: ParsedPrice,
  titleQuantity: TitleQuantity | null,
  toUsd: (amount: number, currency: string | null) => number | null,
): UnitPrice {
  const quantity = quantityBought(price.per, titleQuantity);
  const make = (amount: number, unit: UnitName, assumed: boolean): UnitPrice => ({
    amount,
    currency: price.currency,
    usd: toUsd(amount, price.currency),
    unit,
    kind: UNITS[unit].kind,
    assumed,
  });
  if (!quantity || !(quantity.value > 0)) return make(price.amount, 'piece', true);
  const info = UNITS[quantity.unit];
  const perUnit = price.amount / (quantity.value * info.base);
  if (info.kind === 'mass') return make(perUnit, 'g', false);
  if (info.kind === 'volume') return make(perUnit, 'ml', false);
  return make(perUnit, quantity.unit, false);
}

function quantityBought(per: Quantity | undefined, title: TitleQuantity | null): Quantity | null {
  if (per && UNITS[per.unit].kind !== 'package') return per;
  if (title) return per ? { value: per.value * title.value, unit: title.unit } : title;
  return per ?? null;
}
