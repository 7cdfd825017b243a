/**
 * "Benchmark my plan": where an applicant's planned budget sits among comparable projects that
 * have reported what they really spent. Pure maths, no database.
 */

export interface Plan {
  plannedPublicTotal: number;
  /** Null when the applicant left it empty: the measures that need it have no position. */
  months: number | null;
  participants: number | null;
}

export interface ComparableProject {
  code: string;
  name: string;
  plannedPublicTotal: number;
  realisedPublicTotal: number;
  plannedStart: string | null;
  plannedEnd: string | null;
  personsPlanned: number | null;
}

/** Whole calendar months from start to end, counting both end months (1.1.–31.12. is 12). */
export function durationMonths(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const [y1, m1] = start.split("-").map(Number) as [number, number];
  const [y2, m2] = end.split("-").map(Number) as [number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) + 1;
  return months > 0 ? months : null;
}

/**
 * The share of the sample below the value, counting equal values as half below (the mid-rank
 * percentile): 0 below everything, 1 above everything, 0.5 in the middle. Null for no sample.
 */
export function percentileRank(value: number, sample: ArrayLike<number>): number | null {
  if (sample.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < sample.length; i++) {
    const x = sample[i]!;
    if (x < value) below++;
    else if (x === value) equal++;
  }
  return (below + equal / 2) / sample.length;
}

/** The value at a quantile (0–1) of the sample, interpolated linearly; null for no sample. */
export function quantile(sample: readonly number[], q: number): number | null {
  const sorted = [...sample].sort((a, b) => a - b);
  return quantileAt(sorted.length, q, (rank) => sorted[rank]!);
}

/**
 * quantile() of a sample of `n` values given by `valueAt(rank)` (the rank-th smallest): an
 * order-statistics selection answers it without sorting the sample.
 */
export function quantileAt(n: number, q: number, valueAt: (rank: number) => number): number | null {
  if (n === 0) return null;
  const position = (n - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = valueAt(lower);
  return low + (valueAt(upper) - low) * (position - lower);
}

export interface Distribution {
  /** How many projects give this figure. */
  count: number;
  /** Where the plan sits among them (0–1), null when none give it. */
  percentile: number | null;
  lowerQuartile: number | null;
  median: number | null;
  upperQuartile: number | null;
}

function distribution(value: number | null, sample: number[]): Distribution {
  return {
    count: sample.length,
    percentile: value === null ? null : percentileRank(value, sample),
    lowerQuartile: quantile(sample, 0.25),
    median: quantile(sample, 0.5),
    upperQuartile: quantile(sample, 0.75),
  };
}

export interface Benchmark {
  comparable: number;
  /** The plan's public funding among the projects' realised public funding. */
  total: Distribution;
  /** Planned funding per planned participant among realised funding per planned participant. */
  perParticipant: Distribution;
  /** Planned funding per month among realised funding per planned month. */
  monthly: Distribution;
  /** Realised ÷ planned public funding the projects reached. */
  absorption: Omit<Distribution, "percentile">;
  /** The most similar projects first: closest in budget, length and participants. */
  similar: (ComparableProject & { months: number | null; distance: number })[];
}

/**
 * Similarity as distance on a log scale (twice the budget is as far as half the budget), summed
 * over budget, length and participants; a figure the project lacks counts as far (1), one the
 * plan lacks counts for no project.
 */
const farApart = (a: number | null, b: number | null) =>
  a === null ? 0 : b === null || b <= 0 ? 1 : Math.abs(Math.log(a / b));

export function planDistance(
  plan: Plan,
  plannedPublicTotal: number,
  months: number | null,
  personsPlanned: number | null,
): number {
  return (
    farApart(plan.plannedPublicTotal, plannedPublicTotal) +
    farApart(plan.months, months) +
    farApart(plan.participants, personsPlanned)
  );
}

/** The plan's funding per participant or per month; null when the plan does not give the divisor. */
export function perPlanned(total: number, divisor: number | null): number | null {
  return divisor !== null && divisor > 0 ? total / divisor : null;
}

/**
 * A comparable project's measures (realised public funding per planned participant, per planned
 * month, and against its plan); null where the project does not give the divisor.
 */
export const perParticipantOf = (realised: number, persons: number | null) =>
  persons !== null && persons > 0 ? realised / persons : null;
export const monthlyOf = (realised: number, months: number | null) =>
  months !== null ? realised / months : null;
export const absorptionOf = (realised: number, planned: number) => (planned > 0 ? realised / planned : null);

const given = (value: number | null): value is number => value !== null;

export function benchmarkPlan(
  plan: Plan,
  projects: readonly ComparableProject[],
  similarCount = 10,
): Benchmark {
  const withMonths = projects.map((project) => ({
    ...project,
    months: durationMonths(project.plannedStart, project.plannedEnd),
  }));
  const perParticipant = withMonths
    .map((p) => perParticipantOf(p.realisedPublicTotal, p.personsPlanned))
    .filter(given);
  const monthly = withMonths.map((p) => monthlyOf(p.realisedPublicTotal, p.months)).filter(given);
  const absorption = withMonths
    .map((p) => absorptionOf(p.realisedPublicTotal, p.plannedPublicTotal))
    .filter(given);
  return {
    comparable: projects.length,
    total: distribution(
      plan.plannedPublicTotal,
      withMonths.map((p) => p.realisedPublicTotal),
    ),
    perParticipant: distribution(perPlanned(plan.plannedPublicTotal, plan.participants), perParticipant),
    monthly: distribution(perPlanned(plan.plannedPublicTotal, plan.months), monthly),
    absorption: {
      count: absorption.length,
      lowerQuartile: quantile(absorption, 0.25),
      median: quantile(absorption, 0.5),
      upperQuartile: quantile(absorption, 0.75),
    },
    similar: mostSimilar(plan, withMonths, similarCount),
  };
}

/** The `count` projects closest to the plan, closest first (equal distances by code). */
export function mostSimilar(
  plan: Plan,
  projects: readonly (ComparableProject & { months: number | null })[],
  count: number,
): Benchmark["similar"] {
  return projects
    .map((project) => ({
      ...project,
      distance: planDistance(plan, project.plannedPublicTotal, project.months, project.personsPlanned),
    }))
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, count);
}
