import "server-only";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import { absorptionRate, fundingPerParticipant } from "../domain/funding";
import { cachedByFilters } from "./data-version-cache";
import type { ProjectFilters } from "../schemas/search-params";
import { filterConditions, whereSql } from "./project-filter-sql";
import { GROUPINGS } from "./project-groupings";

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

// Sums for funding per planned participant: only projects that give both the figure and a
// planned number of persons take part, so a missing count never inflates the ratio.
const PARTICIPANT_SUMS = Prisma.sql`
  sum(p.planned_public_total) FILTER (WHERE p.persons_planned > 0) AS planned_with_persons,
  sum(p.persons_planned) FILTER (WHERE p.persons_planned > 0 AND p.planned_public_total IS NOT NULL) AS persons_for_planned,
  sum(p.realised_public_total) FILTER (WHERE p.persons_planned > 0) AS realised_with_persons,
  sum(p.persons_planned) FILTER (WHERE p.persons_planned > 0 AND p.realised_public_total IS NOT NULL) AS persons_for_realised`;

interface ParticipantSums {
  planned_with_persons: Prisma.Decimal | null;
  persons_for_planned: bigint | null;
  realised_with_persons: Prisma.Decimal | null;
  persons_for_realised: bigint | null;
}

const perParticipant = (row: ParticipantSums | undefined) => ({
  plannedPerParticipant: fundingPerParticipant(
    numOrNull(row?.planned_with_persons ?? null),
    numOrNull(row?.persons_for_planned ?? null),
  ),
  realisedPerParticipant: fundingPerParticipant(
    numOrNull(row?.realised_with_persons ?? null),
    numOrNull(row?.persons_for_realised ?? null),
  ),
});

const num = (value: Prisma.Decimal | bigint | number | null) => (value === null ? 0 : Number(value));
const numOrNull = (value: Prisma.Decimal | bigint | number | null) => (value === null ? null : Number(value));

async function fundingOverview(filters: ProjectFilters): Promise<FundingOverview> {
  const where = whereSql(filterConditions(filters));
  const [row] = await getDb().$queryRaw<
    ({
      projects: bigint;
      granted: Prisma.Decimal | null;
      realised_eu: Prisma.Decimal | null;
      planned: Prisma.Decimal | null;
      realised: Prisma.Decimal | null;
      both_planned: Prisma.Decimal | null;
      both_realised: Prisma.Decimal | null;
      missing: bigint;
      with_participants: bigint;
    } & ParticipantSums)[]
  >`SELECT count(*) AS projects, sum(p.granted_eu_state) AS granted, sum(p.realised_eu_state) AS realised_eu,
      sum(p.planned_public_total) AS planned, sum(p.realised_public_total) AS realised,
      sum(p.planned_public_total) FILTER (WHERE p.realised_public_total IS NOT NULL) AS both_planned,
      sum(p.realised_public_total) FILTER (WHERE p.planned_public_total IS NOT NULL) AS both_realised,
      count(*) FILTER (WHERE p.planned_public_total IS NULL OR p.realised_public_total IS NULL) AS missing,
      count(*) FILTER (WHERE p.persons_planned > 0) AS with_participants, ${PARTICIPANT_SUMS}
    FROM project p ${where}`;
  return {
    projects: num(row?.projects ?? 0),
    grantedEuState: num(row?.granted ?? null),
    realisedEuState: num(row?.realised_eu ?? null),
    plannedPublicTotal: num(row?.planned ?? null),
    realisedPublicTotal: num(row?.realised ?? null),
    absorptionRate: absorptionRate(
      numOrNull(row?.both_planned ?? null),
      numOrNull(row?.both_realised ?? null),
    ),
    missingFigures: num(row?.missing ?? 0),
    withParticipants: num(row?.with_participants ?? 0),
    ...perParticipant(row),
  };
}

/** Planned against realised public funding, grouped by one dimension, for the filtered projects. */
async function fundingBreakdown(filters: ProjectFilters, by: Breakdown): Promise<FundingRow[]> {
  const { value, label, from } = GROUPINGS[by];
  const where = whereSql(filterConditions(filters));
  const rows = await getDb().$queryRaw<
    ({
      key: string | null;
      label: string | null;
      projects: bigint;
      planned: Prisma.Decimal | null;
      realised: Prisma.Decimal | null;
      both_planned: Prisma.Decimal | null;
      both_realised: Prisma.Decimal | null;
    } & ParticipantSums)[]
  >`SELECT ${value} AS key, ${label} AS label, count(*) AS projects,
      sum(p.planned_public_total) AS planned, sum(p.realised_public_total) AS realised,
      sum(p.planned_public_total) FILTER (WHERE p.realised_public_total IS NOT NULL) AS both_planned,
      sum(p.realised_public_total) FILTER (WHERE p.planned_public_total IS NOT NULL) AS both_realised,
      ${PARTICIPANT_SUMS}
    FROM project p ${from} ${where}
    GROUP BY 1, 2 ORDER BY 1`;
  return rows
    .filter((row) => row.key !== null)
    .map((row) => ({
      key: row.key as string,
      label: row.label ?? (row.key as string),
      projects: num(row.projects),
      plannedPublicTotal: num(row.planned),
      realisedPublicTotal: num(row.realised),
      absorptionRate: absorptionRate(numOrNull(row.both_planned), numOrNull(row.both_realised)),
      ...perParticipant(row),
    }))
    .sort((a, b) => a.key.localeCompare(b.key, "fi", { numeric: true }));
}

/** Each filtered project's absorption rate (null where a figure is missing). */
async function findAbsorptionRatesUncached(filters: ProjectFilters): Promise<(number | null)[]> {
  const where = whereSql(filterConditions(filters));
  const rows = await getDb().$queryRaw<{ rate: number | null }[]>`
    SELECT (p.realised_public_total / NULLIF(p.planned_public_total, 0))::float8 AS rate FROM project p ${where}`;
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
async function fundingPoints(filters: ProjectFilters): Promise<{ points: FundingPoint[]; total: number }> {
  const conditions = [
    ...filterConditions(filters),
    Prisma.sql`p.planned_public_total IS NOT NULL`,
    Prisma.sql`p.realised_public_total IS NOT NULL`,
  ];
  const rows = await getDb().$queryRaw<
    { code: string; name: string; planned: Prisma.Decimal; realised: Prisma.Decimal; total: bigint }[]
  >`SELECT p.code, p.name, p.planned_public_total AS planned, p.realised_public_total AS realised,
      count(*) OVER () AS total
    FROM project p ${whereSql(conditions)}
    ORDER BY p.planned_public_total DESC, p.code
    LIMIT ${MAX_FUNDING_POINTS}`;
  return {
    points: rows.map((row) => ({
      code: row.code,
      name: row.name,
      plannedPublicTotal: Number(row.planned),
      realisedPublicTotal: Number(row.realised),
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

// Aggregates over every matching project: remembered until the data changes.
export const getFundingOverview = cachedByFilters("getFundingOverview", fundingOverview);
export const getFundingBreakdown = cachedByFilters("getFundingBreakdown", fundingBreakdown);
export const findAbsorptionRates = cachedByFilters("findAbsorptionRates", findAbsorptionRatesUncached);
export const findFundingPoints = cachedByFilters("findFundingPoints", fundingPoints);
