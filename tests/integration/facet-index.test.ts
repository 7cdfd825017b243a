import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKysely } from "@/lib/db";
import { findProjects } from "@/lib/queries/find-projects";
import { BREAKDOWNS, getFundingBreakdown, getFundingOverview } from "@/lib/queries/get-funding-breakdowns";
import {
  getCategoryAggregates,
  getCriterionAggregates,
  getGenderAggregates,
  getGenderBreakdown,
} from "@/lib/queries/get-principle-aggregates";
import { FACET_KEYS, groupingFor } from "@/lib/search/filters";
import { parseListState } from "@/lib/search/list-state";
import { matching, resolveSearch, type ResolvedSearch } from "@/lib/search/resolve-search";
import { whereSql } from "@/lib/search/search-sql";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

/** The plain SQL answer (a GROUP BY per facet, its own filter left out): the index must agree. */
async function facetCountsInSql(search: ResolvedSearch) {
  const counts: Record<string, [string, number][]> = {};
  for (const facet of FACET_KEYS) {
    const { value, from } = groupingFor(facet);
    const { rows } = await sql<{
      value: string | null;
      count: string;
    }>`SELECT ${value} AS value, count(*) AS count
      FROM project p ${from} ${whereSql(matching(search, { except: facet }))} GROUP BY 1`.execute(
      getKysely(),
    );
    counts[facet] = rows
      .filter((row) => row.value !== null)
      .map((row): [string, number] => [row.value!, Number(row.count)])
      .sort(([a], [b]) => a.localeCompare(b));
  }
  return counts;
}

async function fundingInSql(search: ResolvedSearch, by: (typeof BREAKDOWNS)[number]) {
  const { value, from } = groupingFor(by);
  const { rows } = await sql<{
    key: string | null;
    projects: string;
    planned: string | null;
    realised: string | null;
    absorption: number | null;
  }>`
    SELECT ${value} AS key, count(*) AS projects, sum(p.planned_public_total) AS planned,
      sum(p.realised_public_total) AS realised,
      (sum(p.realised_public_total) FILTER (WHERE p.planned_public_total IS NOT NULL)
        / NULLIF(sum(p.planned_public_total) FILTER (WHERE p.realised_public_total IS NOT NULL), 0))::float8 AS absorption
    FROM project p ${from} ${whereSql(matching(search))} GROUP BY 1`.execute(getKysely());
  return rows
    .filter((row) => row.key !== null)
    .map((row) => [
      row.key,
      Number(row.projects),
      Number(row.planned ?? 0),
      Number(row.realised ?? 0),
      row.absorption,
    ])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
}

/** The principle aggregates as plain SQL joins of the matching projects with their rows. */
async function principlesInSql(search: ResolvedSearch) {
  const db = getKysely();
  const where = whereSql(matching(search));
  const criteria = await sql<{
    criterion: string;
    n: string;
    direct: number;
    indirect: number;
    effect: string;
  }>`
    SELECT s.criterion, count(*) AS n, avg(s.direct)::float8 AS direct, avg(s.indirect)::float8 AS indirect,
      count(*) FILTER (WHERE s.direct > 0 OR s.indirect > 0) AS effect
    FROM project p JOIN sustainability_score s ON s.project_id = p.id ${where} GROUP BY 1 ORDER BY 1`.execute(
    db,
  );
  const categories = await sql<{
    category: string;
    n: string;
    direct: number;
    deviation: number;
    min: number;
    max: number;
  }>`
    SELECT s.category::text AS category, count(*) AS n, avg(s.direct)::float8 AS direct,
      stddev_pop(s.direct)::float8 AS deviation, min(s.direct) AS min, max(s.direct) AS max
    FROM project p JOIN sustainability_score s ON s.project_id = p.id ${where} GROUP BY 1 ORDER BY 1`.execute(
    db,
  );
  const { label, from } = groupingFor("axis");
  const gender = await sql<{ grp: string; question: string; answered: string; yes: string }>`
    SELECT ${label} AS grp, g.question::text AS question, count(g.answer) AS answered, count(*) FILTER (WHERE g.answer) AS yes
    FROM gender_equality_answer g JOIN project p ON p.id = g.project_id ${from} ${where} GROUP BY 1, 2 ORDER BY 1, 2`.execute(
    db,
  );
  return { criteria: criteria.rows, categories: categories.rows, gender: gender.rows };
}

describe("the in-process facet index answers as the SQL does", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase({ count: 300, seed: 5 });
  });
  afterAll(() => db.drop());

  it.each([
    "",
    // Most projects: summed as every project less the ones left out.
    "fund=ESF",
    "plannedMin=1",
    "fund=ESF&axis=3&region=Pohjois-Savo",
    "region=Kainuu&region=Pohjois-Savo&orgType=Kunta",
    "q=kunta&fund=ESF&startFrom=2018",
    "quality=incomplete&plannedMin=500000",
    "municipality=Kuopio&status=Toiminta%20p%C3%A4%C3%A4ttynyt",
    // Text alone matching most projects (counted as every project's less the rest) and a few.
    "q=kunta",
    "q=oulu",
    "fund=ESF&region=Atlantis",
  ])("facet counts, totals and funding breakdowns (%s)", async (query) => {
    const search = await resolveSearch(parseListState(query));
    const result = await findProjects(parseListState(query));
    const fromIndex = Object.fromEntries(
      FACET_KEYS.map((facet) => [
        facet,
        result.facets[facet]
          .map(({ value, count }): [string, number] => [value, count])
          .sort(([a], [b]) => a.localeCompare(b)),
      ]),
    );
    expect(fromIndex).toEqual(await facetCountsInSql(search));
    const { rows } = await sql<{
      count: string;
    }>`SELECT count(*) AS count FROM project p ${whereSql(matching(search))}`.execute(getKysely());
    expect(result.totals.count).toBe(Number(rows[0]!.count));
    expect((await getFundingOverview(search)).projects).toBe(Number(rows[0]!.count));
    for (const by of BREAKDOWNS) {
      const breakdown = (await getFundingBreakdown(search, by))
        .map((row) => [
          row.key,
          row.projects,
          row.plannedPublicTotal,
          row.realisedPublicTotal,
          row.absorptionRate,
        ])
        .sort(([a], [b]) => String(a).localeCompare(String(b)));
      const reference = await fundingInSql(search, by);
      expect(breakdown.map((row) => row.slice(0, 4))).toEqual(reference.map((row) => row.slice(0, 4)));
      breakdown.forEach((row, i) => expect(row[4]).toBeCloseTo(reference[i]![4] as number, 12));
    }
    const reference = await principlesInSql(search);
    const criteria = (await getCriterionAggregates(search)).filter((row) => row.projects > 0);
    // Averages agree to the last digit or two: PostgreSQL divides in numeric (16 significant
    // digits), the index in float8 (the correctly rounded mean).
    const close = (a: number | null, b: number | null) => expect(a).toBeCloseTo(b!, 12);
    expect(criteria.map((row) => [row.criterion, row.projects]).sort()).toEqual(
      reference.criteria.map((row) => [row.criterion, Number(row.n)]).sort(),
    );
    for (const row of criteria) {
      const sqlRow = reference.criteria.find((candidate) => candidate.criterion === row.criterion)!;
      close(row.averageDirect, sqlRow.direct);
      close(row.averageIndirect, sqlRow.indirect);
    }
    const categories = (await getCategoryAggregates(search)).filter((row) => row.scores > 0);
    expect(categories.map((row) => [row.category, row.scores, row.minDirect, row.maxDirect])).toEqual(
      reference.categories.map((row) => [row.category, Number(row.n), row.min, row.max]),
    );
    categories.forEach((row, i) => {
      close(row.averageDirect, reference.categories[i]!.direct);
      close(row.deviationDirect, reference.categories[i]!.deviation);
    });
    const byAxis = await getGenderBreakdown(search, "axis");
    expect(
      byAxis
        .flatMap((row) =>
          Object.entries(row.shares)
            .filter(([question]) =>
              reference.gender.some((g) => g.grp === row.group && g.question === question),
            )
            .map(([question, share]) => [row.group, question, share.answered, share.yes]),
        )
        .sort(),
    ).toEqual(
      reference.gender.map((row) => [row.grp, row.question, Number(row.answered), Number(row.yes)]).sort(),
    );
    const { rows: answered } = await sql<{ n: string }>`SELECT count(g.answer) AS n
      FROM gender_equality_answer g JOIN project p ON p.id = g.project_id ${whereSql(matching(search))}`.execute(
      getKysely(),
    );
    const overall = await getGenderAggregates(search);
    expect(overall.reduce((n, row) => n + row.answered, 0)).toBe(Number(answered[0]!.n));
  });
});
