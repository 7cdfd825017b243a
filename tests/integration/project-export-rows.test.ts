import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { renderProjectDocument } from "@/lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "@/lib/ingest/synthetic";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectExportRows, type ProjectExportRow } from "@/lib/queries/project-export-rows";
import { streamProjectsWithWebPages, type ProjectWebPageView } from "@/lib/queries/project-records";
import type { ProjectRecord } from "@/lib/schemas/record";
import { parseListState } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

/** What the export takes from a whole record. */
const exported = (r: ProjectRecord & { webPages: ProjectWebPageView[] }): ProjectExportRow => ({
  code: r.code,
  fund: r.fund,
  name: r.name,
  priorityAxis: r.priorityAxis && { number: r.priorityAxis.number },
  specificObjective: r.specificObjective && { number: r.specificObjective.number },
  plannedStart: r.plannedStart,
  plannedEnd: r.plannedEnd,
  status: r.status,
  responsibleAuthority: r.responsibleAuthority,
  applicant: {
    name: r.applicant.name,
    businessId: r.applicant.businessId,
    organisationType: r.applicant.organisationType,
  },
  coImplementers: r.coImplementers.map(({ name }) => ({ name })),
  geography: {
    regions: r.geography.regions,
    subRegions: r.geography.subRegions,
    municipalities: r.geography.municipalities,
  },
  funding: r.funding,
  indicators: r.indicators,
  hasFinalReport: r.finalReportSummary !== null,
  webPageOutputs: r.webPages.reduce((sum, page) => sum + page.items.length, 0),
  incomplete: r.incomplete ?? false,
});

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

describe("the projects export's rows", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-"));
    const random = seededRandom(11);
    for (let index = 0; index < 250; index++)
      await fs.writeFile(
        path.join(dir, `doc_${index}.txt`),
        renderProjectDocument(syntheticRecord(random, index)),
      );
    await importPaths(db.url, [dir]);
  });
  afterAll(() => db.drop());

  it.each(["", "sort=planned", "region=Pohjois-Savo&sort=absorption", "q=kunta", "q=digitaalinen"])(
    "are the whole records' figures, in the search's order (%s)",
    async (query) => {
      const search = await resolveSearch(parseListState(query));
      const expected = (await collect(streamProjectsWithWebPages(await findProjectCodes(search)))).map(
        exported,
      );
      const rows = await collect(streamProjectExportRows(search, 64));
      if (query === "") expect(rows.length).toBeGreaterThan(250);
      expect(rows).toEqual(expected);
    },
  );
});
