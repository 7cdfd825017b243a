/**
 * Funding maths. A missing figure is never taken as 0: any ratio or difference with a missing
 * side is itself missing (null).
 */

/** An amount the index sums in whole cents, in euros. */
export const euros = (cents: number): number => cents / 100;

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

/**
 * Euros per participant: null when either figure is missing or there are no participants
 * (a missing count is not zero people, and nothing is divided by zero).
 */
export function fundingPerParticipant(euros: number | null, participants: number | null): number | null {
  if (euros === null || participants === null || participants <= 0) return null;
  return euros / participants;
}

/** A ratio rounded to one decimal place of a percentage: 0.66057… → 66.1. */
export function percentOneDecimal(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

export interface AbsorptionBin {
  /** Lower bound in percent, inclusive (the last bin also takes everything above). */
  from: number;
  to: number;
  projects: number;
}

/**
 * Absorption rates as a histogram of 10-point bins from 0 % up to 120 % and over. Projects
 * without both figures are not counted (a missing figure is never 0).
 */
export function absorptionHistogram(
  rates: Iterable<number | null>,
  binWidth = 10,
  lastFrom = 120,
): AbsorptionBin[] {
  const bins: AbsorptionBin[] = [];
  for (let from = 0; from <= lastFrom; from += binWidth)
    bins.push({ from, to: from + binWidth, projects: 0 });
  for (const rate of rates) {
    if (rate === null || !Number.isFinite(rate)) continue;
    const index = Math.min(Math.floor((rate * 100) / binWidth), bins.length - 1);
    const bin = bins[Math.max(index, 0)];
    if (bin) bin.projects++;
  }
  return bins;
}

/** How far a planned-against-realised bar fills: realised ÷ planned, capped at 150 %; null when either is missing. */
export function barShare(planned: number | null, realised: number | null): number | null {
  const rate = absorptionRate(planned, realised);
  return rate === null ? null : Math.min(rate, 1.5);
}
