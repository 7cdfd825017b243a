/**
 * Funding maths. A missing figure is never taken as 0: any ratio or difference with a missing
 * side is itself missing (null).
 */

/** Realised ÷ planned public funding; null when either is missing or nothing was planned. */
export function absorptionRate(planned: number | null, realised: number | null): number | null {
  if (planned === null || realised === null || planned <= 0) return null;
  return realised / planned;
}

/** Realised − planned, in euros (negative = under-spent). */
export function fundingDifference(planned: number | null, realised: number | null): number | null {
  if (planned === null || realised === null) return null;
  return Math.round((realised - planned) * 100) / 100;
}

/** A ratio rounded to one decimal place of a percentage: 0.66057… → 66.1. */
export function percentOneDecimal(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}
