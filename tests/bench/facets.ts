/**
 * `DATABASE_URL=… npm run bench:facets`: facet counts and totals of a few searches on an imported
 * database, from the in-process index (lib/queries/facet-index.ts) against the plain SQL the
 * registry ran before (a GROUP BY per facet over the matching rows and their place links), with
 * the index's build time and memory. The figures behind ARCHITECTURE.md's "Speed".
 */
import { sql, type RawBuilder } from "kysely";
import { getKysely } from "../../lib/db";
import { getFacetIndex } from "../../lib/queries/facet-index";
import { countFacetsWithIndex } from "../../lib/queries/facet-filters";
import { searchBase } from "../../lib/queries/index-search";
import { FACET_KEYS, FILTERS } from "../../lib/search/filters";
import { parseListState } from "../../lib/search/list-state";
import { matching, resolveSearch } from "../../lib/search/resolve-search";
import { whereSql } from "../../lib/search/search-sql";

const t = async (label: string, work: () => Promise<unknown>, n = 5) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await work();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(
    label.padEnd(50),
    `median ${times[Math.floor(n / 2)]!.toFixed(1)} ms  min ${times[0]!.toFixed(1)}`,
  );
};
const s = performance.now();
await getFacetIndex();
console.log(
  "index build",
  (performance.now() - s).toFixed(0),
  "ms; rss",
  Math.round(process.memoryUsage().rss / 1e6),
  "MB",
);
const FACET_COLUMNS = sql`p.id, p.fund, p.priority_axis_id, p.specific_objective_id, p.responsible_authority_id, p.applicant_type, p.status`;
async function oldSql(search: Awaited<ReturnType<typeof resolveSearch>>) {
  const db = getKysely();
  const active = (f: (typeof FACET_KEYS)[number]) => search.filters[f].length > 0;
  const branch = (
    f: (typeof FACET_KEYS)[number],
    source: RawBuilder<unknown>,
    where: RawBuilder<unknown>,
  ) => {
    const { value, label, from } = FILTERS[f].grouping;
    return sql`SELECT ${f}::text AS facet, ${value} AS value, ${label} AS label, count(*) AS count FROM ${source} ${from} ${where} GROUP BY 2, 3`;
  };
  const qs = FACET_KEYS.filter(active).map((f) =>
    branch(f, sql`project p`, whereSql(matching(search, { except: f }))).execute(db),
  );
  const inactive = FACET_KEYS.filter((f) => !active(f));
  qs.push(
    sql`WITH matching AS MATERIALIZED (SELECT ${FACET_COLUMNS} FROM project p ${whereSql(matching(search))}) ${sql.join(
      inactive.map((f) => branch(f, sql`matching p`, sql``)),
      sql` UNION ALL `,
    )}`.execute(db),
  );
  qs.push(
    sql`SELECT count(*), sum(planned_public_total) FROM project p ${whereSql(matching(search))}`.execute(db),
  );
  await Promise.all(qs);
}
for (const q of [
  "",
  "fund=ESF&axis=3&region=Pohjois-Savo",
  "q=kunta&fund=ESF&axis=3&region=Pohjois-Savo",
  "q=osaaminen",
]) {
  const search = await resolveSearch(parseListState(q));
  await t(`index  ${q || "(no filter)"}`, async () => {
    const { index, rows } = await searchBase(search);
    countFacetsWithIndex(index, search.filters, rows);
  });
  await t(`sql    ${q || "(no filter)"}`, () => oldSql(search), 3);
}
process.exit(0);
