import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { request } from "../support/api-routes";
import { editSeed } from "../support/documents";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

describe("conditional requests", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it("answer 304 while the data is unchanged, and 200 again once an import changes it", async () => {
    const first = await request("/api/projects.json?region=Kainuu");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    const lastModified = first.headers.get("last-modified");
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(lastModified!).getTime()).toBeGreaterThan(0);

    const byTag = await request("/api/projects.json?region=Kainuu", { "If-None-Match": etag! });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    expect(byTag.headers.get("etag")).toBe(etag);
    const byDate = await request("/api/projects.csv?region=Kainuu", { "If-Modified-Since": lastModified! });
    expect(byDate.status).toBe(304);
    expect((await request("/api/projects/S21894", { "If-None-Match": etag! })).status).toBe(304);
    expect((await request("/api/tables/funding-axis.csv", { "If-None-Match": etag! })).status).toBe(304);
    // Another tag, or a date before the data changed, gets the data.
    expect((await request("/api/projects.json", { "If-None-Match": 'W/"other"' })).status).toBe(200);
    expect(
      (await request("/api/projects.json", { "If-Modified-Since": new Date(0).toUTCString() })).status,
    ).toBe(200);
    // A bad parameter is still a 400, whatever the validators say.
    expect((await request("/api/projects.json?regio=x", { "If-None-Match": etag! })).status).toBe(400);

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "conditional-"));
    await fs.writeFile(
      path.join(dir, "new.txt"),
      editSeed("S22821", (t) => t.replace("Hankekoodi: S22821", "Hankekoodi: S99991")),
    );
    expect((await importPaths(db.url, [dir])).created).toHaveLength(1);
    const changed = await request("/api/projects.json?region=Kainuu", { "If-None-Match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await changed.json()).map((record: { code: string }) => record.code)).toContain("S99991");
  });
});
