/**
 * The other published forms of the project description: the English-language EURA 2014 page and
 * EURA 2007–2013 descriptions (real copies, cut short, in tests/fixtures/samples).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSourceDocument } from "@/lib/ingest/parse-document";
import { describeProblem } from "@/lib/ingest/problems";

const sample = (file: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/samples", file));

function parsed(file: string, allowPartial = true) {
  const result = parseSourceDocument(sample(file), { allowPartial });
  expect(result.kind).toBe("project");
  if (result.kind !== "project" || !result.record) throw new Error(`${file} not parsed`);
  return { record: result.record, problems: result.problems.map((p) => describeProblem(p)) };
}

describe("the English-language EURA 2014 page", () => {
  it("gives the canonical record: neutral values as they are, vocabularies mapped, names as published", () => {
    const { record, problems } = parsed("eura2014-english/S22615.txt");
    expect(record).toMatchObject({
      code: "S22615",
      fund: "ESF",
      programmePeriod: "2014-2020",
      sourceLanguage: "en",
      name: "Going to work life with digital skills",
      // Axis and objective by number, with the registry's Finnish names.
      priorityAxis: { number: "9", name: "REACT-EU:n ESR-toimenpiteet" },
      specificObjective: { number: "12.3", name: "Digitaalisten taitojen parantaminen" },
      plannedStart: "2021-09-01",
      plannedEnd: "2023-10-31",
      status: "Toiminta päättynyt",
      responsibleAuthority:
        "Centre for Economic Development, Transport and the Environment North Ostrobothnia",
      applicant: {
        name: "Hengitysliitto ry",
        organisationType: "Other organisation or association",
        businessId: "0201472-1",
        streetAddress: "Ruutihaantie 12, 84100 Ylivieska",
        postalCode: "84100",
        postOffice: "Ylivieska",
        phone: "0408614835",
        website: null,
      },
      // The curly apostrophe of "Contact person’s email address" is read too.
      contact: {
        name: "Leppiniemi Anne Mari",
        title: "Johtaja",
        email: "anne.leppiniemi(at)",
        phone: "0408614835",
      },
      applicantArrangement: null,
      incomplete: true,
    });
    expect(record.summary).toMatch(/^Sytyke and Centria AMK are executing/);
    expect(record.summary).toContain("digitalization to accomplish their studies");
    expect(record.funding.grantedEuState).toBeNull();
    expect(record.missingSections).toEqual(expect.arrayContaining(["4.1", "5", "9"]));
    // The one value without a certain Finnish equivalent is named.
    expect(problems.filter((p) => p.includes("no certain Finnish"))).toEqual([
      "line 23, section 2, 'Organisation type': 'Other organisation or association' (en) has no certain Finnish equivalent; it is kept as published",
    ]);
  });

  it("is cut short, so without --allow-partial it is rejected naming the missing sections", () => {
    const result = parseSourceDocument(sample("eura2014-english/S22615.txt"));
    expect(result.kind).toBe("project");
    expect(result.record).toBeNull();
    expect(result.problems.map((p) => describeProblem(p))).toContain(
      "section 5: section 5 'Public funding of the project, euro' is missing (the document ends in section 3)",
    );
  });

  it("an axis the registry has no Finnish name for keeps its number and says so", () => {
    const text = sample("eura2014-english/S22615.txt")
      .toString("utf8")
      .replace("Policy: 9. REACT-EU ESF measures", "Policy: 4. Education");
    const result = parseSourceDocument(text, { allowPartial: true });
    expect(result.kind === "project" && result.record?.priorityAxis).toEqual({ number: "4", name: null });
    expect(result.problems.map((p) => p.message)).toContain(
      "'Education' (en) has no certain Finnish name; only its number 4 is kept",
    );
  });
});

describe("EURA 2007–2013 descriptions", () => {
  it("S10398 maps the project, the implementer, the area, target groups and started persons", () => {
    const { record } = parsed("eura2007/S10398.txt");
    expect(record).toMatchObject({
      code: "S10398",
      fund: "ESF",
      programmePeriod: "2007-2013",
      sourceLanguage: "fi",
      name: "Maahanmuuttajien ohjauskeskus Etelä-Pohjanmaalla",
      priorityAxis: {
        number: "2",
        name: "Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen",
      },
      specificObjective: null,
      plannedStart: "2008-11-01",
      plannedEnd: "2012-02-29",
      status: "Toiminta päättynyt",
      responsibleAuthority: "Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus",
      applicant: {
        name: "Etelä-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus",
        organisationType: "Valtion viranomainen",
        businessId: "2296962-1",
        streetAddress: "Alvar Aallon katu 8",
        postalCode: null,
        postOffice: null,
        phone: "020 636 0030",
        website: "www.ely-keskus.f/etela-pohjanmaai",
      },
      contact: {
        name: "Mauno Salmela",
        title: "Ylitarkastaja",
        email: "mauno.salmela(at)ely-keskus.fi",
        phone: "040 536 8065",
      },
      targetGroups: { direct: "Maahanmuuttajat" },
      indicators: { companiesPlanned: null, companiesRealised: null, personsPlanned: 0, personsRealised: 0 },
      genderEquality: { analysisDone: null, mainstreamed: null, mainGoal: null },
      sustainability: [],
      summary: null,
      finalReportSummary: null,
      incomplete: true,
      missingSections: ["Projektin julkinen rahoitus, euroa"],
    });
    expect(record.targetGroups.indirect).toMatch(/^TE -toimistot, kunnat/);
    expect(record.geography.regions).toEqual(["Etelä-Pohjanmaa"]);
    expect(record.geography.subRegions).toEqual(["Seinäjoen", "Kuusiokuntien", "Järviseudun", "Suupohjan"]);
    expect(record.geography.municipalities).toHaveLength(19);
    expect(record.funding).toEqual({
      grantedEuState: null,
      realisedEuState: null,
      plannedPublicTotal: null,
      realisedPublicTotal: null,
    });
  });

  it("S10512 reaches the public funding and ends inside a figure", () => {
    const { record, problems } = parsed("eura2007/S10512.txt");
    expect(record).toMatchObject({
      code: "S10512",
      programmePeriod: "2007-2013",
      priorityAxis: { number: "5", name: "Tekninen tuki" },
      applicant: { name: "Keski-Suomen ELY-keskus", website: "http://www.ely-keskus.fi" },
      contact: { name: "Arja Erola", title: "Hallintojohtaja", phone: "0295024613" },
      funding: {
        grantedEuState: 137500,
        realisedEuState: 134530,
        plannedPublicTotal: null,
        realisedPublicTotal: null,
      },
      incomplete: true,
      missingSections: ["4"],
    });
    expect(record.summary).toMatch(/^Hankkeeseen kuuluu ESR-aluekoordinaatioon/);
    expect(problems).toContain(
      "line 57, section 4, 'Suunniteltu julkinen rahoitus yhteensä': '137 5' is not an amount in euros (the document ends on this line: it may have been cut short)",
    );
    // Without --allow-partial the figure cut in half is an error.
    expect(parseSourceDocument(sample("eura2007/S10512.txt")).record).toBeNull();
  });

  it("a 2007 description is never classified as a project web page", () => {
    for (const file of ["eura2007/S10398.txt", "eura2007/S10512.txt"]) {
      const text = sample(file).toString("utf8");
      const variants = [
        text,
        // Without the title line, or without "Projektikoodi:", or with only its first section.
        text.replace(/^.*projektin kuvaus.*$/m, ""),
        text.replace("Projektikoodi:", "Koodi:"),
        text.slice(0, text.indexOf("2. Projektin toteuttaja")),
      ];
      for (const variant of variants) {
        for (const allowPartial of [false, true])
          expect(parseSourceDocument(variant, { allowPartial }).kind, file).toBe("project");
      }
    }
  });
});
