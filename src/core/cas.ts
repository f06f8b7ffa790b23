/**
 * CAS Registry Numbers: 2–7 digits, 2 digits, 1 check digit ("79099-07-3").
 * The check digit is the sum of every other digit times its position counted from the right (starting at 1), mod 10.
 */

const CAS_SHAPE = /^(\d{2,7})-(\d{2})-(\d)$/;

/** True when `cas` is in canonical form and its check digit is right. `isValidCas("79099-07-3") === true`. */
export function isValidCas(cas: string): boolean {
  const parts = CAS_SHAPE.exec(cas);
  if (!parts) return false;
  const body = parts[1] + parts[2];
  return casCheckDigit(body) === Number(parts[3]);
}

/** The check digit for the digits before it ("7909907" → 3). */
export function casCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += (body.charCodeAt(body.length - 1 - i) - 48) * (i + 1);
  }
  return sum % 10;
}

/** Canonical "NNNNN-NN-N" from a run of 5–10 digits, or null when the digits cannot form a CAS number. */
export function casFromDigits(digits: string): string | null {
  if (!/^\d{5,10}$/.test(digits)) return null;
  return `${digits.slice(0, -3)}-${digits.slice(-3, -1)}-${digits.slice(-1)}`;
}
