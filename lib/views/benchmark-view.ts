/**
 * What the benchmark page shows, composed from the plan and its benchmark: the three measures
 * with the plan's own value beside the comparable projects' distribution, and what the plan
 * would realise at the comparable projects' median absorption. Pure; the page only formats.
 */
import type { Benchmark, Distribution, Plan } from "../domain/benchmark";

export type MeasureKey = "total" | "perParticipant" | "monthly";

export interface MeasureRow {
  key: MeasureKey;
  /** The plan's own figure (null when the plan lacks what it needs, e.g. participants). */
  plan: number | null;
  spread: Distribution;
}

export function benchmarkMeasures(plan: Plan, result: Benchmark): MeasureRow[] {
  const per = (divisor: number | null | undefined) =>
    divisor && divisor > 0 ? plan.plannedPublicTotal / divisor : null;
  return [
    { key: "total", plan: plan.plannedPublicTotal, spread: result.total },
    { key: "perParticipant", plan: per(plan.participants), spread: result.perParticipant },
    { key: "monthly", plan: per(plan.months), spread: result.monthly },
  ];
}

/** The plan's public funding at the comparable projects' median absorption rate. */
export function expectedRealised(plan: Plan, result: Benchmark): number | null {
  return result.absorption.median === null ? null : plan.plannedPublicTotal * result.absorption.median;
}
