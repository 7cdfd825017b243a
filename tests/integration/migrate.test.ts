import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/database/migrate";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("the migration runner", () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await db.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("records every applied migration with its checksum and applies nothing twice", async () => {
    const rows = await db.query<{ name: string; checksum: string }>(
      "SELECT name, checksum FROM _registry_migrations",
    );
    expect(rows.map((row) => row.name)).toEqual((await readMigrations()).map((migration) => migration.name));
    expect(rows.map((row) => row.name)).toContain("0001_init");
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await migrate(db.url, { dir })).toEqual({ applied: [] });
  });

  it("applies a new migration in its own transaction, safely from two processes at once", async () => {
    await fs.mkdir(path.join(dir, "0100_note"));
    await fs.writeFile(path.join(dir, "0100_note", "migration.sql"), "CREATE TABLE test_note (id integer);");
    const [first, second] = await Promise.all([migrate(db.url, { dir }), migrate(db.url, { dir })]);
    expect([...first.applied, ...second.applied]).toEqual(["0100_note"]);
  });

  it("rolls back a failing migration completely", async () => {
    await fs.mkdir(path.join(dir, "0101_broken"));
    await fs.writeFile(
      path.join(dir, "0101_broken", "migration.sql"),
      "CREATE TABLE half_done (id integer);\nSELECT nonsense;",
    );
    await expect(migrate(db.url, { dir })).rejects.toThrow(
      /Migration 0101_broken failed and was rolled back/,
    );
    expect(await db.query("SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
    await fs.rm(path.join(dir, "0101_broken"), { recursive: true });
  });

  it("refuses to run when an applied migration was edited", async () => {
    await fs.appendFile(path.join(dir, "0100_note", "migration.sql"), "\n-- edited");
    await expect(migrate(db.url, { dir })).rejects.toThrow(
      /Migration 0100_note was edited after it was applied/,
    );
  });
});
