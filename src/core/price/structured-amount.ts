/** Amounts and currencies as structured data gives them: numbers, or strings in any local number format. */
import { currencyFromSign } from './currencies';
import { parseLocalizedNumber } from './number-format';

/** A finite, non-negative amount from a JSON number or a string ("1,234.50", "48,00"), or null. */
export function readStructuredAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  // Plain machine format ("1234.5") first: a lone dot with three decimals is a decimal point here, not grouping.
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return parseLocalizedNumber(trimmed.replace(/^[^\d]+|[^\d]+$/g, ''));
}

/** An ISO 4217 code from a structured `priceCurrency` ("usd", "US$", "EUR"), or null. */
export function readStructuredCurrency(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed)) return trimmed.toUpperCase();
  return currencyFromSign(trimmed)?.code ?? null;
}
