import "server-only";
import { compareLabels } from "../format";
import { toNumber } from "../database/values";
import { absorptionRate, euros, fundingPerParticipant } from "../domain/funding";
import { cachedBySearch } from "./data-version-cache";
import { getKysely } from "../db";
import type { ResolvedSearch } from "../search/resolve-search";
import { fundingSumsOf, NO_FUNDING_SUMS, type FundingSums } from "./funding-sums";
import { idsOfRows } from "./facet-index";
import { anyId, matchedRows } from "./index-search";
import { getSortOrder, rowsInOrder } from "./sort-order";

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

/** A sum over `count` projects in euros, or missing (null) when no project gave it. */
const given = (cents: number, count: number) => (count === 0 ? null : euros(cents));

/** A funding row's figures from its sums (cents to euros; a missing sum stays missing). */
const figures = (sums: FundingSums) => ({
  projects: sums.projects,
  plannedPublicTotal: euros(sums.planned),
  realisedPublicTotal: euros(sums.realised),
  absorptionRate: absorptionRate(given(sums.bothPlanned, sums.both), given(sums.bothRealised, sums.both)),
  plannedPerParticipant: fundingPerParticipant(
    given(sums.plannedWithPersons, sums.plannedWithPersonsCount),
    sums.plannedWithPersonsCount === 0 ? null : sums.personsForPlanned,
  ),
  realisedPerParticipant: fundingPerParticipant(
    given(sums.realisedWithPersons, sums.realisedWithPersonsCount),
    sums.realisedWithPersonsCount === 0 ? null : sums.personsForRealised,
  ),
});

/**
 * The funding figures are sums over the search's projects, taken from the in-process index of the
 * current data version (lib/queries/facet-index.ts) in one pass, not from a scan per view.
 */
async function fundingOverview(search: ResolvedSearch): Promise<FundingOverview> {
  const sums = (await fundingSumsOf(search, BREAKDOWNS)).get("")?.get("")?.sums ?? NO_FUNDING_SUMS;
  return {
    ...figures(sums),
    grantedEuState: euros(sums.granted),
    realisedEuState: euros(sums.realisedEu),
    missingFigures: sums.missing,
    withParticipants: sums.withParticipants,
  };
}

/** Planned against realised public funding, grouped by one dimension, for the search's projects. */
async function fundingBreakdown(search: ResolvedSearch, by: Breakdown): Promise<FundingRow[]> {
  // A project in two regions counts in each, as the grouping's join did.
  const groups = (await fundingSumsOf(search, BREAKDOWNS)).get(by) ?? new Map<string, never>();
  return [...groups]
    .map(([key, { label, sums }]) => ({ key, label, ...figures(sums) }))
    .sort((a, b) => compareLabels("fi")(a.key, b.key));
}

/**
 * Each matching project's absorption rate (NaN where a figure is missing or planned is 0), from
 * the index's exact cents: the quotient of the same two numbers the SQL divided. A typed array:
 * at 100,000 projects a list of numbers and nulls was 100,000 small objects for the collector.
 */
async function findAbsorptionRatesUncached(search: ResolvedSearch): Promise<Float64Array> {
  const { index, rows } = await matchedRows(search);
  const rates = new Float64Array(rows.length);
  rows.forEach((row, n) => {
    const planned = index.plannedCents[row]!;
    const realised = index.realisedCents[row]!;
    rates[n] = planned !== 0 ? realised / planned : NaN;
  });
  return rates;
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
  const { index, rows } = await matchedRows(search);
  const both = (row: number) =>
    index.plannedCents[row] === index.plannedCents[row] &&
    index.realisedCents[row] === index.realisedCents[row];
  let total = 0;
  for (const row of rows) if (both(row)) total++;
  // The list's "planned" order (planned descending, then code) among the rows giving both figures.
  const order = await getSortOrder(index, "planned");
  const ids = idsOfRows(index, rowsInOrder(index, order, rows, 0, MAX_FUNDING_POINTS, both));
  const found = await getKysely()
    .selectFrom("project as p")
    .where("p.id", "=", anyId(ids))
    .select(["p.id", "p.code", "p.name", "p.planned_public_total", "p.realised_public_total"])
    .execute();
  const byId = new Map(found.map((row) => [row.id, row]));
  return {
    points: ids.flatMap((id) => {
      const row = byId.get(id);
      return row
        ? [
            {
              code: row.code,
              name: row.name,
              plannedPublicTotal: toNumber(row.planned_public_total) ?? 0,
              realisedPublicTotal: toNumber(row.realised_public_total) ?? 0,
            },
          ]
        : [];
    }),
    total,
  };
}

// Aggregates over every matching project: remembered until the data changes.
export const getFundingOverview = cachedBySearch("getFundingOverview", fundingOverview);
export const getFundingBreakdown = cachedBySearch("getFundingBreakdown", fundingBreakdown);
export const findAbsorptionRates = cachedBySearch("findAbsorptionRates", findAbsorptionRatesUncached);
export const findFundingPoints = cachedBySearch("findFundingPoints", fundingPoints);
