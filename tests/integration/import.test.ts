import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { editSeed } from "../support/documents";
import { SEEDS_DIR, readSeed } from "../support/seeds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

async function tempFolder(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "import-"));
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  return dir;
}

async function counts(db: TestDatabase) {
  const [row] = await db.query<Record<string, string>>(`SELECT
    (SELECT count(*) FROM project) AS projects,
    (SELECT count(*) FROM sustainability_score) AS scores,
    (SELECT count(*) FROM project_co_implementer) AS co_implementers,
    (SELECT count(*) FROM project_municipality) AS municipalities,
    (SELECT count(*) FROM web_page_item) AS web_items`);
  return row;
}

describe("importing documents into PostgreSQL", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("imports the seeds: four projects and the linked web page", async () => {
    const report = await importPaths(db.url, [SEEDS_DIR]);
    expect(report.rejected).toEqual([]);
    expect(report.created).toHaveLength(5);
    expect(report.unlinkedWebPages).toEqual([]);
    const project = await db.prisma.project.findUniqueOrThrow({
      where: { code: "S21894" },
      include: { webPages: { include: { items: true } }, coImplementers: true, qualityNotes: true },
    });
    expect(project.plannedPublicTotal?.toNumber()).toBe(1532910);
    expect(project.coImplementers.map((c) => c.name)).toEqual(["Savonia-ammattikorkeakoulu Oy"]);
    expect(project.webPages[0]?.items.filter((item) => item.kind === "pilot")).toHaveLength(10);
    expect(project.qualityNotes.map((note) => note.kind).sort()).toEqual(["endedWithoutFinalReport"]);
    expect(await counts(db)).toEqual({
      projects: "4",
      scores: "60",
      co_implementers: "1",
      municipalities: "21",
      web_items: "54",
    });
  });

  it("importing the same documents again changes nothing", async () => {
    const before = await db.query("SELECT code, updated_at FROM project ORDER BY code");
    const report = await importPaths(db.url, [SEEDS_DIR]);
    expect(report.unchanged).toHaveLength(5);
    expect(report.counts).toMatchObject({ created: 0, updated: 0, rejected: 0, unchanged: 5 });
    expect(await db.query("SELECT code, updated_at FROM project ORDER BY code")).toEqual(before);
  });

  it("a changed document updates its record in place and removes child rows that disappeared", async () => {
    const dir = await tempFolder({
      "changed.txt": editSeed("S22821", (t) =>
        t
          .replace("Kunnat: Paltamo, Ristijärvi, Sotkamo, Kajaani, Puolanka, Hyrynsalmi", "Kunnat: Kajaani")
          .replace(
            "Toteutunut julkinen rahoitus yhteensä: 195 537",
            "Toteutunut julkinen rahoitus yhteensä: 200 000",
          ),
      ),
    });
    const { id } = await db.prisma.project.findUniqueOrThrow({ where: { code: "S22821" } });
    const report = await importPaths(db.url, [dir]);
    expect(report.updated).toHaveLength(1);
    const project = await db.prisma.project.findUniqueOrThrow({
      where: { code: "S22821" },
      include: { municipalities: { include: { municipality: true } } },
    });
    expect(project.id).toBe(id);
    expect(project.realisedPublicTotal?.toNumber()).toBe(200000);
    expect(project.municipalities.map((m) => m.municipality.name)).toEqual(["Kajaani"]);
  });

  it("a failure in the middle of a document leaves no trace of it", async () => {
    // Make the database itself fail once the project row and some child rows are written.
    await db.query(`CREATE FUNCTION fail_for_s99999() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT code FROM project WHERE id = NEW.project_id) = 'S99999' THEN
          RAISE EXCEPTION 'disk full (simulated)';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      "CREATE TRIGGER fail_scores BEFORE INSERT ON sustainability_score FOR EACH ROW EXECUTE FUNCTION fail_for_s99999()",
    );
    const before = await counts(db);
    const dir = await tempFolder({
      "new.txt": editSeed("S21854", (t) =>
        t
          .replace("Hankekoodi: S21854", "Hankekoodi: S99999")
          .replace("Kunnat: Sonkajärvi", "Kunnat: Uusikunta"),
      ),
    });
    const report = await importPaths(db.url, [dir]);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]?.problems[0]?.message).toMatch(
      /not written, nothing of it was saved: [\s\S]*disk full \(simulated\)/,
    );
    expect(await counts(db)).toEqual(before);
    expect(await db.query("SELECT name FROM municipality WHERE name = 'Uusikunta'")).toEqual([]);
    await db.query("DROP TRIGGER fail_scores ON sustainability_score");
  });

  it("one failing document does not stop the others written with it", async () => {
    await db.query(
      "CREATE TRIGGER fail_scores BEFORE INSERT ON sustainability_score FOR EACH ROW EXECUTE FUNCTION fail_for_s99999()",
    );
    const dir = await tempFolder({
      "a-good.txt": editSeed("S21854", (t) => t.replace("Hankekoodi: S21854", "Hankekoodi: S99998")),
      "b-bad.txt": editSeed("S21854", (t) => t.replace("Hankekoodi: S21854", "Hankekoodi: S99999")),
      "c-good.txt": editSeed("S21854", (t) => t.replace("Hankekoodi: S21854", "Hankekoodi: S99997")),
    });
    const report = await importPaths(db.url, [dir]);
    expect(report.rejected.map((file) => path.basename(file.file))).toEqual(["b-bad.txt"]);
    expect(report.created.map((file) => path.basename(file))).toEqual(["a-good.txt", "c-good.txt"]);
    expect(await db.query("SELECT code FROM project WHERE code LIKE 'S9999%' ORDER BY code")).toEqual([
      { code: "S99997" },
      { code: "S99998" },
    ]);
    await db.query("DROP TRIGGER fail_scores ON sustainability_score");
    await db.query("DELETE FROM project WHERE code LIKE 'S9999%'");
  });

  it("rejects malformed documents and duplicate codes, writing nothing for them", async () => {
    const before = await counts(db);
    const dir = await tempFolder({
      "a.txt": editSeed("S21854", (t) => t.replace("Hankekoodi: S21854", "Hankekoodi: S88888")),
      "b.txt": editSeed("S22837", (t) => t.replace("Hankekoodi: S22837", "Hankekoodi: S88888")),
      "bad-amount.txt": editSeed("S22837", (t) =>
        t
          .replace("Hankekoodi: S22837", "Hankekoodi: S77777")
          .replace(
            "Suunniteltu julkinen rahoitus yhteensä: 153 609",
            "Suunniteltu julkinen rahoitus yhteensä: paljon",
          ),
      ),
      "empty.txt": "",
      "truncated.txt": readSeed("S21894").slice(0, 3000).replace("S21894", "S66666"),
    });
    const report = await importPaths(db.url, [dir]);
    expect(report.rejected.map((r) => path.basename(r.file)).sort()).toEqual([
      "a.txt",
      "b.txt",
      "bad-amount.txt",
      "empty.txt",
      "truncated.txt",
    ]);
    const byFile = Object.fromEntries(
      report.rejected.map((r) => [path.basename(r.file), r.problems.map((p) => p.message)]),
    );
    expect(byFile["a.txt"]?.[0]).toMatch(/project code S88888 is also in .*b\.txt/);
    expect(byFile["bad-amount.txt"]).toContain("'paljon' is not an amount in euros");
    expect(byFile["empty.txt"]).toEqual(["the file is empty"]);
    expect(await counts(db)).toEqual(before);
  });

  it("with --allow-partial a truncated document is stored as incomplete", async () => {
    const dir = await tempFolder({
      "cut.txt": readSeed("S21894").slice(0, 9000).replace("S21894", "S55555"),
    });
    const report = await importPaths(db.url, [dir], { allowPartial: true });
    expect(report.created).toHaveLength(1);
    const project = await db.prisma.project.findUniqueOrThrow({
      where: { code: "S55555" },
      include: { qualityNotes: true },
    });
    expect(project.incomplete).toBe(true);
    expect(project.missingSections.length).toBeGreaterThan(0);
    expect(project.qualityNotes.map((n) => n.kind)).toContain("incompleteRecord");
  });

  it("a dry run reports what would happen and writes nothing", async () => {
    const before = await counts(db);
    const dir = await tempFolder({ "new.txt": readSeed("S21854").replace("S21854", "S44444") });
    const report = await importPaths(db.url, [dir, SEEDS_DIR], { dryRun: true });
    expect(report.created).toEqual([expect.stringContaining("new.txt")]);
    expect(await counts(db)).toEqual(before);
  });
});
