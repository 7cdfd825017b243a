import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchmarkPlan } from "@/lib/domain/benchmark";
import { importPaths } from "@/lib/import/import-documents";
import { renderProjectDocument } from "@/lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "@/lib/ingest/synthetic";
import { benchmarkPlanFor } from "@/lib/queries/benchmark-plan";
import { findComparableProjects } from "@/lib/queries/find-comparable-projects";
import { parseListState } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

describe("benchmarking a plan in the database", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "benchmark-"));
    const random = seededRandom(7);
    for (let index = 0; index < 400; index++)
      await fs.writeFile(
        path.join(dir, `doc_${index}.txt`),
        renderProjectDocument(syntheticRecord(random, index)),
      );
    await importPaths(db.url, [dir]);
  });
  afterAll(() => db.drop());

  const plans = [
    { plannedPublicTotal: 300000, months: 24, participants: 200 },
    { plannedPublicTotal: 1_000_000, months: 36, participants: 50 },
    { plannedPublicTotal: 84796, months: 24, participants: 1 },
  ];
  it.each(["", "axis=3", "region=Kainuu", "region=Pohjois-Savo&axis=5", "region=Nowhere"])(
    "gives exactly the domain's result over every comparable project (%s)",
    async (query) => {
      const search = await resolveSearch(parseListState(query));
      const projects = await findComparableProjects(search);
      if (query === "") expect(projects.length).toBeGreaterThan(300);
      for (const plan of plans)
        expect(await benchmarkPlanFor(plan, search)).toEqual(benchmarkPlan(plan, projects));
    },
  );
});
