import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchmarkPlan, type Plan } from "@/lib/domain/benchmark";
import { importPaths } from "@/lib/import/import-documents";
import { renderProjectDocument } from "@/lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "@/lib/ingest/synthetic";
import { benchmarkFromIndex } from "@/lib/queries/benchmark-index";
import { findComparableProjects } from "@/lib/queries/find-comparable-projects";
import type { ProjectRecord } from "@/lib/schemas/record";
import { parseListState } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { benchmarkView } from "@/lib/views/benchmark-view";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const inGroup = (record: ProjectRecord, region: string, objective: string) =>
  record.geography.regions[0] === region && record.specificObjective?.number === objective;

/**
 * Generated projects with what makes the benchmark hard: missing lengths and participants, cents,
 * zero planned funding, identical figures (ties broken by code), and one region + objective whose
 * projects mostly lack participants, lengths and planned funding (measures below the minimum
 * while the sample is not), and one with three projects only (the whole sample below it).
 */
function generated(): ProjectRecord[] {
  const random = seededRandom(12);
  const records = Array.from({ length: 400 }, (_, index) => syntheticRecord(random, index));
  records.forEach((record, index) => {
    const funding = record.funding;
    if (index % 7 === 0) record.plannedEnd = null;
    if (index % 11 === 0) record.indicators.personsPlanned = null;
    if (index % 13 === 0) funding.plannedPublicTotal! += 0.37;
    if (index % 13 === 0 && funding.realisedPublicTotal !== null) funding.realisedPublicTotal += 0.13;
    if (index % 17 === 0) {
      Object.assign(funding, { plannedPublicTotal: 300000, realisedPublicTotal: 240000 });
      Object.assign(record, { plannedStart: "2019-01-01", plannedEnd: "2020-12-28" });
      record.indicators.personsPlanned = 200;
    }
    if (index % 29 === 0) Object.assign(funding, { plannedPublicTotal: 0, realisedPublicTotal: 1000 });
  });
  records
    .filter((record) => inGroup(record, "Kainuu", "7.1"))
    .forEach((record, index) => {
      // Each measure below the minimum rests on different projects.
      record.funding.realisedPublicTotal ??= 100000;
      if (index > 2) record.indicators.personsPlanned = null;
      if (index < 3 || index > 4) record.plannedEnd = null;
      if (index < 5 || index > 8) record.funding.plannedPublicTotal = 0;
    });
  // Keski-Suomi's objective 4.1: three projects only, one without an end date.
  records.forEach((record) => {
    if (!inGroup(record, "Keski-Suomi", "4.1")) return;
    record.priorityAxis = { number: "1", name: "Pk-yritysten kilpailukyky" };
    record.specificObjective = { number: "3.1", name: "Uusien yritysten syntymisen edistäminen" };
  });
  records
    .filter((record) => record.geography.regions[0] === "Keski-Suomi")
    .slice(0, 3)
    .forEach((record, index) => {
      record.priorityAxis = {
        number: "2",
        name: "Uusimman tiedon ja osaamisen tuottaminen ja hyödyntäminen",
      };
      record.specificObjective = { number: "4.1", name: "Alueellisten innovaatiokeskittymien kehittäminen" };
      record.funding.realisedPublicTotal ??= 50000;
      if (index === 0) record.plannedEnd = null;
    });
  return records;
}

const PLANS: Plan[] = [
  { plannedPublicTotal: 300000, months: 24, participants: 200 },
  { plannedPublicTotal: 1_000_000, months: 36, participants: 50 },
  { plannedPublicTotal: 84796.13, months: null, participants: 1 },
  { plannedPublicTotal: 300000, months: null, participants: null },
  { plannedPublicTotal: 50000, months: 12, participants: null },
];

describe("the benchmark from the in-process index gives exactly the domain's result", () => {
  let db: TestDatabase;
  const seen = { small: 0, smallMeasure: 0, tiedSimilar: 0, similarWithoutMonths: 0, empty: 0 };
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "benchmark-index-"));
    const records = generated();
    await Promise.all(
      records.map((record, index) =>
        fs.writeFile(path.join(dir, `doc_${index}.txt`), renderProjectDocument(record)),
      ),
    );
    expect(records.filter((record) => inGroup(record, "Kainuu", "7.1")).length).toBeGreaterThan(9);
    const report = await importPaths(db.url, [dir]);
    expect(report.rejected).toEqual([]);
  }, 120_000);
  afterAll(() => db.drop());

  const compare = async (query: string) => {
    const search = await resolveSearch(parseListState(query));
    const projects = await findComparableProjects(search);
    for (const plan of PLANS) {
      const expected = benchmarkPlan(plan, projects);
      const answer = await benchmarkFromIndex(plan, search);
      expect(answer.result).toEqual(expected);
      const view = benchmarkView(plan, expected, projects);
      expect(benchmarkView(plan, answer.result, answer.projects)).toEqual(view);
      if (view.small) seen.small++;
      if (projects.length === 0) seen.empty++;
      if (!view.small && [...view.measures, view.absorption].some((m) => m.spread.kind === "individual"))
        seen.smallMeasure++;
      const distances = expected.similar.map((s) => s.distance);
      if (new Set(distances).size < distances.length) seen.tiedSimilar++;
      if (expected.similar.some((s) => s.months === null)) seen.similarWithoutMonths++;
    }
    return projects.length;
  };

  it.each([
    "",
    "axis=3",
    "region=Kainuu",
    "region=Pohjois-Savo&axis=5",
    "region=Nowhere",
    "region=Kainuu&objective=7.1",
    "region=Keski-Suomi&objective=4.1",
    "region=Keski-Suomi&axis=2&objective=4.1",
  ])("for every plan (%s)", async (query) => {
    const count = await compare(query);
    if (query === "") expect(count).toBeGreaterThan(300);
  });

  // The cases above must really have happened, or the equality proves little.
  it("covered small samples, small measures, ties and missing figures", () => {
    expect(seen.small).toBeGreaterThan(0);
    expect(seen.smallMeasure).toBeGreaterThan(0);
    expect(seen.tiedSimilar).toBeGreaterThan(0);
    expect(seen.similarWithoutMonths).toBeGreaterThan(0);
    expect(seen.empty).toBeGreaterThan(0);
  });
});
