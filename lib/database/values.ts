/**
 * The one converter for values read from PostgreSQL through Prisma: numeric columns arrive as
 * Prisma.Decimal, counts and sums of integers as bigint, dates as Date. A missing figure stays
 * null, never 0: the funding comparisons must be able to tell "none" from "not given".
 */
type Numeric = number | bigint | string | { toNumber(): number } | { toString(): string };

export function toNumber(value: Numeric | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "object" && "toNumber" in value) return value.toNumber();
  const number = Number(String(value));
  return Number.isFinite(number) ? number : null;
}

/** A date column as an ISO date (yyyy-mm-dd), or null. */
export function toIsoDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return (typeof value === "string" ? new Date(value) : value).toISOString().slice(0, 10);
}
