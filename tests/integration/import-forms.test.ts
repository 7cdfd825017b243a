/**
 * The other forms of the project description go through the one import path: the English page,
 * EURA 2007–2013 descriptions and saved HTML become projects with their period and language,
 * and the API record (getProject) gives back what parse gave.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { findProjects } from "@/lib/queries/find-projects";
import { getProject } from "@/lib/queries/project-records";
import { parseListState } from "@/lib/search/list-state";
import { readSeed } from "../support/seeds";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const SAMPLES = path.resolve(import.meta.dirname, "../fixtures/samples");
const html = (text: string) =>
  `<!DOCTYPE html><html><body>${text
    .split(/\n\s*\n/)
    .map((block) => `<p>${block.replace(/&/g, "&amp;").replace(/</g, "&lt;").split("\n").join("<br>")}</p>`)
    .join("\n")}</body></html>`;

describe("importing the English page, 2007 descriptions and saved HTML", () => {
  let db: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "import-forms-"));
    await fs.cp(SAMPLES, folder, { recursive: true });
    // A seed saved from the browser, under another code so that it is a project of its own.
    await fs.writeFile(
      path.join(folder, "saved.html"),
      html(readSeed("S22837").replace(/S22837/g, "S29999")),
    );
    // Not a source document: a folder import passes it by.
    await fs.writeFile(path.join(folder, "notes.md"), "# notes");
  });
  afterAll(async () => {
    await db.drop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("imports every form from a folder (.txt and .html) as projects, none as a web page", async () => {
    const report = await importPaths(db.url, [folder], { allowPartial: true });
    expect(report.rejected).toEqual([]);
    expect(report.created.map((file) => path.basename(file)).sort()).toEqual([
      "S10398.txt",
      "S10512.txt",
      "S22615.txt",
      "saved.html",
    ]);
    expect(await db.query("SELECT count(*)::int AS pages FROM project_web_page")).toEqual([{ pages: 1 }]);
    expect(
      await db.query(
        "SELECT code, programme_period, source_language FROM project WHERE code IN ('S10398','S10512','S22615','S29999','S21894') ORDER BY code",
      ),
    ).toEqual([
      { code: "S10398", programme_period: "2007-2013", source_language: "fi" },
      { code: "S10512", programme_period: "2007-2013", source_language: "fi" },
      { code: "S21894", programme_period: "2014-2020", source_language: "fi" },
      { code: "S22615", programme_period: "2014-2020", source_language: "en" },
      { code: "S29999", programme_period: "2014-2020", source_language: "fi" },
    ]);
  });

  it("keeps the axes of the two programmes apart and the Finnish axis names", async () => {
    expect(
      await db.query(
        "SELECT programme_period, number, name FROM priority_axis ORDER BY programme_period, number",
      ),
    ).toEqual([
      { programme_period: "2007-2013", number: "2", name: expect.stringMatching(/^Työllistymisen/) },
      { programme_period: "2007-2013", number: "5", name: "Tekninen tuki" },
      { programme_period: "2014-2020", number: "3", name: "Työllisyys ja työvoiman liikkuvuus" },
      { programme_period: "2014-2020", number: "9", name: "REACT-EU:n ESR-toimenpiteet" },
    ]);
  });

  it("the API record of each form is the record parse gives", async () => {
    for (const file of ["eura2014-english/S22615.txt", "eura2007/S10398.txt", "eura2007/S10512.txt"]) {
      const parsed = parseSourceDocument(await fs.readFile(path.join(SAMPLES, file)), { allowPartial: true });
      const code = path.basename(file, ".txt");
      expect((await getProject(code))?.record, file).toEqual(parsed.record);
    }
    const saved = await getProject("S29999");
    expect(saved?.record).toMatchObject({
      name: (await getProject("S22837"))?.record.name,
      programmePeriod: "2014-2020",
    });
    expect(saved?.record.sustainability).toHaveLength(15);
  });
  it("an axis number of both programmes is one facet value, counted as its filter finds", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "axis-"));
    await fs.writeFile(
      path.join(dir, "S29998.txt"),
      readSeed("S21894")
        .replace(/S21894/g, "S29998")
        .replace(/Toimintalinja: .*/, "Toimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta"),
    );
    expect((await importPaths(db.url, [dir])).created).toHaveLength(1);
    const { facets } = await findProjects(parseListState(""));
    const fives = facets.axis.filter((option) => option.value === "5");
    // 2007–2013's "5: Tekninen tuki" (S10512 or S10398) and 2014–2020's axis 5 (S29998).
    expect(fives).toEqual([
      { value: "5", label: "5. Sosiaalinen osallisuus ja köyhyyden torjunta / 5. Tekninen tuki", count: 2 },
    ]);
    for (const option of facets.axis)
      expect((await findProjects(parseListState(`axis=${option.value}`))).totals.count, option.value).toBe(
        option.count,
      );
  });
});
