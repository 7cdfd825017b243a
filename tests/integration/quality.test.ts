import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { displayName } from "@/lib/ingest/source-files";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { findProjects } from "@/lib/queries/find-projects";
import { getImportHistory, getQualityOverview } from "@/lib/queries/get-quality-overview";
import { parseListState } from "@/lib/search/list-state";
import { cutBefore, editSeed } from "../support/documents";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

describe("the data-quality overview", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it("counts each observation exactly as its search link finds it", async () => {
    const overview = await getQualityOverview();
    expect(overview.projects).toBe(4);
    const byKind = Object.fromEntries(overview.counts.map((count) => [count.kind, count.projects]));
    expect(byKind.endedWithoutFinalReport).toBe(1); // S21894, see find-projects.test.ts
    for (const { kind, projects } of overview.counts) {
      const search = await findProjects(parseListState(`quality=${kind}`));
      expect(search.totals.count, kind).toBe(projects);
    }
  });

  it("records every import run with its rejected files' problems, newest first", async () => {
    const before = await getImportHistory();
    expect(before).toHaveLength(1); // the seeds
    expect(before[0]).toMatchObject({ files: 5, created: 5, rejected: 0 }); // four projects and a web page

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "quality-"));
    await fs.writeFile(
      path.join(dir, "cut.txt"),
      cutBefore(
        editSeed("S22837", (t) => t),
        "4 Hankkeen kohderyhmät",
      ),
    );
    await fs.writeFile(
      path.join(dir, "new.txt"),
      editSeed("S22821", (t) => t.replace("Hankekoodi: S22821", "Hankekoodi: S99993")),
    );
    const report = await importPaths(db.url, [dir]);
    expect(report.rejected).toHaveLength(1);

    const [latest] = await getImportHistory();
    expect(latest).toMatchObject({ files: 2, created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(latest!.paths).toEqual([displayName(dir)]);
    expect(latest!.rejectedFiles).toHaveLength(1);
    expect(latest!.rejectedFiles[0]!.file).toContain("cut.txt");
    expect(latest!.rejectedFiles[0]!.problems.length).toBeGreaterThan(0);
    expect(latest!.rejectedFiles[0]!.problems[0]).toMatch(/^error: /);

    // A dry run writes nothing, not even its history.
    await importPaths(db.url, [dir], { dryRun: true });
    expect(await getImportHistory()).toHaveLength(2);
  });
});
