import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { readSeed } from "../support/seeds";

const fixture = (code: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../fixtures/${code}.json`), "utf8"));

function parseProject(text: string) {
  const parsed = parseSourceDocument(text);
  expect(parsed.kind).toBe("project");
  expect(parsed.problems).toEqual([]);
  if (parsed.kind !== "project" || !parsed.record) throw new Error("not parsed");
  return parsed.record;
}

describe("the seed project descriptions", () => {
  it("S21894 parses to its full expected record", () => {
    const record = parseProject(readSeed("S21894"));
    expect(record).toEqual(fixture("S21894"));
    // The fields of the canonical example in the record-format document, by hand.
    expect(record.funding).toEqual({
      grantedEuState: 1226328,
      realisedEuState: 810063,
      plannedPublicTotal: 1532910,
      realisedPublicTotal: 1012579,
    });
    expect(record.coImplementers).toEqual([
      { name: "Savonia-ammattikorkeakoulu Oy", businessId: "2629463-3" },
    ]);
    expect(record.indicators).toEqual({
      companiesPlanned: 0,
      companiesRealised: 18,
      personsPlanned: 350,
      personsRealised: null,
    });
    expect(record.genderEquality.mainGoal).toEqual({
      answer: false,
      explanation: "Hankkeen toimet eivät erottele naisia ja miehiä erillisiksi ryhmiksi",
    });
    expect(record.sustainability[0]).toMatchObject({
      category: "ecological",
      criterion: "naturalResources",
      direct: 3,
      indirect: 5,
    });
    expect(record.sustainability.find((s) => s.criterion === "natura2000")?.justification).toBe(
      "ei vaikutusta",
    );
    expect(record.finalReportSummary).toBeNull();
    expect(record.summary).toContain("\n1) tilannekuvan luominen");
  });

  it("S22821 parses to its full expected record", () => {
    const record = parseProject(readSeed("S22821"));
    expect(record).toEqual(fixture("S22821"));
    expect(record.priorityAxis).toEqual({ number: "9", name: "REACT-EU:n ESR-toimenpiteet" });
    expect(record.specificObjective).toEqual({ number: "12.3", name: "Digitaalisten taitojen parantaminen" });
    expect(record.applicantArrangement).toBeNull();
    expect(record.coImplementers).toEqual([]);
    expect(record.geography.subRegions).toEqual(["Kajaanin", "Kehys-Kainuun"]);
    expect(record.finalReportSummary).toMatch(/^Digitalisaation merkitys/);
  });

  it("S21854 keeps criteria without a justification as null", () => {
    const record = parseProject(readSeed("S21854"));
    expect(record.code).toBe("S21854");
    expect(record.applicant.name).toBe("Ylä-Savon SOTE kuntayhtymä");
    expect(record.plannedEnd).toBe("2022-08-31");
    expect(record.funding.realisedPublicTotal).toBe(380921);
    const byKey = Object.fromEntries(record.sustainability.map((s) => [s.criterion, s]));
    expect(byKey.natura2000).toMatchObject({ direct: 0, indirect: 0, justification: null });
    expect(byKey.environmentalCompetence).toMatchObject({ justification: null });
    expect(byKey.wellbeing).toMatchObject({ direct: 0, indirect: 8 });
    expect(record.sustainability).toHaveLength(15);
  });

  it("S22837 has a company applicant and no web address", () => {
    const record = parseProject(readSeed("S22837"));
    expect(record.applicant).toMatchObject({
      name: "Joki ICT Oy",
      organisationType: "Keskisuuri yritys",
      website: null,
    });
    expect(record.indicators.companiesPlanned).toBe(1);
    expect(record.geography.municipalities).toHaveLength(10);
    expect(record.targetGroups.direct).toContain("- Kunnat 100 henkilöä");
  });

  it("the average direct wellbeing score over the four seeds is 4.75", () => {
    const scores = (["S21894", "S22821", "S21854", "S22837"] as const).map(
      (key) =>
        parseProject(readSeed(key)).sustainability.find((s) => s.criterion === "wellbeing")?.direct ?? NaN,
    );
    expect(scores).toEqual([10, 3, 0, 6]);
    expect(scores.reduce((a, b) => a + b, 0) / 4).toBe(4.75);
  });
});

describe("the project web page", () => {
  it("is recognised as a web page of S21894 with its pilots, articles and theses", () => {
    const parsed = parseSourceDocument(readSeed("webPage"));
    expect(parsed.kind).toBe("webPage");
    if (parsed.kind !== "webPage") return;
    const page = parsed.record;
    expect(page.projectCode).toBe("S21894");
    expect(page.mentionedName).toBe("Ihmiskeskeinen Digitaalinen Kunta (IDK)");
    const of = (kind: string) => page.items.filter((item) => item.kind === kind);
    expect(of("pilot")).toHaveLength(10);
    expect(of("pilot")[0]).toMatchObject({ number: "1", title: "Kaavaosallisuus" });
    expect(of("pilot")[2]).toMatchObject({ number: "3A", title: "Asianhallintajärjestelmän uudistus" });
    expect(of("article")[0]).toMatchObject({
      title: "Digikehittäminen Kuopiossa",
      titleEn: "Digital development in Kuopio",
    });
    expect(of("article").length).toBeGreaterThanOrEqual(12);
    expect(of("thesis")).toEqual([
      expect.objectContaining({ author: "Heikki Ryynänen", year: 2022 }),
      expect.objectContaining({ author: "Anni-Liina Voutilainen", year: 2022 }),
      expect.objectContaining({
        author: "Leena Huusko",
        year: 2022,
        title: expect.stringMatching(/^Digityövälineet/),
      }),
    ]);
    expect(of("episode")).toHaveLength(11);
    expect(of("event").map((e) => e.title)).toContain("Kuopion tiedolla johtamisen seminaari 27.10.2022");
    expect(page.fullText).toContain("DIGIHIKEÄ PYYHKIMÄSSÄ");
  });
});
