import "server-only";
import { sql } from "kysely";
import { toNumber } from "../database/values";
import { absorptionRate, fundingPerParticipant } from "../domain/funding";
import { cachedBySearch } from "./data-version-cache";
import { matching, type ResolvedSearch } from "../search/resolve-search";
import { projectsWhere } from "./find-projects";
import { fundingSumsOf, FundingSums } from "./index-search";

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

/** A funding row's figures from its sums (cents to euros; a missing sum stays missing). */
const figures = (sums: FundingSums) => ({
  projects: sums.projects,
  plannedPublicTotal: sums.planned.value(100) ?? 0,
  realisedPublicTotal: sums.realised.value(100) ?? 0,
  absorptionRate: absorptionRate(sums.bothPlanned.value(100), sums.bothRealised.value(100)),
  plannedPerParticipant: fundingPerParticipant(
    sums.plannedWithPersons.value(100),
    sums.personsForPlanned.value(),
  ),
  realisedPerParticipant: fundingPerParticipant(
    sums.realisedWithPersons.value(100),
    sums.personsForRealised.value(),
  ),
});

/**
 * The funding figures are sums over the search's projects, taken from the in-process index of the
 * current data version (lib/queries/facet-index.ts) in one pass, not from a scan per view.
 */
async function fundingOverview(search: ResolvedSearch): Promise<FundingOverview> {
  const sums = (await fundingSumsOf(search)).get("")?.sums ?? new FundingSums();
  return {
    ...figures(sums),
    grantedEuState: sums.granted.value(100) ?? 0,
    realisedEuState: sums.realisedEu.value(100) ?? 0,
    missingFigures: sums.missing,
    withParticipants: sums.withParticipants,
  };
}

/** Planned against realised public funding, grouped by one dimension, for the search's projects. */
async function fundingBreakdown(search: ResolvedSearch, by: Breakdown): Promise<FundingRow[]> {
  // A project in two regions counts in each, as the grouping's join did.
  const groups = await fundingSumsOf(search, by);
  return [...groups]
    .map(([key, { label, sums }]) => ({ key, label, ...figures(sums) }))
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
