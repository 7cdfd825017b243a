import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKysely } from "@/lib/db";
import { importPaths } from "@/lib/import/import-documents";
import { renderProjectDocument } from "@/lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "@/lib/ingest/synthetic";
import { findProjects } from "@/lib/queries/find-projects";
import { BREAKDOWNS, getFundingBreakdown, getFundingOverview } from "@/lib/queries/get-funding-breakdowns";
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
  const { rows } = await sql<{ key: string | null; projects: string; planned: string | null }>`
    SELECT ${value} AS key, count(*) AS projects, sum(p.planned_public_total) AS planned
    FROM project p ${from} ${whereSql(matching(search))} GROUP BY 1`.execute(getKysely());
  return rows
    .filter((row) => row.key !== null)
    .map((row) => [row.key, Number(row.projects), Number(row.planned ?? 0)])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
}

describe("the in-process facet index answers as the SQL does", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "facets-"));
    const random = seededRandom(5);
    for (let index = 0; index < 300; index++)
      await fs.writeFile(
        path.join(dir, `doc_${index}.txt`),
        renderProjectDocument(syntheticRecord(random, index)),
      );
    await importPaths(db.url, [dir]);
  });
  afterAll(() => db.drop());

  it.each([
    "",
    "fund=ESF&axis=3&region=Pohjois-Savo",
    "region=Kainuu&region=Pohjois-Savo&orgType=Kunta",
    "q=kunta&fund=ESF&startFrom=2018",
    "quality=incomplete&plannedMin=500000",
    "municipality=Kuopio&status=Toiminta%20p%C3%A4%C3%A4ttynyt",
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
        .map((row) => [row.key, row.projects, row.plannedPublicTotal])
        .sort(([a], [b]) => String(a).localeCompare(String(b)));
      expect(breakdown).toEqual(await fundingInSql(search, by));
    }
  });
});
