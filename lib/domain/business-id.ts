/**
 * Finnish business IDs (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 − (Σ digit × weight mod 11) with weights 7, 9, 10, 5, 8, 4, 2; a remainder of 0 gives 0 and
 * a remainder of 1 never occurs in a valid ID.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];
const FORMAT = /^(\d{7})-(\d)$/;

export function businessIdCheckDigit(sevenDigits: string): number | null {
  const sum = [...sevenDigits].reduce(
    (total, digit, index) => total + Number(digit) * (WEIGHTS[index] ?? 0),
    0,
  );
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

export type BusinessIdCheck = "valid" | "badFormat" | "badCheckDigit";

export function checkBusinessId(value: string): BusinessIdCheck {
  const match = FORMAT.exec(value);
  if (!match) return "badFormat";
  const expected = businessIdCheckDigit(match[1] ?? "");
  return expected !== null && expected === Number(match[2]) ? "valid" : "badCheckDigit";
}

/** Completes seven digits into a valid ID, or null when no check digit exists for them. */
export function withCheckDigit(sevenDigits: string): string | null {
  const digit = businessIdCheckDigit(sevenDigits);
  return digit === null ? null : `${sevenDigits}-${digit}`;
}
