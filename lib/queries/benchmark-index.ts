import "server-only";
import { sql } from "kysely";
import { getKysely } from "../db";
import {
  absorptionOf,
  durationMonths,
  monthlyOf,
  perParticipantOf,
  mostSimilar,
  perPlanned,
  percentileRank,
  planDistance,
  quantileAt,
  type Benchmark,
  type ComparableProject,
  type Distribution,
  type Plan,
} from "../domain/benchmark";
import { ascendingRanks } from "../domain/order-statistics";
import { isSmallSample } from "../domain/small-sample";
import type { ResolvedSearch } from "../search/resolve-search";
import { comparableProjectsById, toComparableProject } from "./find-comparable-projects";
import { derivedFromIndex, rowFor, type FacetIndex } from "./facet-index";
import { matchedRows } from "./index-search";

/**
 * benchmarkPlan (lib/domain/benchmark.ts) answered from arrays kept per data version beside the
 * facet index, instead of reading every comparable project (76,000 at 100,000 projects) on each
 * request: the comparison's filters are facets, so the index finds the projects; one pass fills
 * each measure's sample and keeps the nearest projects; the quartiles are selected
 * (lib/domain/order-statistics.ts), not sorted for.
 * Only the rows the page shows (the most similar, or a small sample's projects) are read from
 * PostgreSQL. The figures are converted exactly as findComparableProjects converts them, and the
 * domain's own functions do the maths, so the results are the same numbers;
 * tests/integration/benchmark-index.test.ts holds them equal. ARCHITECTURE.md ("Speed") has the
 * measurements behind the choice.
 */
interface BenchmarkColumns {
  /** Per facet-index row, in euros as the domain reads them; NaN when not comparable or not given. */
  planned: Float64Array;
  realised: Float64Array;
  months: Float64Array;
  persons: Float64Array;
  /** The row's position among all codes in localeCompare order: the domain's tie-break. */
  codeRank: Int32Array;
}

async function buildColumns(index: FacetIndex): Promise<BenchmarkColumns> {
  const rowCount = index.ids.length;
  const { rows } = await sql<{ id: number } & Parameters<typeof toComparableProject>[0]>`
    SELECT p.id, p.code, '' AS name, p.planned_public_total, p.realised_public_total, p.planned_start,
      p.planned_end, p.persons_planned
    FROM project p`.execute(getKysely());
  const columns: BenchmarkColumns = {
    planned: new Float64Array(rowCount).fill(NaN),
    realised: new Float64Array(rowCount).fill(NaN),
    months: new Float64Array(rowCount).fill(NaN),
    persons: new Float64Array(rowCount).fill(NaN),
    codeRank: new Int32Array(rowCount),
  };
  const codes: { code: string; row: number }[] = [];
  for (const raw of rows) {
    const row = rowFor(index.rowOf, raw.id);
    if (row < 0) continue;
    codes.push({ code: raw.code, row });
    const comparable = raw.planned_public_total !== null && raw.realised_public_total !== null;
    if (!comparable) continue;
    const project = toComparableProject(raw);
    columns.planned[row] = project.plannedPublicTotal;
    columns.realised[row] = project.realisedPublicTotal;
    columns.months[row] = durationMonths(project.plannedStart, project.plannedEnd) ?? NaN;
    columns.persons[row] = project.personsPlanned ?? NaN;
  }
  codes.sort((a, b) => a.code.localeCompare(b.code));
  codes.forEach(({ row }, rank) => (columns.codeRank[row] = rank));
  return columns;
}

const getColumns = derivedFromIndex(buildColumns);

const orNull = (value: number) => (value === value ? value : null);

/** One measure's sample, filled as the pass goes; its quartiles selected, not sorted. */
class Sample {
  values: Float64Array;
  n = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  /** A project's measure, when it has one. */
  add(value: number | null) {
    if (value !== null) this.values[this.n++] = value;
  }
  distribution(value: number | null): Distribution {
    const values = this.values.subarray(0, this.n);
    const percentile = value === null ? null : percentileRank(value, values);
    const rank = ascendingRanks(values);
    return {
      count: this.n,
      percentile,
      lowerQuartile: quantileAt(this.n, 0.25, rank),
      median: quantileAt(this.n, 0.5, rank),
      upperQuartile: quantileAt(this.n, 0.75, rank),
    };
  }
}

/** The `count` rows nearest the plan, as (distance, code) orders them; unordered. */
class Nearest {
  rows: number[] = [];
  distances: number[] = [];
  private worst = -1;
  constructor(
    private readonly count: number,
    private readonly codeRank: Int32Array,
  ) {}
  private before(d: number, row: number, i: number) {
    const other = this.distances[i]!;
    return d < other || (d === other && this.codeRank[row]! < this.codeRank[this.rows[i]!]!);
  }
  offer(d: number, row: number) {
    if (this.rows.length < this.count) {
      this.rows.push(row);
      this.distances.push(d);
      if (this.rows.length === this.count) this.findWorst();
      return;
    }
    if (this.count === 0 || !this.before(d, row, this.worst)) return;
    this.rows[this.worst] = row;
    this.distances[this.worst] = d;
    this.findWorst();
  }
  private findWorst() {
    this.worst = 0;
    for (let i = 1; i < this.rows.length; i++)
      if (!this.before(this.distances[i]!, this.rows[i]!, this.worst)) this.worst = i;
  }
}

export interface BenchmarkAnswer {
  result: Benchmark;
  /**
   * The comparable projects benchmarkView may show one by one: all of them when they are fewer
   * than the minimum, else those giving the figure of a measure that is below it (id order).
   */
  projects: ComparableProject[];
}

export async function benchmarkFromIndex(
  plan: Plan,
  search: ResolvedSearch,
  similarCount = 10,
): Promise<BenchmarkAnswer> {
  const { index, rows } = await matchedRows(search);
  const { planned, realised, months, persons, codeRank } = await getColumns(index);
  const total = new Sample(rows.length);
  const perParticipant = new Sample(rows.length);
  const monthly = new Sample(rows.length);
  const absorption = new Sample(rows.length);
  const nearest = new Nearest(similarCount, codeRank);
  const comparable: number[] = [];
  for (const row of rows) {
    const p = planned[row]!;
    const r = realised[row]!;
    if (p !== p || r !== r) continue;
    const m = months[row]!;
    const n = persons[row]!;
    comparable.push(row);
    total.values[total.n++] = r;
    perParticipant.add(perParticipantOf(r, orNull(n)));
    monthly.add(monthlyOf(r, orNull(m)));
    absorption.add(absorptionOf(r, p));
    nearest.offer(planDistance(plan, p, orNull(m), orNull(n)), row);
  }
  const absorptionSpread = absorption.distribution(null);
  const result: Omit<Benchmark, "similar"> = {
    comparable: comparable.length,
    total: total.distribution(plan.plannedPublicTotal),
    perParticipant: perParticipant.distribution(perPlanned(plan.plannedPublicTotal, plan.participants)),
    monthly: monthly.distribution(perPlanned(plan.plannedPublicTotal, plan.months)),
    absorption: {
      count: absorptionSpread.count,
      lowerQuartile: absorptionSpread.lowerQuartile,
      median: absorptionSpread.median,
      upperQuartile: absorptionSpread.upperQuartile,
    },
  };
  // The rows a small measure shows (the view reads each one's own figure); total's sample is
  // every comparable project, so it is small only when they all are shown.
  const small = (sample: Sample) => sample.n > 0 && isSmallSample(sample.n);
  const shown = isSmallSample(comparable.length)
    ? comparable
    : comparable.filter(
        (row) =>
          (small(perParticipant) && perParticipantOf(0, orNull(persons[row]!)) !== null) ||
          (small(monthly) && monthlyOf(0, orNull(months[row]!)) !== null) ||
          (small(absorption) && absorptionOf(0, planned[row]!) !== null),
      );
  const idOf = (row: number) => index.ids[row]!;
  const details = await comparableProjectsById([...new Set([...shown, ...nearest.rows].map(idOf))]);
  const shownIds = new Set(shown.map(idOf));
  const nearestIds = new Set(nearest.rows.map(idOf));
  const candidates = details
    .filter(({ id }) => nearestIds.has(id))
    .map(({ project }) => ({ ...project, months: durationMonths(project.plannedStart, project.plannedEnd) }));
  return {
    result: { ...result, similar: mostSimilar(plan, candidates, similarCount) },
    projects: details.filter(({ id }) => shownIds.has(id)).map(({ project }) => project),
  };
}
