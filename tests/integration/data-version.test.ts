import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { getDataVersionId as getDataVersion } from "@/lib/queries/data-version-cache";
import { findProjects } from "@/lib/queries/find-projects";
import { parseListState } from "@/lib/search/list-state";
import { editSeed } from "../support/documents";
import { SEEDS_DIR } from "../support/seeds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("the registry's data version", () => {
  let db: TestDatabase;
  let other: TestDatabase;
  beforeAll(async () => {
    other = await createTestDatabase();
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    await db.drop();
    await other.drop();
  });

  it("moves when an import changes data, and only then", async () => {
    const empty = await getDataVersion();
    await importPaths(db.url, [SEEDS_DIR]);
    const imported = await getDataVersion();
    expect(imported).not.toBe(empty);

    // The same documents again: nothing changes, so cached results stay valid.
    await importPaths(db.url, [SEEDS_DIR]);
    expect(await getDataVersion()).toBe(imported);

    // A write in another database on the same server is not this registry's business.
    await importPaths(other.url, [SEEDS_DIR]);
    await other.query("CREATE TABLE unrelated (id int); INSERT INTO unrelated VALUES (1)");
    expect(await getDataVersion()).toBe(imported);
  });

  it("a cached search shows a project imported after it was first answered", async () => {
    const state = parseListState(new URLSearchParams("q=kvanttikaivos"));
    const before = (await findProjects(state)).totals.count;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "version-"));
    await fs.writeFile(
      path.join(dir, "new.txt"),
      editSeed("S21894", (text) =>
        text
          .replaceAll("S21894", "S29999")
          .replace(/^(Hankkeen nimi:?\s*)(.*)$/m, "$1Kvanttikaivos uusi hanke"),
      ),
    );
    expect((await importPaths(db.url, [dir])).created).toHaveLength(1);
    expect((await findProjects(state)).totals.count).toBe(before + 1);
  });
});
