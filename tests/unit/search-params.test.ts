import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  absorptionHistogram,
  absorptionRate,
  fundingPerParticipant,
  fundingDifference,
  percentOneDecimal,
} from "@/lib/domain/funding";
import { compareHref, parseCompareCodes } from "@/lib/search/compare-state";
import { FILTER_KEYS } from "@/lib/search/filters";
import { listQuery, parseListState, parseListStateStrict, SORTS } from "@/lib/search/list-state";
import { parsePrinciplesView, principlesHref } from "@/lib/search/principles-state";

describe("the URL is the state of the project list", () => {
  it("parses tolerantly: bad values fall back to defaults, hostile ones too", () => {
    const params = parseListState({
      sort: "bogus",
      page: "-1",
      fund: ["ESF", "XYZ"],
      startFrom: "abc",
      q: "  kunta ",
      axis: "a\u0000b",
      region: ["Kainuu", "Kainuu", ""],
    });
    expect(params).toMatchObject({
      sort: null,
      page: 1,
      fund: ["ESF"],
      startFrom: null,
      q: "kunta",
      axis: [],
      region: ["Kainuu"],
    });
    expect(parseListState({ q: "x\u0000" }).q).toBeNull();
  });

  it("keeps every value of a repeated parameter", () => {
    const state = parseListState("region=Kainuu&region=Pohjois-Savo&compare=S21894,S22821");
    expect(state.region).toEqual(["Kainuu", "Pohjois-Savo"]);
    expect(listQuery(state)).toBe("?region=Kainuu&region=Pohjois-Savo&compare=S21894,S22821");
  });

  it("serialises and parses back to the same state (round trip), defaults left out", () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖäö][A-Za-zÄÖäö -]{0,15}[A-Za-zÄÖäö]$/);
    fc.assert(
      fc.property(
        fc.record({
          q: fc.option(word, { nil: null }),
          fund: fc.subarray(["ESF", "ERDF"] as const),
          region: fc.uniqueArray(word, { maxLength: 3 }),
          municipality: fc.uniqueArray(word, { maxLength: 3 }),
          axis: fc.uniqueArray(fc.constantFrom("3", "4", "9"), { maxLength: 2 }),
          startFrom: fc.option(fc.integer({ min: 2014, max: 2025 }), { nil: null }),
          plannedMin: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
          finalReport: fc.option(fc.constantFrom("yes", "no") as fc.Arbitrary<"yes" | "no">, { nil: null }),
          quality: fc.subarray(["incomplete", "plannedPersonsMissing"] as const),
          sort: fc.option(fc.constantFrom(...SORTS), { nil: null }),
          page: fc.integer({ min: 1, max: 50 }),
          compare: fc.uniqueArray(fc.constantFrom("S21894", "S22821", "S21854"), { maxLength: 3 }),
        }),
        (state) => {
          const query = listQuery(state);
          const parsed = parseListState(new URLSearchParams(query));
          expect(parsed).toMatchObject(state);
          expect(listQuery(parsed)).toBe(query);
          if (state.page === 1) expect(query).not.toContain("page=");
        },
      ),
    );
  });

  it("the strict API parser names every bad parameter and refuses pages", () => {
    const problems = (query: string) => {
      try {
        parseListStateStrict(new URLSearchParams(query), ["sort"]);
        return [];
      } catch (error) {
        return (error as { details: string[] }).details;
      }
    };
    expect(problems("region=Kainuu&region=Kainuu&sort=planned&q=digi")).toEqual([]);
    expect(problems("q=%00")).toEqual(["parameter 'q': '\\u0000' is not a valid value"]);
    expect(problems("fund=XYZ&bogus=1")).toEqual([
      "parameter 'fund': 'XYZ' is not a valid value",
      "unknown parameter 'bogus'",
    ]);
    expect(problems("page=2")[0]).toMatch(/parameter 'page'/);
    expect(problems("sort=planned").length).toBe(0);
    // Every filter the pages read, the API reads too.
    for (const key of FILTER_KEYS) expect(problems(`${key}=`)).toEqual([]);
  });

  it("the comparison and the principles view round-trip through their URLs", () => {
    expect(parseCompareCodes({ codes: "s21894,S22821", add: "S21854,zzz" })).toEqual([
      "S21894",
      "S22821",
      "S21854",
    ]);
    expect(compareHref(["S21894", "S22821"])).toBe("/compare?codes=S21894,S22821");
    const view = parsePrinciplesView({ view: "indirect", hpage: "2", order: ["a.b.asc", "c.d.desc"] });
    const href = principlesHref(parseListState("region=Kainuu&region=Kainuu2"), view, {
      criterion: "wellbeing",
    });
    expect(href).toBe(
      "/principles?region=Kainuu&region=Kainuu2&view=indirect&hpage=2&criterion=wellbeing&order=a.b.asc&order=c.d.desc",
    );
    const back = parsePrinciplesView(Object.fromEntries([...new URL(href, "http://x").searchParams]));
    expect(back.criterion).toBe("wellbeing");
  });
});

describe("funding maths", () => {
  it("funding per participant is missing when the money or the count is, and never divides by zero", () => {
    expect(fundingPerParticipant(1532910, 350)).toBeCloseTo(4379.74, 2);
    expect(fundingPerParticipant(null, 350)).toBeNull();
    expect(fundingPerParticipant(1532910, null)).toBeNull();
    expect(fundingPerParticipant(1532910, 0)).toBeNull();
    expect(fundingPerParticipant(0, 10)).toBe(0);
  });

  it("absorption is realised ÷ planned, missing when either side is missing or nothing was planned", () => {
    expect(percentOneDecimal(absorptionRate(1532910, 1012579) ?? NaN)).toBe(66.1);
    expect(absorptionRate(null, 5)).toBeNull();
    expect(absorptionRate(100, null)).toBeNull();
    expect(absorptionRate(0, 0)).toBeNull();
    expect(absorptionRate(100, 0)).toBe(0);
  });
  it("the difference is exact to the cent and missing when a side is missing", () => {
    expect(fundingDifference(1532910, 1012579)).toBe(-520331);
    expect(fundingDifference(0.3, 0.1 + 0.2)).toBe(0);
    expect(fundingDifference(null, 1)).toBeNull();
  });
});

describe("the absorption histogram", () => {
  it("bins rates by 10 points, puts 120 % and over in the last bin and leaves missing figures out", () => {
    const bins = absorptionHistogram([0.661, 0.92, 0.788, 0.552, 0.6, null, 1.5]);
    const counts = Object.fromEntries(
      bins.filter((bin) => bin.projects > 0).map((bin) => [bin.from, bin.projects]),
    );
    expect(counts).toEqual({ 50: 1, 60: 2, 70: 1, 90: 1, 120: 1 });
    expect(bins.reduce((sum, bin) => sum + bin.projects, 0)).toBe(6);
  });
});
