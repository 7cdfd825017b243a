import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  absorptionHistogram,
  absorptionRate,
  fundingPerParticipant,
  fundingDifference,
  percentOneDecimal,
} from "@/lib/domain/funding";
import { parseProjectList, projectFiltersToQuery, SORTS } from "@/lib/schemas/search-params";

describe("the URL is the state of the project list", () => {
  it("parses tolerantly: bad values fall back to defaults", () => {
    const params = parseProjectList({
      sort: "bogus",
      page: "-1",
      fund: ["ESF", "XYZ"],
      startFrom: "abc",
      q: "  kunta ",
    });
    expect(params).toMatchObject({
      sort: undefined,
      page: 1,
      fund: ["ESF"],
      startFrom: undefined,
      q: "kunta",
    });
  });

  it("serialises and parses back to the same state (round trip)", () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖäö][A-Za-zÄÖäö -]{0,15}[A-Za-zÄÖäö]$/);
    fc.assert(
      fc.property(
        fc.record({
          q: fc.option(word, { nil: undefined }),
          fund: fc.subarray(["ESF", "ERDF"] as const),
          region: fc.uniqueArray(word, { maxLength: 3 }),
          axis: fc.uniqueArray(fc.constantFrom("3", "4", "9"), { maxLength: 2 }),
          startFrom: fc.option(fc.integer({ min: 2014, max: 2025 }), { nil: undefined }),
          plannedMin: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
          finalReport: fc.option(fc.constantFrom("yes", "no") as fc.Arbitrary<"yes" | "no">, {
            nil: undefined,
          }),
          sort: fc.option(fc.constantFrom(...SORTS), { nil: undefined }),
          page: fc.integer({ min: 1, max: 50 }),
        }),
        (state) => {
          const parsed = parseProjectList(projectFiltersToQuery(state));
          expect(parsed).toMatchObject(JSON.parse(JSON.stringify(state)));
          const sorted = (query: URLSearchParams) => (query.sort(), query.toString());
          expect(sorted(projectFiltersToQuery(parsed))).toBe(sorted(projectFiltersToQuery(state)));
        },
      ),
    );
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
