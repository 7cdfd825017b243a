import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFundingBreakdown, getFundingOverview } from "@/lib/queries/get-funding-breakdowns";
import {
  getCategoryAggregates,
  getCriterionAggregates,
  getGenderAggregates,
  getGenderBreakdown,
} from "@/lib/queries/get-principle-aggregates";
import { findComparableProjects } from "@/lib/queries/find-comparable-projects";
import { parseListState } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { getStatTable } from "@/lib/tables";
import { sortTable, tableToCsvRecords } from "@/lib/tables/stat-table";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const filters = (query: string) => resolveSearch(parseListState(query));
const oneDecimal = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

describe("funding and principle aggregates against hand-computed seed figures", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it("S21894: realised public 1 012 579 € of 1 532 910 € planned = 66.1 %", async () => {
    const overview = await getFundingOverview(await filters("orgType=Kunta"));
    expect(overview).toMatchObject({
      projects: 1,
      plannedPublicTotal: 1532910,
      realisedPublicTotal: 1012579,
    });
    expect(oneDecimal(overview.absorptionRate)).toBe(66.1);
  });

  it("all four: granted 1 911 875 €, realised EU+state 1 341 972 €, absorption 1 673 833 / 2 382 692 = 70.2 %", async () => {
    const overview = await getFundingOverview(await filters(""));
    expect(overview).toMatchObject({
      projects: 4,
      grantedEuState: 1911875,
      realisedEuState: 1341972,
      missingFigures: 0,
    });
    expect(oneDecimal(overview.absorptionRate)).toBe(70.2);
  });

  it("by priority axis: axis 3 = S21894 + S21854, axis 9 = S22821 + S22837", async () => {
    const rows = await getFundingBreakdown(await filters(""), "axis");
    expect(
      rows.map((row) => [row.key, row.projects, row.plannedPublicTotal, row.realisedPublicTotal]),
    ).toEqual([
      ["3", 2, 1532910 + 483524, 1012579 + 380921],
      ["9", 2, 212649 + 153609, 195537 + 84796],
    ]);
    expect(oneDecimal(rows[0]?.absorptionRate ?? null)).toBe(69.1); // 1 393 500 / 2 016 434
  });

  it("the average direct wellbeing score over the four seeds is (10 + 3 + 0 + 6) / 4 = 4.75", async () => {
    const criteria = await getCriterionAggregates(await filters(""));
    const wellbeing = criteria.find((row) => row.criterion === "wellbeing");
    expect(wellbeing).toMatchObject({
      projects: 4,
      averageDirect: 4.75,
      averageIndirect: (10 + 0 + 8 + 9) / 4,
    });
    expect(criteria.find((row) => row.criterion === "natura2000")?.shareWithEffect).toBe(0);
  });

  it("gender equality: analysis and mainstreaming yes in all four, main goal in none", async () => {
    const gender = await getGenderAggregates(await filters(""));
    expect(gender.map((row) => [row.question, row.yes, row.answered])).toEqual([
      ["analysisDone", 4, 4],
      ["mainstreamed", 4, 4],
      ["mainGoal", 0, 4],
    ]);
  });

  it("ecological direct scores average (9 + 9 + 0 + 2) / 20 = 1.0, from 0 to 5", async () => {
    const categories = await getCategoryAggregates(await filters(""));
    expect(categories[0]).toMatchObject({
      category: "ecological",
      scores: 20,
      averageDirect: 1,
      minDirect: 0,
      maxDirect: 5,
    });
  });

  it("gender answers by priority axis: axis 3 has two projects, none with equality as the main goal", async () => {
    const rows = await getGenderBreakdown(await filters(""), "axis");
    expect(rows.map((row) => row.group)).toEqual([
      "3. Työllisyys ja työvoiman liikkuvuus",
      "9. REACT-EU:n ESR-toimenpiteet",
    ]);
    expect(rows[0]?.shares.mainGoal).toEqual({ yes: 0, answered: 2, share: 0 });
    expect(rows[0]?.shares.analysisDone).toEqual({ yes: 2, answered: 2, share: 1 });
  });

  it("funding per planned participant: 2 382 692 € planned and 1 673 833 € realised for 998 persons", async () => {
    const overview = await getFundingOverview(await filters(""));
    expect(overview.withParticipants).toBe(4);
    expect(overview.plannedPerParticipant).toBeCloseTo(2382692 / 998, 6);
    expect(overview.realisedPerParticipant).toBeCloseTo(1673833 / 998, 6);
    const axis3 = (await getFundingBreakdown(await filters(""), "axis")).find((row) => row.key === "3");
    expect(axis3?.plannedPerParticipant).toBeCloseTo(2016434 / 431, 6); // S21894 350 + S21854 81
  });

  it("a downloadable table holds the page's figures: criteria in English, sorted by the CSV's order", async () => {
    const table = await getStatTable("principles-criteria", await filters(""), "en");
    expect(table?.columns.map((column) => column.key)).toEqual([
      "criterion",
      "category",
      "averageDirect",
      "averageIndirect",
      "shareWithEffect",
      "projects",
    ]);
    const sorted = sortTable(table!, { column: "averageDirect", direction: "desc" });
    const records = tableToCsvRecords(sorted);
    expect(records[0]?.[0]).toBe("Criterion");
    expect(records.find((record) => record[0] === "Promoting well-being")?.[2]).toBe(4.75);
    expect(await getStatTable("nonsense", await filters(""), "fi")).toBeUndefined();
    // Swedish: headers and the programme's axes in Swedish, as the page and its CSV show them.
    const axes = tableToCsvRecords((await getStatTable("funding-axis", await filters(""), "sv"))!);
    expect(axes[0]?.slice(0, 3)).toEqual(["Grupp", "Projekt", "Planerad"]);
    expect(axes.slice(1).map((record) => record[0])).toEqual([
      "3. Sysselsättning och arbetskraftens rörlighet",
      "9. REACT-EU:s ESF-åtgärder",
    ]);
    const orgTypes = await getStatTable("principles-gender-orgtype", await filters(""), "en");
    expect(orgTypes?.rows.map((row) => row.values.group).sort()).toEqual([
      "Joint municipal authority",
      "Medium-sized enterprise",
      "Municipality",
      "University of applied sciences",
    ]);
    // The heatmap in full: every project's direct scores, one column per criterion.
    const scores = await getStatTable("principles-scores-direct", await filters(""), "fi");
    expect(scores?.rows).toHaveLength(4);
    const byCode = Object.fromEntries(scores!.rows.map((row) => [row.values.code, row.values.wellbeing]));
    expect(byCode.S21894).toBe(10);
    expect(Object.values(byCode).sort((a, b) => Number(a) - Number(b))).toEqual([0, 3, 6, 10]);
  });

  it("comparable projects for a benchmark: those reporting both figures, narrowed like the search", async () => {
    expect(await findComparableProjects(await filters(""))).toHaveLength(4);
    const kainuu = await findComparableProjects(await filters("region=Kainuu"));
    expect(kainuu.map((project) => [project.code, project.personsPlanned])).toEqual([["S22821", 257]]);
  });
});
