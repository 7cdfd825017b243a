/**
 * Nothing the user imported is lost or half-written: a restart keeps a corrected seed; two
 * imports at once are serialised (and say so), so counts stay true; an import killed with
 * SIGKILL at a random point leaves no partial project, and a re-run completes.
 */
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { importSeeds } from "@/lib/import/import-seeds";
import { editSeed } from "../support/documents";
import { runCli, scratchFolder, spawnCli } from "../support/run-cli";
import { SEED_FILES, SEEDS_DIR, readSeed } from "../support/seeds";
import { randomPointOfImport } from "../support/kill-timing";
import { CHILD_COUNTS_SQL, syntheticFolder } from "../support/synthetic-folder";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const SYNTHETIC = 1200;
const KILLS = 3;

const projectName = async (db: TestDatabase, code: string) =>
  (await db.query<{ name: string }>("SELECT name FROM project WHERE code = $1", [code]))[0]?.name;

describe("npm start's seed import never undoes the user's import", () => {
  let db: TestDatabase;
  let seeds: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    seeds = await scratchFolder(
      Object.fromEntries(Object.values(SEED_FILES).map((name) => [name, readSeed(nameKey(name))])),
    );
  });
  afterAll(async () => {
    await db.drop();
    await fs.rm(seeds, { recursive: true, force: true });
  });

  it("imports every seed into an empty registry, then keeps a corrected project across restarts", async () => {
    const first = await importSeeds(db.url, seeds);
    expect(first.summary).toMatch(/^imported 5 seed files \(the registry was empty\): 5 created/);
    const original = await projectName(db, "S21894");

    const corrected = await scratchFolder({
      "S21894-corrected.txt": editSeed("S21894", (text) => text.replace(original!, "Korjattu nimi")),
    });
    const correction = await importPaths(db.url, [corrected]);
    expect(correction.updated).toHaveLength(1);

    const restart = await importSeeds(db.url, seeds);
    expect(restart.summary).toBe(
      "all 5 seed files unchanged since they were last imported; nothing re-imported",
    );
    expect(await projectName(db, "S21894")).toBe("Korjattu nimi");
  });

  it("imports a seed file again only when that file itself changed", async () => {
    const file = path.join(seeds, SEED_FILES.S21894);
    await fs.writeFile(
      file,
      (await fs.readFile(file, "utf8")).replace(/^(Hankkeen nimi:?\s*).*$/m, "$1Uusi nimi"),
    );
    const restart = await importSeeds(db.url, seeds);
    expect(restart.summary).toMatch(
      /^imported 1 seed files \(new or changed since they were last imported\): 0 created, 1 updated/,
    );
    expect(restart.summary).toContain("4 unchanged, left as they are");
  });
});

function nameKey(file: string): keyof typeof SEED_FILES {
  return (Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]).find((key) => SEED_FILES[key] === file)!;
}

describe("imports at the same time and imports killed midway", () => {
  let db: TestDatabase;
  let reference: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    [db, reference, folder] = await Promise.all([
      createTestDatabase(),
      createTestDatabase(),
      syntheticFolder(SYNTHETIC),
    ]);
    await importPaths(reference.url, [folder]);
  });
  afterAll(async () => {
    await Promise.all([db.drop(), reference.drop(), fs.rm(folder, { recursive: true, force: true })]);
  });

  it("an import waits for one already running and says so (pid named)", async () => {
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query("SET application_name = 'registry import (pid 4242)'");
    await holder.query("SELECT pg_advisory_lock(112014)");
    const messages: string[] = [];
    const waiting = importPaths(db.url, [SEEDS_DIR], { onWait: (message) => messages.push(message) });
    await expect.poll(() => messages, { timeout: 20_000 }).toHaveLength(1);
    expect(messages[0]).toMatch(/^Another import is running \(pid 4242\); waiting/);
    await holder.end();
    const report = await waiting;
    expect(report.created).toHaveLength(5);
    await db.query("TRUNCATE project, project_web_page, seed_file CASCADE");
  });

  it("two CLI imports of the same files at once: every document counted once", async () => {
    const [a, b] = await Promise.all(
      [0, 1].map(() => runCli("import", [folder], { env: { DATABASE_URL: db.url } })),
    );
    const counts = [a!, b!].map((result) => {
      const match = /(\d+) created, (\d+) updated, (\d+) unchanged, (\d+) rejected/.exec(result.stdout);
      return match!.slice(1).map(Number);
    });
    expect([a!.code, b!.code]).toEqual([0, 0]);
    expect(counts[0]![0]! + counts[1]![0]!).toBe(SYNTHETIC); // created once in all
    expect(counts[0]![1]! + counts[1]![1]!).toBe(0); // nothing "updated" twice
    expect(await db.query(CHILD_COUNTS_SQL)).toEqual(await reference.query(CHILD_COUNTS_SQL));
    await db.query("TRUNCATE project CASCADE");
  });

  it(`an import killed with SIGKILL at a random point (${KILLS} times) leaves no partial project; a re-run completes`, async () => {
    const complete = new Map(
      (await reference.query<{ code: string }>(CHILD_COUNTS_SQL)).map((row) => [row.code, row]),
    );
    const count = async () =>
      Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM project"))[0]!.n);
    for (let kill = 0; kill < KILLS; kill++) {
      await db.query("TRUNCATE project CASCADE");
      const child = spawnCli("import", [folder], { env: { DATABASE_URL: db.url } });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await randomPointOfImport(child, count, 1000);
      child.kill("SIGKILL");
      await exited;
      // Every project present is whole: the same child rows as in a complete import.
      for (const row of await db.query<{ code: string }>(CHILD_COUNTS_SQL))
        expect(row).toEqual(complete.get(row.code));
    }
    const rerun = await runCli("import", [folder], { env: { DATABASE_URL: db.url } });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`(\\d+) created, 0 updated, (\\d+) unchanged, 0 rejected`));
    expect(await db.query(CHILD_COUNTS_SQL)).toEqual(await reference.query(CHILD_COUNTS_SQL));
  }, 120_000);
});
