import { describe, expect, it } from "vitest";
import { benchmarkPlan, durationMonths, percentileRank, quantile } from "@/lib/domain/benchmark";
import { parseBenchmarkForm } from "@/lib/schemas/benchmark-params";

// The four seed projects' figures.
const seeds = [
  {
    code: "S21894",
    name: "IDK",
    plannedPublicTotal: 1532910,
    realisedPublicTotal: 1012579,
    plannedStart: "2020-01-01",
    plannedEnd: "2022-12-31",
    personsPlanned: 350,
  },
  {
    code: "S21854",
    name: "Digikehittämistä",
    plannedPublicTotal: 483524,
    realisedPublicTotal: 380921,
    plannedStart: "2020-01-01",
    plannedEnd: "2022-08-31",
    personsPlanned: 81,
  },
  {
    code: "S22821",
    name: "Kainuu",
    plannedPublicTotal: 212649,
    realisedPublicTotal: 195537,
    plannedStart: "2021-05-01",
    plannedEnd: "2023-06-30",
    personsPlanned: 257,
  },
  {
    code: "S22837",
    name: "Joki",
    plannedPublicTotal: 153609,
    realisedPublicTotal: 84796,
    plannedStart: "2021-06-01",
    plannedEnd: "2023-05-31",
    personsPlanned: null,
  },
];

describe("benchmarking a plan", () => {
  it("counts months inclusively and refuses backwards periods", () => {
    expect(durationMonths("2020-01-01", "2022-12-31")).toBe(36);
    expect(durationMonths("2021-05-01", "2021-05-31")).toBe(1);
    expect(durationMonths("2022-01-01", "2021-01-01")).toBeNull();
    expect(durationMonths(null, "2021-01-01")).toBeNull();
  });

  it("ranks with ties counted half and interpolates quartiles", () => {
    expect(percentileRank(5, [1, 5, 9, 10])).toBe(0.375);
    expect(percentileRank(0, [1, 2])).toBe(0);
    expect(percentileRank(11, [1, 2])).toBe(1);
    expect(percentileRank(1, [])).toBeNull();
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.25)).toBe(10);
  });

  it("places a plan among realised projects and finds the most similar", () => {
    const result = benchmarkPlan({ plannedPublicTotal: 300000, months: 24, participants: 200 }, seeds, 2);
    expect(result.comparable).toBe(4);
    // Realised totals 84 796, 195 537, 380 921, 1 012 579: 300 000 is above two of four.
    expect(result.total.percentile).toBe(0.5);
    // 1 500 €/participant against 2 893, 4 703, 761 (S22837 gives no participants).
    expect(result.perParticipant).toMatchObject({ count: 3, percentile: 1 / 3 });
    // 12 500 €/month against 28 127 (36 mo), 11 904 (32), 7 522 (26), 3 533 (24).
    expect(result.monthly.percentile).toBe(0.75);
    // Absorption 55.2 %, 66.1 %, 78.8 %, 92.0 %: the median lies between the middle two.
    expect(result.absorption.median).toBeCloseTo((1012579 / 1532910 + 380921 / 483524) / 2, 6);
    expect(result.similar.map((p) => p.code)).toEqual(["S22821", "S21854"]);
  });
});

describe("the benchmark form", () => {
  it("reads numbers as people type them", () => {
    const form = parseBenchmarkForm({
      planned: "150 000 €",
      months: "24",
      participants: "1,5e2",
      region: "Kainuu",
    });
    expect(form.plan).toEqual({ plannedPublicTotal: 150000, months: 24, participants: 150 });
    expect(form.comparison).toEqual({ axis: undefined, objective: undefined, region: "Kainuu" });
    expect(parseBenchmarkForm({ planned: "1,5", months: "1", participants: "1" }).errors).toEqual({
      planned: "tooSmall",
    });
  });

  it("reads thousands grouped by commas or dots the same on every language's page", () => {
    const planned = (typed: string) => parseBenchmarkForm({ planned: typed }).plan?.plannedPublicTotal;
    expect(planned("250,000")).toBe(250000);
    expect(planned("250.000")).toBe(250000);
    expect(planned("1,234,567.50")).toBe(1234567.5);
    expect(planned("1.234.567,50")).toBe(1234567.5);
    expect(planned("1 234 567,50 €")).toBe(1234567.5);
    expect(planned("250000,5")).toBe(250000.5);
    expect(parseBenchmarkForm({ planned: "250000", participants: "1,500" }).plan?.participants).toBe(1500);
    expect(parseBenchmarkForm({ planned: "1.2.3" }).errors).toEqual({ planned: "notANumber" });
    expect(parseBenchmarkForm({ planned: "250,00,0" }).errors).toEqual({ planned: "notANumber" });
  });

  it("names what is wrong with each field, and says nothing before a submission", () => {
    expect(parseBenchmarkForm({}).errors).toEqual({});
    expect(parseBenchmarkForm({}).plan).toBeNull();
    const form = parseBenchmarkForm({ planned: "", months: "2,5", participants: "lots" });
    expect(form.errors).toEqual({ planned: "required", months: "notWhole", participants: "notANumber" });
    expect(parseBenchmarkForm({ planned: "200000", months: "500", participants: "0" }).errors).toEqual({
      months: "tooLarge",
      participants: "tooSmall",
    });
  });
});
