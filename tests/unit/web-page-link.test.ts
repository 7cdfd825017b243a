import { describe, expect, it } from "vitest";
import {
  addressMatches,
  linkCandidates,
  nameMatch,
  normaliseAddress,
  projectAcronym,
} from "@/lib/domain/web-page-link";
import { parseSourceDocument } from "@/lib/ingest/parse-document";

const page = (text: string) => {
  const parsed = parseSourceDocument(text, { webPage: true });
  if (parsed.kind !== "webPage") throw new Error("not a web page");
  return parsed.record;
};

const PROJECTS = [
  { code: "S21894", name: "Ihmiskeskeinen digitaalinen kunta (IDK)", website: "http://www.kuopio.fi" },
  { code: "S21900", name: "Kuopion kaupunkipyöräily", website: "http://www.kuopio.fi/pyora" },
  { code: "S22837", name: "Yhdessä eteenpäin - Kuntien tiedolla johtamisen digitalisointi", website: null },
];

describe("a web page's title, address and narrative", () => {
  it("takes the heading as the title, not the first paragraph", () => {
    expect(page("Hanke on päättynyt vuonna 2022.\n\nDigiloikka\n\nTeksti jatkuu tässä.").title).toBe(
      "Digiloikka",
    );
    expect(page("# Digiloikka Kainuussa\n\nHanke kehitti palveluja.").title).toBe("Digiloikka Kainuussa");
    expect(page("Siirry sisältöön\n\nValikko\n\nDigiloikka\n\nHanke kehitti palveluja.").title).toBe(
      "Digiloikka",
    );
    // A copy with no heading at all: the first sentence, not the whole paragraph.
    const noHeading = page("Hanke kehitti Kainuun kuntien palveluja. Se päättyi vuonna 2023 ja sai jatkoa.");
    expect(noHeading.title).toBe("Hanke kehitti Kainuun kuntien palveluja.");
  });

  it("reads the page's own address from its first or last line, not from links in the text", () => {
    expect(page("https://www.kuopio.fi/idk\n\nIDK-hanke\n\nTeksti.").pageUrl).toBe(
      "https://www.kuopio.fi/idk",
    );
    expect(page("IDK-hanke\n\nTeksti.\n\nLähde: https://www.kuopio.fi/idk").pageUrl).toBe(
      "https://www.kuopio.fi/idk",
    );
    expect(page("IDK-hanke\n\nLue lisää https://example.org sivulta.\n\nLoppu.").pageUrl).toBeNull();
  });

  it("keeps prose paragraphs as the narrative, with the lead-in of a list", () => {
    const record = page(
      [
        "IDK-hanke",
        "",
        "Hanke on päättynyt.",
        "",
        "Tavoitteet olivat seuraavat:",
        "",
        "1. tilannekuvan luominen, jossa luodaan kokonaiskuva tuen tarpeesta ja sen kohdentamisesta.",
        "",
        "Artikkelikirjasto",
        "",
        "Digikehittäminen Kuopiossa",
        "Digital development in Kuopio",
      ].join("\n"),
    );
    expect(record.narrative).toEqual([
      "Hanke on päättynyt.",
      "Tavoitteet olivat seuraavat:",
      "1. tilannekuvan luominen, jossa luodaan kokonaiskuva tuen tarpeesta ja sen kohdentamisesta.",
    ]);
    expect(record.items).toHaveLength(1);
  });
});

describe("matching a page to its project", () => {
  it("by address: the most specific WWW-osoite the page lies under", () => {
    expect(normaliseAddress("HTTP://www.Kuopio.fi/IDK/")).toBe("kuopio.fi/idk");
    const at = (pageUrl: string) =>
      addressMatches({ title: "", mentionedName: null, pageUrl, fullText: "" }, PROJECTS).map((p) => p.code);
    expect(at("https://kuopio.fi/pyora/kesa-2021")).toEqual(["S21900"]);
    expect(at("https://www.kuopio.fi/idk")).toEqual(["S21894"]);
    expect(at("https://www.kuopionseutu.fi/idk")).toEqual([]);
  });

  it("by name or acronym: evidence and a confidence, never certainty", () => {
    expect(projectAcronym(PROJECTS[0]!.name)).toBe("IDK");
    const heading = {
      title: "Yhdessä eteenpäin – kuntien tiedolla johtamisen digitalisointi -hanke",
      mentionedName: null,
      pageUrl: null,
      fullText: "",
    };
    expect(nameMatch(heading, PROJECTS[2]!)).toMatchObject({ confidence: 0.9 });
    const acronym = {
      title: "Digiloikka",
      mentionedName: null,
      pageUrl: null,
      fullText: "IDK-hankkeen seminaari.",
    };
    expect(nameMatch(acronym, PROJECTS[0]!)).toEqual({
      code: "S21894",
      confidence: 0.5,
      evidence: ["the page mentions the project's acronym IDK"],
    });
    // "IDKX" is not the acronym IDK.
    expect(nameMatch({ ...acronym, fullText: "IDKX-hanke" }, PROJECTS[0]!)).toBeNull();
    const candidates = linkCandidates(
      { ...acronym, pageUrl: "https://www.kuopio.fi/ajankohtaista" },
      PROJECTS,
    );
    expect(candidates.map((candidate) => [candidate.code, candidate.confidence])).toEqual([["S21894", 0.8]]);
    expect(candidates[0]?.evidence[0]).toMatch(
      /address .* is under the project's WWW-osoite http:\/\/www.kuopio.fi/,
    );
  });
});
