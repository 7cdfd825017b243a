/**
 * `DATABASE_URL=… npm run bench:benchmark`: the ways /funding/benchmark can be answered, timed on
 * an imported database for several plans and comparisons, against the floor (the bare SQL that
 * reads the comparable projects' figures): today's path (every comparable project read, then
 * benchmarkPlan in Node), one scan in SQL (counts, ranks and percentile_cont, the nearest
 * candidates ordered by the distance in SQL), and the arrays kept beside the facet index
 * (lib/queries/benchmark-index.ts, the chosen one). The figures behind ARCHITECTURE.md's "Speed".
 */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { getKysely } from "../../lib/db";
import { benchmarkPlan, type Plan } from "../../lib/domain/benchmark";
import { benchmarkFromIndex } from "../../lib/queries/benchmark-index";
import { getFacetIndex } from "../../lib/queries/facet-index";
import { findComparableProjects } from "../../lib/queries/find-comparable-projects";
import { parseListState } from "../../lib/search/list-state";
import { matching, resolveSearch, type ResolvedSearch } from "../../lib/search/resolve-search";
import { whereSql } from "../../lib/search/search-sql";
import { benchmarkView } from "../../lib/views/benchmark-view";

const REPEATS = Number(process.env.REPEATS ?? 9);

const comparableWhere = (search: ResolvedSearch) =>
  whereSql([
    ...matching(search),
    sql<SqlBool>`p.planned_public_total IS NOT NULL`,
    sql<SqlBool>`p.realised_public_total IS NOT NULL`,
  ]);

/** The floor: the comparable projects' figures, read and nothing else. */
const floor = (search: ResolvedSearch) =>
  sql`SELECT p.planned_public_total, p.realised_public_total, p.planned_start, p.planned_end, p.persons_planned
    FROM project p ${comparableWhere(search)}`.execute(getKysely());

/** The one-scan SQL of branch `perf` (6caf911), its divisors made nullable: timed, not shipped. */
async function oneScanSql(plan: Plan, search: ResolvedSearch) {
  const source = sql`(SELECT p.code, p.name, p.planned_public_total::float8 AS planned,
      p.realised_public_total::float8 AS realised, p.persons_planned,
      CASE WHEN m.months > 0 THEN m.months END AS months
    FROM project p CROSS JOIN LATERAL (SELECT ((extract(year FROM p.planned_end) - extract(year FROM p.planned_start)) * 12
      + extract(month FROM p.planned_end) - extract(month FROM p.planned_start) + 1)::int AS months) m
    ${comparableWhere(search)})`;
  const spread = (x: RawBuilder<unknown>, value: number | null) => sql`json_build_object('n', count(${x}),
    'below', count(*) FILTER (WHERE ${x} < ${value}::float8), 'equal', count(*) FILTER (WHERE ${x} = ${value}::float8),
    'q', percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY ${x}))`;
  const per = (d: number | null) => (d ? plan.plannedPublicTotal / d : null);
  const far = (value: number | null, column: RawBuilder<unknown>) =>
    value === null
      ? sql`0`
      : sql`CASE WHEN ${column} IS NULL OR ${column} <= 0 THEN 1 ELSE abs(ln(${value}::float8 / ${column})) END`;
  const db = getKysely();
  return Promise.all([
    sql`SELECT count(*) AS comparable, ${spread(sql`c.realised`, plan.plannedPublicTotal)},
      ${spread(sql`CASE WHEN c.persons_planned > 0 THEN c.realised / c.persons_planned END`, per(plan.participants))},
      ${spread(sql`c.realised / c.months`, per(plan.months))},
      ${spread(sql`CASE WHEN c.planned > 0 THEN c.realised / c.planned END`, 0)} FROM ${source} c`.execute(
      db,
    ),
    sql`SELECT c.* FROM ${source} c ORDER BY ${far(plan.plannedPublicTotal, sql`c.planned`)}
      + ${far(plan.months, sql`c.months`)} + ${far(plan.participants, sql`c.persons_planned`)}, c.code LIMIT 100`.execute(
      db,
    ),
  ]);
}

const CASES: { label: string; query: string; plan: Plan }[] = [
  {
    label: "no filter, full plan",
    query: "",
    plan: { plannedPublicTotal: 300000, months: 24, participants: 200 },
  },
  {
    label: "axis, full plan",
    query: "axis=4",
    plan: { plannedPublicTotal: 1_000_000, months: 36, participants: 50 },
  },
  {
    label: "region, no months",
    query: "region=Kainuu",
    plan: { plannedPublicTotal: 84796, months: null, participants: 1 },
  },
  {
    label: "axis + region, budget only",
    query: "axis=5&region=Uusimaa",
    plan: { plannedPublicTotal: 150000, months: null, participants: null },
  },
  {
    label: "objective + region, no participants",
    query: "objective=3.1&region=Keski-Suomi",
    plan: { plannedPublicTotal: 500000, months: 18, participants: null },
  },
  {
    label: "none comparable",
    query: "axis=1&objective=7.1",
    plan: { plannedPublicTotal: 300000, months: 24, participants: 200 },
  },
];

async function time(work: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(REPEATS / 2)]!;
}

const started = performance.now();
const index = await getFacetIndex();
console.log(
  `facet index built in ${(performance.now() - started).toFixed(0)} ms (${index.ids.length} projects)`,
);
const columns = performance.now();
await benchmarkFromIndex(CASES[0]!.plan, await resolveSearch(parseListState("")));
console.log(`benchmark arrays built in ${(performance.now() - columns).toFixed(0)} ms`);
console.log(`medians of ${REPEATS}, ms; ratio = index / floor`);
console.log(
  `${"case".padEnd(36)} ${"comparable".padStart(10)} ${"floor".padStart(7)} ${"today".padStart(7)} ${"1-scan".padStart(7)} ${"index".padStart(7)} ratio`,
);
for (const { label, query, plan } of CASES) {
  const search = await resolveSearch(parseListState(query));
  const comparable = (await findComparableProjects(search)).length;
  const floorMs = await time(() => floor(search));
  const todayMs = await time(async () => {
    const projects = await findComparableProjects(search);
    benchmarkView(plan, benchmarkPlan(plan, projects), projects);
  });
  const scanMs = await time(() => oneScanSql(plan, search));
  const indexMs = await time(async () => {
    const answer = await benchmarkFromIndex(plan, search);
    benchmarkView(plan, answer.result, answer.projects);
  });
  const f = (ms: number) => ms.toFixed(0).padStart(7);
  console.log(
    `${label.padEnd(36)} ${String(comparable).padStart(10)} ${f(floorMs)} ${f(todayMs)} ${f(scanMs)} ${f(indexMs)} ${(indexMs / floorMs).toFixed(2)}`,
  );
}
process.exit(0);
