import "server-only";
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { getKysely } from "../db";
import { toIsoDate, toNumber } from "../database/values";
import { mostSimilar, type Benchmark, type Distribution, type Plan } from "../domain/benchmark";
import { matching, whereSql, type ResolvedSearch } from "../search/resolve-search";

/**
 * benchmarkPlan (lib/domain/benchmark.ts) computed where the projects are: one scan answers every
 * count, rank and quartile (percentile_cont interpolates exactly as the domain's quantile does,
 * on the same float8 values), and only the nearest candidates for "most similar" come to Node,
 * where the domain ranks them. tests/integration/benchmark-plan.test.ts holds it equal to the
 * domain's result over all comparable projects.
 */

// Candidates read for the exact ranking: many more than shown, so the database's ln() (which may
// differ from Math.log in the last bit) cannot push a nearly tied project out of the ten.
const CANDIDATES = 100;

const COMPARABLE = (conditions: RawBuilder<SqlBool>[]) => sql`(
  SELECT p.code, p.name, p.planned_public_total::float8 AS planned, p.realised_public_total::float8 AS realised,
    p.planned_start, p.planned_end, p.persons_planned, m.months
  FROM project p
  CROSS JOIN LATERAL (SELECT CASE WHEN m.months > 0 THEN m.months END AS months FROM (SELECT
    ((extract(year FROM p.planned_end) - extract(year FROM p.planned_start)) * 12
     + extract(month FROM p.planned_end) - extract(month FROM p.planned_start) + 1)::int AS months) m) m
  ${whereSql([
    ...conditions,
    sql<SqlBool>`p.planned_public_total IS NOT NULL`,
    sql<SqlBool>`p.realised_public_total IS NOT NULL`,
  ])})`;

type Spread = { n: number; below: number; equal: number; q: number[] | null };

/** count, the rank counts of `value` and the quartiles of `x` (NULLs are not in the sample). */
const spread = (x: RawBuilder<unknown>, value: number) => sql<Spread>`json_build_object(
  'n', count(${x}), 'below', count(*) FILTER (WHERE ${x} < ${value}::float8),
  'equal', count(*) FILTER (WHERE ${x} = ${value}::float8),
  'q', percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY ${x}))`;

const distribution = ({ n, below, equal, q }: Spread): Distribution => ({
  count: n,
  percentile: n ? (below + equal / 2) / n : null,
  lowerQuartile: q?.[0] ?? null,
  median: q?.[1] ?? null,
  upperQuartile: q?.[2] ?? null,
});

const far = (plan: number, column: RawBuilder<unknown>) =>
  sql`CASE WHEN ${column} IS NULL OR ${column} <= 0 THEN 1 ELSE abs(ln(${plan}::float8 / ${column})) END`;

export async function benchmarkPlanFor(
  plan: Plan,
  search: ResolvedSearch,
  similarCount = 10,
): Promise<Benchmark> {
  const db = getKysely();
  const source = COMPARABLE(matching(search));
  const perParticipant = sql`CASE WHEN c.persons_planned > 0 THEN c.realised / c.persons_planned END`;
  const monthly = sql`c.realised / c.months`;
  const absorption = sql`CASE WHEN c.planned > 0 THEN c.realised / c.planned END`;
  const [summary, candidates] = await Promise.all([
    sql<{ comparable: number; total: Spread; perParticipant: Spread; monthly: Spread; absorption: Spread }>`
      SELECT count(*)::int AS comparable,
        ${spread(sql`c.realised`, plan.plannedPublicTotal)} AS total,
        ${spread(perParticipant, plan.plannedPublicTotal / plan.participants)} AS "perParticipant",
        ${spread(monthly, plan.plannedPublicTotal / plan.months)} AS monthly,
        ${spread(absorption, 0)} AS absorption
      FROM ${source} c`.execute(db),
    sql<{
      code: string;
      name: string;
      planned: number;
      realised: number;
      planned_start: Date | null;
      planned_end: Date | null;
      persons_planned: number | null;
      months: number | null;
    }>`SELECT c.* FROM ${source} c
      ORDER BY ${far(plan.plannedPublicTotal, sql`c.planned`)} + ${far(plan.months, sql`c.months`)}
        + ${far(plan.participants, sql`c.persons_planned`)}, c.code
      LIMIT ${CANDIDATES}`.execute(db),
  ]);
  const row = summary.rows[0]!;
  const { lowerQuartile, median, upperQuartile, count } = distribution(row.absorption);
  return {
    comparable: toNumber(row.comparable) ?? 0,
    total: distribution(row.total),
    perParticipant: distribution(row.perParticipant),
    monthly: distribution(row.monthly),
    absorption: { count, lowerQuartile, median, upperQuartile },
    similar: mostSimilar(
      plan,
      candidates.rows.map((c) => ({
        code: c.code,
        name: c.name,
        plannedPublicTotal: c.planned,
        realisedPublicTotal: c.realised,
        plannedStart: toIsoDate(c.planned_start),
        plannedEnd: toIsoDate(c.planned_end),
        personsPlanned: c.persons_planned,
        months: c.months,
      })),
      similarCount,
    ),
  };
}
