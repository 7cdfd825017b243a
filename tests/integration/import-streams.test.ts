import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_WRITERS, importPaths } from "@/lib/import/import-documents";
import { formatImportDetails, formatImportSummary, REPORT_LIST_LIMIT } from "@/lib/import/import-report";
import { renderProjectDocument } from "@/lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "@/lib/ingest/synthetic";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DOCUMENTS = 240;
const BATCH = 5;

/** DOCUMENTS generated project descriptions; the last one repeats the first one's code. */
async function generatedFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "import-streams-"));
  const random = seededRandom(12);
  for (let i = 0; i < DOCUMENTS; i++) {
    const record = syntheticRecord(random, i);
    const code = i === DOCUMENTS - 1 ? syntheticRecord(seededRandom(12), 0).code : record.code;
    await fs.writeFile(
      path.join(dir, `doc_${String(i).padStart(4, "0")}.txt`),
      renderProjectDocument({ ...record, code }),
    );
  }
  return dir;
}

describe("the import streams", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("holds at most two windows of batches, never the run; codes claimed twice far apart are both refused", async () => {
    const dir = await generatedFolder();
    const held: number[] = [];
    const report = await importPaths(db.url, [dir], {
      batchSize: BATCH,
      onProgress: (_done, _total, inMemory) => held.push(inMemory),
    });
    // Holding the whole run would hold every document before the first batch was written.
    expect(Math.max(...held)).toBeGreaterThan(0);
    expect(Math.max(...held)).toBeLessThanOrEqual(2 * IMPORT_WRITERS * BATCH);
    expect(report.counts).toMatchObject({ created: DOCUMENTS - 2, rejected: 2 });
    // The first and the last document share a code, 47 batches apart: neither was imported.
    expect(report.rejected.map((item) => path.basename(item.file)).sort()).toEqual([
      "doc_0000.txt",
      `doc_${String(DOCUMENTS - 1).padStart(4, "0")}.txt`,
    ]);
    expect(report.rejected[0]!.problems[0]!.message).toMatch(/is also in .*doc_\d{4}\.txt in this import/);
    const [row] = await db.query<{ projects: string }>("SELECT count(*) AS projects FROM project");
    expect(Number(row!.projects)).toBe(DOCUMENTS - 2);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("keeps the counts true and lists the first files of an outcome, saying how many were left out", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "import-streams-empty-"));
    const files = REPORT_LIST_LIMIT + 3;
    for (let i = 0; i < files; i++) await fs.writeFile(path.join(dir, `empty_${i}.txt`), "");
    const report = await importPaths(db.url, [dir]);
    expect(report.counts.rejected).toBe(files);
    expect(report.rejected).toHaveLength(REPORT_LIST_LIMIT);
    expect(formatImportSummary(report)).toBe(`0 created, 0 updated, 0 unchanged, ${files} rejected`);
    expect(formatImportDetails(report)).toContain("… and 3 more rejected files (not listed)");
    // The import history counts them all too.
    const [run] = await db.query<{ rejected: number }>(
      "SELECT rejected FROM import_run ORDER BY id DESC LIMIT 1",
    );
    expect(run!.rejected).toBe(files);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
