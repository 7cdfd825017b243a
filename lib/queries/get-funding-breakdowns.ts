import "server-only";
import { sql, type ExpressionBuilder, type Selectable } from "kysely";
import { getKysely } from "../db";
import { toNumber } from "../database/values";
import { absorptionRate, fundingPerParticipant } from "../domain/funding";
import { cachedBySearch } from "./data-version-cache";
import { matching, whereSql, type ResolvedSearch } from "../search/resolve-search";
import { groupingFor } from "../search/filters";
import type { Project } from "../generated/kysely/types";
import { projectsWhere } from "./find-projects";

export const BREAKDOWNS = ["axis", "objective", "authority", "region", "orgType", "startYear"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface FundingRow {
  key: string;
  label: string;
  projects: number;
  plannedPublicTotal: number;
  realisedPublicTotal: number;
  /** Realised ÷ planned over the projects of this row that report both; null when none do. */
  absorptionRate: number | null;
  /** Planned public funding per planned participant, over the projects that give both. */
  plannedPerParticipant: number | null;
  /** Realised public funding per planned participant, over the projects that give both. */
  realisedPerParticipant: number | null;
}

export interface FundingOverview {
  projects: number;
  grantedEuState: number;
  realisedEuState: number;
  plannedPublicTotal: number;
  realisedPublicTotal: number;
  absorptionRate: number | null;
  /** Projects whose planned or realised public funding is missing: left out of ratios, never taken as 0. */
  missingFigures: number;
  plannedPerParticipant: number | null;
  realisedPerParticipant: number | null;
  /** Projects that give their planned number of participants (persons). */
  withParticipants: number;
}

/** A matching project with the value it is grouped by (null when not grouped). */
type GroupedProject = Selectable<Project> & { group_key: string | null; group_label: string | null };

/** The sums every funding figure is made of, over the projects of a query on `project p`. */
function fundingSums(eb: ExpressionBuilder<{ p: GroupedProject }, "p">) {
  const withPersons = eb("p.persons_planned", ">", 0);
  return [
    eb.fn.countAll().as("projects"),
    eb.fn.sum("p.planned_public_total").as("planned"),
    eb.fn.sum("p.realised_public_total").as("realised"),
    eb.fn
      .sum("p.planned_public_total")
      .filterWhere("p.realised_public_total", "is not", null)
      .as("bothPlanned"),
    eb.fn
      .sum("p.realised_public_total")
      .filterWhere("p.planned_public_total", "is not", null)
      .as("bothRealised"),
    // Funding per planned participant: only projects that give both the figure and a planned
    // number of persons take part, so a missing count never inflates the ratio.
    eb.fn.sum("p.planned_public_total").filterWhere(withPersons).as("plannedWithPersons"),
    eb.fn
      .sum("p.persons_planned")
      .filterWhere((w) => w.and([withPersons, w("p.planned_public_total", "is not", null)]))
      .as("personsForPlanned"),
    eb.fn.sum("p.realised_public_total").filterWhere(withPersons).as("realisedWithPersons"),
    eb.fn
      .sum("p.persons_planned")
      .filterWhere((w) => w.and([withPersons, w("p.realised_public_total", "is not", null)]))
      .as("personsForRealised"),
  ] as const;
}

type Sums = {
  projects: Numeric;
  planned: Numeric;
  realised: Numeric;
  bothPlanned: Numeric;
  bothRealised: Numeric;
  plannedWithPersons: Numeric;
  personsForPlanned: Numeric;
  realisedWithPersons: Numeric;
  personsForRealised: Numeric;
};
type Numeric = Parameters<typeof toNumber>[0];

const figures = (row: Sums) => ({
  projects: toNumber(row.projects) ?? 0,
  plannedPublicTotal: toNumber(row.planned) ?? 0,
  realisedPublicTotal: toNumber(row.realised) ?? 0,
  absorptionRate: absorptionRate(toNumber(row.bothPlanned), toNumber(row.bothRealised)),
  plannedPerParticipant: fundingPerParticipant(
    toNumber(row.plannedWithPersons),
    toNumber(row.personsForPlanned),
  ),
  realisedPerParticipant: fundingPerParticipant(
    toNumber(row.realisedWithPersons),
    toNumber(row.personsForRealised),
  ),
});

async function fundingOverview(search: ResolvedSearch): Promise<FundingOverview> {
  const matchingProjects = sql<
    Selectable<Project>
  >`(SELECT p.* FROM project p ${whereSql(matching(search))})`.as("p");
  const row = await getKysely()
    .selectFrom(matchingProjects)
    .select((eb) => [
      ...fundingSums(eb),
      eb.fn.sum("p.granted_eu_state").as("granted"),
      eb.fn.sum("p.realised_eu_state").as("realisedEu"),
      eb.fn
        .countAll()
        .filterWhere((w) =>
          w.or([w("p.planned_public_total", "is", null), w("p.realised_public_total", "is", null)]),
        )
        .as("missing"),
      eb.fn.countAll().filterWhere("p.persons_planned", ">", 0).as("withParticipants"),
    ])
    .executeTakeFirstOrThrow();
  return {
    ...figures(row),
    grantedEuState: toNumber(row.granted) ?? 0,
    realisedEuState: toNumber(row.realisedEu) ?? 0,
    missingFigures: toNumber(row.missing) ?? 0,
    withParticipants: toNumber(row.withParticipants) ?? 0,
  };
}

/** Planned against realised public funding, grouped by one dimension, for the search's projects. */
async function fundingBreakdown(search: ResolvedSearch, by: Breakdown): Promise<FundingRow[]> {
  const { value, label, from } = groupingFor(by);
  // The grouping's joins give one row per project and value (a project in two regions counts in each).
  const grouped = sql<GroupedProject>`(
    SELECT p.*, ${value} AS group_key, ${label} AS group_label
    FROM project p ${from} ${whereSql(matching(search))})`.as("p");
  const rows = await getKysely()
    .selectFrom(grouped)
    .select((eb) => [...fundingSums(eb), "p.group_key", "p.group_label"])
    .groupBy(["p.group_key", "p.group_label"])
    .execute();
  return rows
    .filter((row) => row.group_key !== null)
    .map((row) => ({ key: row.group_key!, label: row.group_label ?? row.group_key!, ...figures(row) }))
    .sort((a, b) => a.key.localeCompare(b.key, "fi", { numeric: true }));
}

/** Each matching project's absorption rate (null where a figure is missing). */
async function findAbsorptionRatesUncached(search: ResolvedSearch): Promise<(number | null)[]> {
  const rows = await projectsWhere(matching(search))
    .select(
      sql<number | null>`(p.realised_public_total / NULLIF(p.planned_public_total, 0))::float8`.as("rate"),
    )
    .execute();
  return rows.map((row) => row.rate);
}

export interface FundingPoint {
  code: string;
  name: string;
  plannedPublicTotal: number;
  realisedPublicTotal: number;
}

/** Most points a scatter plot shows: beyond this, the largest planned budgets. */
export const MAX_FUNDING_POINTS = 150;

/**
 * Planned against realised public funding per project, for projects that report both: the
 * largest planned budgets first, at most MAX_FUNDING_POINTS, and how many there are in all.
 */
async function fundingPoints(search: ResolvedSearch): Promise<{ points: FundingPoint[]; total: number }> {
  const rows = await projectsWhere(matching(search))
    .where("p.planned_public_total", "is not", null)
    .where("p.realised_public_total", "is not", null)
    .select((eb) => [
      "p.code",
      "p.name",
      "p.planned_public_total",
      "p.realised_public_total",
      eb.fn.countAll().over().as("total"),
    ])
    .orderBy("p.planned_public_total", "desc")
    .orderBy("p.code")
    .limit(MAX_FUNDING_POINTS)
    .execute();
  return {
    points: rows.map((row) => ({
      code: row.code,
      name: row.name,
      plannedPublicTotal: toNumber(row.planned_public_total) ?? 0,
      realisedPublicTotal: toNumber(row.realised_public_total) ?? 0,
    })),
    total: toNumber(rows[0]?.total) ?? 0,
  };
}

// Aggregates over every matching project: remembered until the data changes.
export const getFundingOverview = cachedBySearch("getFundingOverview", fundingOverview);
export const getFundingBreakdown = cachedBySearch("getFundingBreakdown", fundingBreakdown);
export const findAbsorptionRates = cachedBySearch("findAbsorptionRates", findAbsorptionRatesUncached);
export const findFundingPoints = cachedBySearch("findFundingPoints", fundingPoints);
