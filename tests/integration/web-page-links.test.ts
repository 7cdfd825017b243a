import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { displayName } from "@/lib/ingest/source-files";
import { formatImportDetails } from "@/lib/import/import-report";
import { confirmLink, listWaitingPages } from "@/lib/import/web-page-links";
import { getProject } from "@/lib/queries/project-records";
import { editSeed } from "../support/documents";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

async function pageFile(name: string, text: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "web-page-"));
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  return file;
}

/** A project page that prints no project code, as most real ones. */
const KAINUU_PAGE = [
  "Digiloikka Kainuussa",
  "",
  "Kainuun kunnat ja ammattikorkeakoulu kehittivät digitaalisia palveluja yhdessä vuosina 2022–2023.",
  "",
  "Loppuseminaari pidettiin Kajaanissa lokakuussa 2023.",
].join("\n");

describe("linking project web pages that print no project code", () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  const pageRow = async (file: string) =>
    (
      await db.query<{ code: string | null; link_method: string | null; title: string }>(
        `SELECT p.code, w.link_method, w.title FROM project_web_page w LEFT JOIN project p ON p.id = w.project_id
         WHERE w.source_file = $1`,
        [displayName(file)],
      )
    )[0];

  it("links by the code given at import; without it such a page is not even recognised", async () => {
    const file = await pageFile("digiloikka.txt", KAINUU_PAGE);
    expect((await importPaths(db.url, [file])).rejected).toHaveLength(1);
    const report = await importPaths(db.url, [file], { projectCode: "S22821" });
    expect(report.created).toHaveLength(1);
    expect(report.unlinkedWebPages).toEqual([]);
    expect(await pageRow(file)).toEqual({
      code: "S22821",
      link_method: "flag",
      title: "Digiloikka Kainuussa",
    });
    const project = await getProject("S22821");
    expect(project?.webPages[0]?.narrative).toEqual([
      "Kainuun kunnat ja ammattikorkeakoulu kehittivät digitaalisia palveluja yhdessä vuosina 2022–2023.",
      "Loppuseminaari pidettiin Kajaanissa lokakuussa 2023.",
    ]);
  });

  it("a code given for a project not yet imported links the page once the project comes", async () => {
    const file = await pageFile("tuleva.txt", KAINUU_PAGE);
    const report = await importPaths(db.url, [file], { projectCode: "S99991" });
    expect(report.unlinkedWebPages).toEqual([
      { file: displayName(file), waitingFor: "S99991", candidates: [] },
    ]);
    const description = await pageFile(
      "S99991.txt",
      editSeed("S22821", (t) => t.replace("Hankekoodi: S22821", "Hankekoodi: S99991")),
    );
    expect((await importPaths(db.url, [description])).created).toHaveLength(1);
    expect((await pageRow(file))?.code).toBe("S99991");
    // A project description given with another project's code is refused, not stored as a page.
    const wrong = await importPaths(db.url, [description], { projectCode: "S21894" });
    expect(wrong.rejected[0]?.problems[0]?.message).toMatch(
      /project description of S99991, not a web page of S21894/,
    );
    await db.query("DELETE FROM project WHERE code = 'S99991'");
  });

  it("links by the page's own address under the project's WWW-osoite", async () => {
    // S21854's WWW-osoite is http://www.ylasavonsote.fi; no other project has that site.
    const shown = await pageFile(
      "ylasavo.txt",
      [
        "https://ylasavonsote.fi/digikehittaminen",
        "",
        "Digikehittämistä tekemiseen -hanke",
        "",
        "Hanke päättyi.",
      ].join("\n"),
    );
    expect((await importPaths(db.url, [shown])).unlinkedWebPages).toEqual([]);
    expect(await pageRow(shown)).toMatchObject({ code: "S21854", link_method: "address" });
    // A copy without its address, with the address given at import.
    const given = await pageFile(
      "kamk.txt",
      "Kainuun digihanke\n\nHankkeessa kehitettiin palveluja yhdessä.\n",
    );
    await importPaths(db.url, [given], { pageUrl: "http://www.kamk.fi/digi/" });
    expect(await pageRow(given)).toMatchObject({ code: "S22821", link_method: "address" });
    // An address on no project's site links nothing.
    const elsewhere = await pageFile(
      "muu.txt",
      "https://example.org/hanke\n\nMuu hanke\n\nTeksti on tässä.\n",
    );
    expect((await importPaths(db.url, [elsewhere])).unlinkedWebPages).toHaveLength(1);
  });

  it("a name match waits as a candidate with its evidence until a person confirms it", async () => {
    const file = await pageFile(
      "yhdessa.txt",
      [
        "Yhdessä eteenpäin – kuntien tiedolla johtamisen digitalisointi -hanke",
        "",
        "Hankkeessa kymmenen pohjoispohjalaista kuntaa kehitti tiedolla johtamista yhdessä Joki ICT:n kanssa.",
      ].join("\n"),
    );
    const report = await importPaths(db.url, [file]);
    const relative = displayName(file);
    expect(report.unlinkedWebPages[0]?.candidates[0]).toMatchObject({
      code: "S22837",
      confidence: 0.9,
      evidence: [expect.stringContaining("heading is the project's name")],
    });
    expect(formatImportDetails(report).join("\n")).toContain(`npm run link -- ${relative} CODE`);
    expect(await pageRow(file)).toMatchObject({ code: null, link_method: null });
    expect((await getProject("S22837"))?.webPages).toEqual([]);

    const waiting = await listWaitingPages(client);
    expect(waiting.find((page) => page.sourceFile === relative)?.candidates[0]?.code).toBe("S22837");

    await expect(confirmLink(client, relative, "S00000")).rejects.toThrow(/no project with the code S00000/);
    await expect(confirmLink(client, "nope.txt", "S22837")).rejects.toThrow(/no stored web page 'nope.txt'/);
    await confirmLink(client, relative, "S22837");
    expect(await pageRow(file)).toMatchObject({ code: "S22837", link_method: "confirmed" });
    // Importing the page again keeps the confirmed link.
    const again = await importPaths(db.url, [file]);
    expect(again.unchanged).toEqual([relative]);
    expect(again.unlinkedWebPages).toEqual([]);
    const project = await getProject("S22837");
    expect(project?.webPages[0]).toMatchObject({
      linkedBy: "confirmed",
      title: expect.stringMatching(/^Yhdessä/),
    });
    expect((await listWaitingPages(client)).map((page) => page.sourceFile)).not.toContain(relative);
  });

  it("the seed page still links by the code it prints, with its narrative and items", async () => {
    const project = await getProject("S21894");
    const page = project?.webPages[0];
    expect(page).toMatchObject({
      linkedBy: "code",
      title: "Ihmiskeskeinen Digitaalinen Kunta (IDK) -hanke (1.1.2020-31.12.2022)",
    });
    expect(page?.narrative[0]).toBe("Hanke on päättynyt vuoden 2022 loppuun.");
    expect(page?.narrative.join("\n")).toMatch(/päätösseminaari pidettiin 30\.11\.2022/);
    expect(page?.narrative.join("\n")).toMatch(/rahoittajina toimivat Euroopan sosiaalirahasto/);
    expect(page?.items.filter((item) => item.kind === "pilot")).toHaveLength(10);
  });
});
