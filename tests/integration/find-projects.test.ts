import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "@/lib/import/import-documents";
import { findProjects } from "@/lib/queries/find-projects";
import { getOrganisation } from "@/lib/queries/get-organisation";
import { getPlaceParents } from "@/lib/queries/get-place-parents";
import { getProject } from "@/lib/queries/project-records";
import { parseListState } from "@/lib/search/list-state";
import { editSeed } from "../support/documents";
import { parseSeedProjects } from "../support/seeds";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const search = (query: string) => findProjects(parseListState(query));
const codes = (result: Awaited<ReturnType<typeof search>>) => result.items.map((item) => item.code);
const counts = (facet: { value: string; count: number }[]) =>
  Object.fromEntries(facet.map((f) => [f.value, f.count]));

// The four seed projects, counted by hand:
//   S21894  axis 3, 7.1, Etelä-Savon ELY, Pohjois-Savo, Kunta,             planned 1 532 910, realised 1 012 579
//   S21854  axis 3, 7.1, Etelä-Savon ELY, Pohjois-Savo, Kuntayhtymä,       planned   483 524, realised   380 921
//   S22821  axis 9, 12.3, Pohjois-Pohjanmaan ELY, Kainuu, Ammattikorkeakoulu, planned 212 649, realised 195 537
//   S22837  axis 9, 12.3, Pohjois-Pohjanmaan ELY, Pohjois-Pohjanmaa, Keskisuuri yritys, planned 153 609, realised 84 796
describe("finding projects on a real database", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it("without filters lists all four, by name, with totals", async () => {
    const result = await search("");
    expect(result.totals.count).toBe(4);
    expect(result.totals.plannedPublicTotal).toBe(2382692);
    expect(result.totals.realisedPublicTotal).toBe(1673833);
    expect(counts(result.facets.region)).toEqual({ Kainuu: 1, "Pohjois-Pohjanmaa": 1, "Pohjois-Savo": 2 });
    expect(codes(result)).toEqual(["S21854", "S21894", "S22821", "S22837"]);
  });

  it("each facet's counts honour every other active filter", async () => {
    const byAxis = await search("axis=9");
    expect(byAxis.totals.count).toBe(2);
    expect(counts(byAxis.facets.axis)).toEqual({ "3": 2, "9": 2 }); // its own filter is left out
    expect(counts(byAxis.facets.region)).toEqual({ Kainuu: 1, "Pohjois-Pohjanmaa": 1 });
    expect(counts(byAxis.facets.authority)).toEqual({
      "Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus": 2,
    });

    const combined = await search("axis=9&region=Kainuu&region=Pohjois-Savo");
    expect(codes(combined)).toEqual(["S22821"]);
    expect(counts(combined.facets.axis)).toEqual({ "3": 2, "9": 1 });
    expect(counts(combined.facets.region)).toEqual({ Kainuu: 1, "Pohjois-Pohjanmaa": 1 });
    expect(counts(combined.facets.orgType)).toEqual({ Ammattikorkeakoulu: 1 });
  });

  it("the programme period is a facet like any other: counted, filtered, in the API", async () => {
    const all = await search("");
    expect(counts(all.facets.period)).toEqual({ "2014-2020": 4 });
    expect((await search("period=2007-2013")).totals.count).toBe(0);
    expect(codes(await search("period=2014-2020&axis=9"))).toEqual(["S22821", "S22837"]);
  });

  it("S21894 alone: realised 1 012 579 € of 1 532 910 € planned is 66.1 %", async () => {
    const result = await search("orgType=Kunta");
    expect(codes(result)).toEqual(["S21894"]);
    expect(Math.round((result.totals.absorptionRate ?? 0) * 1000) / 10).toBe(66.1);
  });

  it("Finnish full text finds inflected forms, prefixes and phrases, with a highlighted snippet", async () => {
    const inflected = await search("q=kunnissa");
    expect(codes(inflected)).toContain("S22821");
    expect(inflected.search.textMode).toBe("fulltext");
    expect(inflected.items.some((item) => item.snippet?.includes("\u0002"))).toBe(true);
    expect(codes(await search("q=digitiekar"))).toEqual(["S22821"]);
    expect(codes(await search(`q=${encodeURIComponent('"tiedolla johtamisen"')}`))).toContain("S22837");
  });

  it("marks the search's words in the names and says where a snippet leaves text out", async () => {
    const [found] = (await search("q=digitiekarttojen")).items;
    // Not in the name: no marks there. The summary's passage starts mid-text, and ends before it does.
    expect(found?.nameHighlight).toBeNull();
    expect(found?.snippet).toMatch(/^… .*\u0002digitiekarttojen\u0003.* …$/);
    const kajaani = (await search("q=kajaanin")).items.find((item) => item.code === "S22821");
    expect(kajaani?.nameHighlight).toBe(
      "Kainuun Kuntien ja \u0002Kajaanin\u0003 ammattikorkeakoulun digitalisaation kehittäminen -hanke",
    );
  });

  it("a misspelt name falls back to similar names", async () => {
    const result = await search("q=Kajanin");
    expect(result.search.textMode).toBe("fuzzy");
    expect(codes(result)).toEqual(["S22821"]);
  });

  it("sorts by planned funding and by absorption rate", async () => {
    expect(codes(await search("sort=planned"))).toEqual(["S21894", "S21854", "S22821", "S22837"]);
    expect(codes(await search("sort=absorption"))[0]).toBe("S22821"); // 195 537 / 212 649 = 92.0 %
  });

  it("filters by start year, planned funding, final report and data quality", async () => {
    expect(codes(await search("startFrom=2022"))).toEqual(["S22821", "S22837"]);
    expect(codes(await search("plannedMin=400000&plannedMax=1000000"))).toEqual(["S21854"]);
    expect(codes(await search("finalReport=no"))).toEqual(["S21894"]);
    expect(codes(await search("quality=endedWithoutFinalReport"))).toEqual(["S21894"]);
  });

  it("bad parameters fall back to defaults", async () => {
    const result = await search("sort=bogus&page=-3&fund=XYZ&startFrom=abc");
    expect(result.totals.count).toBe(4);
    expect(result.page).toBe(1);
  });

  it("every seed's record read back from the database equals its parsed record", async () => {
    const projects = await parseSeedProjects();
    expect(projects).toHaveLength(4);
    for (const parsed of projects) {
      const stored = await getProject(parsed.code);
      expect(stored?.record, parsed.code).toEqual(parsed);
    }
    const project = await getProject("S21894");
    expect(project?.webPageItems.filter((item) => item.kind === "thesis")).toHaveLength(3);
    expect(await getProject("S00000")).toBeNull();
  });

  it("an organisation page lists its projects as applicant and co-implementer with totals", async () => {
    const savonia = await getOrganisation("2629463-3");
    expect(savonia?.projects.map((p) => [p.code, p.role])).toEqual([["S21894", "coImplementer"]]);
    // A co-implementer's page never shows the project's budget as the organisation's own.
    expect(savonia?.totals.applicant.projects).toBe(0);
    expect(savonia?.totals.coImplementer).toMatchObject({ projects: 1, plannedPublicTotal: 1532910 });
    const kuopio = await getOrganisation("0171450-7");
    expect(kuopio?.totals.applicant).toEqual({
      projects: 1,
      plannedPublicTotal: 1532910,
      realisedPublicTotal: 1012579,
    });
  });

  it("nests the areas by Statistics Finland's classification of the projects' years", async () => {
    const parents = await getPlaceParents();
    expect(parents.subRegion).toMatchObject({
      Kuopion: "Pohjois-Savo",
      "Ylä-Savon": "Pohjois-Savo",
      Kajaanin: "Kainuu",
      Oulun: "Pohjois-Pohjanmaa",
    });
    expect(parents.municipality).toMatchObject({ Kuopio: "Kuopion", Iisalmi: "Ylä-Savon" });
    // S22837's ten municipalities, each under its own sub-region (not all under the first).
    expect(parents.municipality).toMatchObject({
      Alavieska: "Ylivieskan",
      Kalajoki: "Ylivieskan",
      Oulainen: "Ylivieskan",
      Muhos: "Oulun",
      Kempele: "Oulun",
      Liminka: "Oulun",
      Lumijoki: "Oulun",
      Raahe: "Raahen",
      Nivala: "Nivala-Haapajärven",
      Reisjärvi: "Nivala-Haapajärven",
    });
  });

  it("one word ranks a project named by it above one that only repeats it in its text", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rank-"));
    const copy = (code: string, edit: (text: string) => string) =>
      fs.writeFile(
        path.join(dir, `${code}.txt`),
        editSeed("S22821", (t) => edit(t.replace("Hankekoodi: S22821", `Hankekoodi: ${code}`))),
      );
    await copy("S99991", (t) => t.replace(/Hankkeen nimi: .*/, "Hankkeen nimi: Tekoälykokeilu Kainuussa"));
    const summary = "Tulevaisuuden kunta menestyy";
    await copy("S99992", (t) => t.replace(summary, `${"Tekoälykokeilu. ".repeat(6)}${summary}`));
    expect((await importPaths(db.url, [dir])).created).toHaveLength(2);
    try {
      // By cover density six mentions in the summary (weight C, 0.2 each) outweigh one in the
      // name (A, 1.0); ranked by its best-placed occurrence, the name comes first.
      expect(codes(await search("q=tekoälykokeilu"))).toEqual(["S99991", "S99992"]);
    } finally {
      await db.query("DELETE FROM project WHERE code IN ('S99991', 'S99992')");
    }
  });

  it("a word after a minus leaves out every project that has it", async () => {
    const having = async (word: string) =>
      (
        await db.query<{ code: string }>(
          "SELECT code FROM project WHERE search_vector @@ websearch_to_tsquery('finnish', $1)",
          [word],
        )
      ).map((row) => row.code);
    const kainuu = await having("kainuu");
    expect(kainuu.length).toBeGreaterThan(0);
    const without = codes(await search("q=-kainuu"));
    expect(without.length).toBe(4 - kainuu.length);
    expect(without.filter((code) => kainuu.includes(code))).toEqual([]);
    const kunta = codes(await search("q=kunta%20-kainuu"));
    expect(kunta.length).toBeGreaterThan(0);
    expect(kunta.filter((code) => kainuu.includes(code))).toEqual([]);
    // Left out by prefix as it is found: S21854 has "kuntien" (stem kunt), not "kunta" (kun).
    expect(codes(await search("q=kunta"))).toContain("S21854");
    expect(codes(await search("q=-kunta"))).toEqual([]);
    expect(codes(await search("q=digitalisaatio%20-kunta"))).not.toContain("S21854");
    // Nothing left after leaving words out is no projects, not names like the words left out.
    const none = await search("q=-kuntien");
    expect(none.search.textMode).toBe("fulltext");
    expect(none.totals.count).toBe(0);
  });

  it("remembered counts and totals follow the data: an import shows at once", async () => {
    const before = await search("region=Kainuu");
    expect(before.totals.count).toBe(1);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cache-"));
    await fs.writeFile(
      path.join(dir, "new.txt"),
      editSeed("S22821", (t) => t.replace("Hankekoodi: S22821", "Hankekoodi: S99990")),
    );
    expect((await importPaths(db.url, [dir])).created).toHaveLength(1);
    const after = await search("region=Kainuu");
    expect(after.totals.count).toBe(2);
    expect(counts(after.facets.axis)).toEqual({ "9": 2 });
    expect(codes(after)).toContain("S99990");
    await db.query("DELETE FROM project WHERE code = 'S99990'");
    expect((await search("region=Kainuu")).totals.count).toBe(1);
  });
});
