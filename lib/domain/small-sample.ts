/**
 * When a statistic is too thin to state: below MIN_SAMPLE_SIZE projects, quartiles and a
 * percentile position say more than the data can ("above 100 % of projects" from one project),
 * so the benchmark shows the projects' own figures instead. Pure.
 */
import { durationMonths, type ComparableProject } from "./benchmark";

/** The fewest projects a percentile, quartile or median is shown for. */
export const MIN_SAMPLE_SIZE = 5;

export const isSmallSample = (count: number) => count < MIN_SAMPLE_SIZE;

export const BENCHMARK_MEASURES = ["total", "perParticipant", "monthly"] as const;
export type MeasureKey = (typeof BENCHMARK_MEASURES)[number];

/** A project's own value of each measure (as benchmarkPlan samples them); null when it lacks a figure. */
export function projectFigures(
  project: ComparableProject,
): Record<MeasureKey | "absorption", number | null> & { months: number | null } {
  const months = durationMonths(project.plannedStart, project.plannedEnd);
  const realised = project.realisedPublicTotal;
  const persons = project.personsPlanned;
  return {
    months,
    total: realised,
    perParticipant: persons !== null && persons > 0 ? realised / persons : null,
    monthly: months !== null ? realised / months : null,
    absorption: project.plannedPublicTotal > 0 ? realised / project.plannedPublicTotal : null,
  };
}

/** How many of the values lie below the plan's (ties counted as neither): a count, not a share. */
export function countBelow(value: number, sample: readonly number[]): number {
  return sample.filter((x) => x < value).length;
}
