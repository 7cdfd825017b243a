/**
 * `DATABASE_URL=… REGISTRY_RESULT_CACHE=off npx tsx --conditions=react-server
 * tests/bench/profile-views.ts <projects|funding|principles> <query>…`: the lib/ work of a view
 * for each query (what its page asks of lib/queries, without rendering), best of five after a
 * warm-up, with every Kysely statement of that run and its duration. Where a request's time goes.
 */
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import kyselyExtension from "prisma-extension-kysely";
import { getDb } from "../../lib/db";

const log: { ms: number; sql: string }[] = [];
(globalThis as { registryKysely?: unknown }).registryKysely = getDb().$extends(
  kyselyExtension({
    kysely: (driver) =>
      new Kysely<unknown>({
        dialect: {
          createDriver: () => driver,
          createAdapter: () => new PostgresAdapter(),
          createIntrospector: (db) => new PostgresIntrospector(db),
          createQueryCompiler: () => new PostgresQueryCompiler(),
        },
        log: (e) =>
          void log.push({ ms: e.queryDurationMillis, sql: e.query.sql.replace(/\s+/g, " ").slice(0, 110) }),
      }),
  }),
).$kysely;

const { findProjects } = await import("../../lib/queries/find-projects");
const { getFacetIndex } = await import("../../lib/queries/facet-index");
const { parseListState } = await import("../../lib/search/list-state");
const { resolveSearch } = await import("../../lib/search/resolve-search");
const funding = await import("../../lib/queries/get-funding-breakdowns");
const details = await import("../../lib/queries/find-principle-details");
const { getProjectTotals } = await import("../../lib/queries/find-projects");
const { PRINCIPLE_PAGE_TABLES } = await import("../../lib/tables/principle-tables");
const { getPrincipleIndex } = await import("../../lib/queries/principle-index");

await getPrincipleIndex(await getFacetIndex());
const t = (k: string) => k;
const tr = { locale: "fi", principles: t, project: t, criteria: t, funding: t } as unknown as Parameters<
  (typeof PRINCIPLE_PAGE_TABLES)["gender"]["build"]
>[1];
const views: Record<string, (q: string) => Promise<unknown>> = {
  projects: (q) => findProjects(parseListState(new URLSearchParams(q))),
  funding: async (q) => {
    const search = await resolveSearch(parseListState(new URLSearchParams(q)));
    return Promise.all([
      funding.getFundingOverview(search),
      Promise.all(funding.BREAKDOWNS.map((by) => funding.getFundingBreakdown(search, by))),
      funding.findAbsorptionRates(search),
      funding.findFundingPoints(search),
    ]);
  },
  principles: async (q) => {
    const search = await resolveSearch(parseListState(new URLSearchParams(q)));
    const b = (k: keyof typeof PRINCIPLE_PAGE_TABLES) => PRINCIPLE_PAGE_TABLES[k].build(search, tr);
    return Promise.all([
      getProjectTotals(search),
      b("gender"),
      b("genderByAxis"),
      b("genderByOrgType"),
      b("categories"),
      b("criteria"),
      details.getScoreMatrix(search, "direct", 1),
    ]);
  },
};
const [view, ...queries] = process.argv.slice(2);
for (const q of queries) {
  let best = Infinity;
  let bestLog: typeof log = [];
  for (let i = 0; i < 6; i++) {
    log.length = 0;
    const s = performance.now();
    await views[view!]!(q);
    const total = performance.now() - s;
    if (i > 0 && total < best) [best, bestLog] = [total, [...log]];
  }
  console.log(`${view}?${q}: min ${best.toFixed(0)} ms`);
  for (const e of bestLog) console.log(`   ${e.ms.toFixed(0).padStart(5)} ms  ${e.sql}`);
}
process.exit(0);
