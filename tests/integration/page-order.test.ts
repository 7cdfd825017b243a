import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKysely } from "@/lib/db";
import { absorptionHistogram } from "@/lib/domain/funding";
import { getScoreMatrix, HEATMAP_PAGE_SIZE } from "@/lib/queries/find-principle-details";
import { findProjects, getProjectTotals, PAGE_SIZE } from "@/lib/queries/find-projects";
import { findAbsorptionRates, findFundingPoints } from "@/lib/queries/get-funding-breakdowns";
import { filtersOf, parseListState } from "@/lib/search/list-state";
import { matching, orderSql, resolveSearch, type ResolvedSearch } from "@/lib/search/resolve-search";
import { searchConditions, whereSql } from "@/lib/search/search-sql";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

/** The codes of a page of the search as the plain SQL has it: WHERE, ORDER BY, LIMIT and OFFSET. */
async function pageInSql(
  search: ResolvedSearch,
  order: ReturnType<typeof orderSql>,
  limit: number,
  offset: number,
) {
  const { rows } = await sql<{ code: string }>`SELECT p.code FROM project p ${whereSql(matching(search))}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`.execute(getKysely());
  return rows.map((row) => row.code);
}

// The list, the scatter plot, the histogram and the heatmap take their projects from the facet
// index and its sort orders: each must show exactly the projects, in the order, of plain SQL.
describe("pages from the index's sort orders equal the SQL's ORDER BY … LIMIT … OFFSET", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase({ count: 300, seed: 11 });
  });
  afterAll(() => db.drop());

  const queries = [
    "",
    "fund=ESF&region=Kainuu&region=Pohjois-Savo",
    // A word in most projects is ranked over its matches found again by PostgreSQL; one in a
    // few (and any with a facet) over the list of its matches (find-projects.ts, rankedPage).
    "q=kunta",
    "q=oulu",
    "q=hanke&fund=ESF&axis=3",
    "plannedMin=300000&orgType=Kunta",
  ];
  const sorts = ["", "name", "start", "planned", "realised", "absorption"];
  it.each(queries.flatMap((query) => sorts.map((sort) => [query, sort])))(
    "list (%s) sorted by %s",
    async (query, sort) => {
      const state = (page: number) => parseListState(`${query}&sort=${sort}&page=${page}`);
      const first = await findProjects(state(1));
      expect(first.totals.count).toBeGreaterThan(0);
      // The principles page's totals (a plain sum, no facet counting) are the list's.
      expect(await getProjectTotals(first.search)).toEqual(first.totals);
      for (const page of [1, 2, first.pageCount]) {
        const result = await findProjects(state(page));
        const offset = (result.page - 1) * PAGE_SIZE;
        expect(result.items.map((item) => item.code)).toEqual(
          await pageInSql(result.search, orderSql(result.search), PAGE_SIZE, offset),
        );
      }
    },
  );

  // The text mode is decided with the facet index; it must be the SQL's definition: full text if
  // it finds any project with every filter, else similar names if they find one, else full text.
  it.each([
    "q=kunta",
    "q=kunta&fund=ERDF&axis=1&region=Lappi",
    "q=hanke&fund=ESF&axis=9&region=Uusimaa",
    "q=hankee",
    "q=hankee&region=Kainuu&orgType=Kunta",
    "q=zzqx&fund=ESF",
    "q=kainuussa&fund=ERDF&axis=3&region=Uusimaa",
    "q=Kajanin",
    "q=Kajanin&fund=ESF",
    "q=Kajanin&fund=ERDF",
    "q=Kajanin&region=Kainuu&startFrom=2015",
    "q=kehittamishanke&region=Kainuu",
    "q=kehittamishanke&fund=ERDF&axis=1&region=Lappi",
  ])("text mode of %s", async (query) => {
    const state = parseListState(query);
    const exists = async (mode: "fulltext" | "fuzzy") => {
      const { rows } = await sql<{ found: boolean }>`SELECT EXISTS (SELECT 1 FROM project p
        ${whereSql(searchConditions(filtersOf(state), mode))}) AS found`.execute(getKysely());
      return rows[0]!.found;
    };
    const expected = (await exists("fulltext")) ? "fulltext" : (await exists("fuzzy")) ? "fuzzy" : "fulltext";
    const search = await resolveSearch(state);
    expect(search.textMode).toBe(expected);
    const result = await findProjects(state);
    const { rows } = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM project p ${whereSql(matching(search))}`.execute(getKysely());
    expect(result.totals.count).toBe(Number(rows[0]!.n));
  });

  it.each(queries)("scatter points, absorption rates and heatmap pages (%s)", async (query) => {
    const search = await resolveSearch(parseListState(query));
    const where = whereSql(matching(search));
    const { rows: points } = await sql<{
      code: string;
      total: string;
    }>`SELECT p.code, count(*) OVER () AS total
      FROM project p ${where} ${where.compile(getKysely()).sql ? sql`AND` : sql`WHERE`}
        p.planned_public_total IS NOT NULL AND p.realised_public_total IS NOT NULL
      ORDER BY p.planned_public_total DESC, p.code LIMIT 150`.execute(getKysely());
    const scatter = await findFundingPoints(search);
    expect(scatter.points.map((point) => point.code)).toEqual(points.map((row) => row.code));
    expect(scatter.total).toBe(Number(points[0]?.total ?? 0));

    const { rows: rates } = await sql<{ rate: number | null }>`SELECT
      (p.realised_public_total / NULLIF(p.planned_public_total, 0))::float8 AS rate FROM project p ${where}`.execute(
      getKysely(),
    );
    // What the page and the CSV show is the histogram: equal. The rates themselves agree to the
    // last binary digit or so: PostgreSQL rounds the numeric quotient to 16 digits before float8.
    const fromIndex = Array.from(await findAbsorptionRates(search), (rate) =>
      Number.isNaN(rate) ? null : rate,
    );
    const fromSql = rates.map((row) => row.rate);
    expect(absorptionHistogram(fromIndex)).toEqual(absorptionHistogram(fromSql));
    const sorted = (values: (number | null)[]) => [...values].sort((a, b) => (a ?? -1) - (b ?? -1));
    sorted(fromIndex).forEach((rate, i) =>
      rate === null
        ? expect(sorted(fromSql)[i]).toBeNull()
        : expect(rate).toBeCloseTo(sorted(fromSql)[i]!, 12),
    );

    const matrix = await getScoreMatrix(search, "direct", 2);
    const page = Math.min(2, matrix.pageCount);
    expect(matrix.rows.map((row) => row.code)).toEqual(
      await pageInSql(search, sql`p.name, p.code`, HEATMAP_PAGE_SIZE, (page - 1) * HEATMAP_PAGE_SIZE),
    );
  });
});
