/**
 * What the benchmark page shows, composed from the plan and its benchmark: each measure with the
 * plan's own value and how many projects the comparison rests on. From MIN_SAMPLE_SIZE projects
 * up a measure shows the plan's percentile and the quartiles; below it, the projects' own figures
 * and a count ("higher than 1 of 1"), never a share. Pure; the page only formats.
 */
import { perPlanned, type Benchmark, type ComparableProject, type Plan } from "../domain/benchmark";
import {
  BENCHMARK_MEASURES,
  countBelow,
  isSmallSample,
  MIN_SAMPLE_SIZE,
  projectFigures,
  type MeasureKey,
} from "../domain/small-sample";

export type { MeasureKey };

/** One project's figure in a sample too small for statistics. */
export interface IndividualValue {
  code: string;
  name: string;
  value: number;
}

export type Spread =
  | { kind: "none" }
  | {
      kind: "distribution";
      /** Where the plan sits (0–1); null when the plan lacks the figure. */
      percentile: number | null;
      lowerQuartile: number | null;
      median: number | null;
      upperQuartile: number | null;
    }
  | {
      kind: "individual";
      /** How many projects' values lie below the plan's; null when the plan lacks the figure. */
      below: number | null;
      /** Every project's value, smallest first. */
      values: IndividualValue[];
    };

export interface MeasureRow {
  key: MeasureKey | "absorption";
  /** The plan's own figure (null when the plan lacks what it needs, e.g. participants). */
  plan: number | null;
  /** How many projects the figure rests on. */
  count: number;
  spread: Spread;
}

export interface ComparableRow extends ComparableProject {
  figures: ReturnType<typeof projectFigures>;
}

export interface BenchmarkView {
  comparable: number;
  minimum: number;
  /** Fewer comparable projects than the minimum: no statistics at all, the projects one by one. */
  small: boolean;
  measures: MeasureRow[];
  absorption: MeasureRow;
  /** The plan's funding at the projects' median absorption; null below the minimum. */
  expectedRealised: number | null;
  /** Every comparable project with its figures, when the whole sample is small; else null. */
  projects: ComparableRow[] | null;
}

/**
 * `projects` are the comparable projects the benchmark was computed from (or at least those a
 * measure below the minimum shows: all of them when the whole sample is below it); their own
 * figures are read only for a measure below the minimum.
 */
export function benchmarkView(
  plan: Plan,
  result: Benchmark,
  projects: readonly ComparableProject[],
): BenchmarkView {
  let rows: ComparableRow[] | null = null;
  const withFigures = () => (rows ??= projects.map((p) => ({ ...p, figures: projectFigures(p) })));
  const individual = (key: MeasureKey | "absorption", planValue: number | null): Spread => {
    const values = withFigures()
      .flatMap((p) => {
        const value = p.figures[key];
        return value === null ? [] : [{ code: p.code, name: p.name, value }];
      })
      .sort((a, b) => a.value - b.value || a.code.localeCompare(b.code));
    const sample = values.map((v) => v.value);
    return { kind: "individual", below: planValue === null ? null : countBelow(planValue, sample), values };
  };
  const planValues: Record<MeasureKey, number | null> = {
    total: plan.plannedPublicTotal,
    perParticipant: perPlanned(plan.plannedPublicTotal, plan.participants),
    monthly: perPlanned(plan.plannedPublicTotal, plan.months),
  };
  const measures = BENCHMARK_MEASURES.map((key): MeasureRow => {
    const { count, percentile, lowerQuartile, median, upperQuartile } = result[key];
    const spread: Spread =
      count === 0
        ? { kind: "none" }
        : isSmallSample(count)
          ? individual(key, planValues[key])
          : { kind: "distribution", percentile, lowerQuartile, median, upperQuartile };
    return { key, plan: planValues[key], count, spread };
  });
  const { count, lowerQuartile, median, upperQuartile } = result.absorption;
  const absorptionSmall = isSmallSample(count);
  return {
    comparable: result.comparable,
    minimum: MIN_SAMPLE_SIZE,
    small: isSmallSample(result.comparable),
    measures,
    absorption: {
      key: "absorption",
      plan: null,
      count,
      spread:
        count === 0
          ? { kind: "none" }
          : absorptionSmall
            ? individual("absorption", null)
            : { kind: "distribution", percentile: null, lowerQuartile, median, upperQuartile },
    },
    expectedRealised: absorptionSmall || median === null ? null : plan.plannedPublicTotal * median,
    projects: isSmallSample(result.comparable) ? withFigures() : null,
  };
}
