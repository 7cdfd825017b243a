import "server-only";
import { getDb } from "../db";
import { cachedByFilters } from "./data-version-cache";
import {
  GENDER_QUESTIONS,
  SUSTAINABILITY_CATEGORIES,
  SUSTAINABILITY_CRITERIA,
  type CriterionKey,
  type GenderQuestion,
  type SustainabilityCategory,
} from "../domain/criteria";
import { Prisma } from "../generated/prisma/client";
import type { ProjectFilters } from "../schemas/search-params";
import { filterConditions, whereSql } from "./project-filter-sql";

export interface CriterionAggregate {
  criterion: CriterionKey;
  category: string;
  projects: number;
  averageDirect: number | null;
  averageIndirect: number | null;
  /** Share of projects scoring above 0 directly or indirectly. */
  shareWithEffect: number | null;
}

export interface GenderAggregate {
  question: GenderQuestion;
  answered: number;
  yes: number;
  shareYes: number | null;
}

async function criterionAggregates(filters: ProjectFilters): Promise<CriterionAggregate[]> {
  const where = whereSql(filterConditions(filters));
  const rows = await getDb().$queryRaw<
    {
      criterion: string;
      category: string;
      projects: bigint;
      avg_direct: number | null;
      avg_indirect: number | null;
      with_effect: bigint;
    }[]
  >`SELECT s.criterion, s.category::text AS category, count(*) AS projects,
      avg(s.direct)::float8 AS avg_direct, avg(s.indirect)::float8 AS avg_indirect,
      count(*) FILTER (WHERE s.direct > 0 OR s.indirect > 0) AS with_effect
    FROM sustainability_score s JOIN project p ON p.id = s.project_id ${where}
    GROUP BY 1, 2`;
  const byKey = new Map(rows.map((row) => [row.criterion, row]));
  return SUSTAINABILITY_CRITERIA.map((criterion) => {
    const row = byKey.get(criterion.key);
    const projects = row ? Number(row.projects) : 0;
    return {
      criterion: criterion.key,
      category: criterion.category,
      projects,
      averageDirect: row?.avg_direct ?? null,
      averageIndirect: row?.avg_indirect ?? null,
      shareWithEffect: projects ? Number(row?.with_effect ?? 0) / projects : null,
    };
  });
}

async function genderAggregates(filters: ProjectFilters): Promise<GenderAggregate[]> {
  const where = whereSql(filterConditions(filters));
  const rows = await getDb().$queryRaw<{ question: GenderQuestion; answered: bigint; yes: bigint }[]>`
    SELECT g.question::text AS question, count(g.answer) AS answered, count(*) FILTER (WHERE g.answer) AS yes
    FROM gender_equality_answer g JOIN project p ON p.id = g.project_id ${where}
    GROUP BY 1`;
  const byQuestion = new Map(rows.map((row) => [row.question, row]));
  return (["analysisDone", "mainstreamed", "mainGoal"] as const).map((question) => {
    const row = byQuestion.get(question);
    const answered = Number(row?.answered ?? 0);
    const yes = Number(row?.yes ?? 0);
    return { question, answered, yes, shareYes: answered ? yes / answered : null };
  });
}

export interface GenderBreakdownRow {
  group: string;
  /** Share answering yes, per question; null when nobody in the group answered. */
  shares: Record<GenderQuestion, { yes: number; answered: number; share: number | null }>;
}

/** The three gender-equality questions' yes-shares by priority axis or applicant organisation type. */
async function genderBreakdown(
  filters: ProjectFilters,
  by: "axis" | "orgType",
): Promise<GenderBreakdownRow[]> {
  const where = whereSql(filterConditions(filters));
  const group =
    by === "axis"
      ? Prisma.sql`(SELECT a.number || '. ' || a.name FROM priority_axis a WHERE a.id = p.priority_axis_id)`
      : Prisma.sql`p.applicant_type`;
  const rows = await getDb().$queryRaw<
    { grp: string | null; question: GenderQuestion; answered: bigint; yes: bigint }[]
  >`
    SELECT ${group} AS grp, g.question::text AS question, count(g.answer) AS answered, count(*) FILTER (WHERE g.answer) AS yes
    FROM gender_equality_answer g JOIN project p ON p.id = g.project_id ${where}
    GROUP BY 1, 2`;
  const groups = new Map<string, GenderBreakdownRow>();
  for (const row of rows) {
    if (row.grp === null) continue;
    const entry =
      groups.get(row.grp) ??
      ({
        group: row.grp,
        shares: Object.fromEntries(
          GENDER_QUESTIONS.map((q) => [q, { yes: 0, answered: 0, share: null }]),
        ) as GenderBreakdownRow["shares"],
      } satisfies GenderBreakdownRow);
    const answered = Number(row.answered);
    const yes = Number(row.yes);
    entry.shares[row.question] = { yes, answered, share: answered ? yes / answered : null };
    groups.set(row.grp, entry);
  }
  return [...groups.values()].sort((a, b) => a.group.localeCompare(b.group, "fi", { numeric: true }));
}

export interface CategoryAggregate {
  category: SustainabilityCategory;
  scores: number;
  averageDirect: number | null;
  averageIndirect: number | null;
  /** Spread of the direct scores: standard deviation, and the lowest and highest. */
  deviationDirect: number | null;
  minDirect: number | null;
  maxDirect: number | null;
}

/** Average scores per sustainability category (ecological, economic, social), with their spread. */
async function categoryAggregates(filters: ProjectFilters): Promise<CategoryAggregate[]> {
  const where = whereSql(filterConditions(filters));
  const rows = await getDb().$queryRaw<
    {
      category: SustainabilityCategory;
      scores: bigint;
      avg_direct: number | null;
      avg_indirect: number | null;
      sd: number | null;
      min: number | null;
      max: number | null;
    }[]
  >`SELECT s.category::text AS category, count(*) AS scores, avg(s.direct)::float8 AS avg_direct,
      avg(s.indirect)::float8 AS avg_indirect, stddev_pop(s.direct)::float8 AS sd, min(s.direct) AS min, max(s.direct) AS max
    FROM sustainability_score s JOIN project p ON p.id = s.project_id ${where}
    GROUP BY 1`;
  const byCategory = new Map(rows.map((row) => [row.category, row]));
  return SUSTAINABILITY_CATEGORIES.map((category) => {
    const row = byCategory.get(category);
    return {
      category,
      scores: Number(row?.scores ?? 0),
      averageDirect: row?.avg_direct ?? null,
      averageIndirect: row?.avg_indirect ?? null,
      deviationDirect: row?.sd ?? null,
      minDirect: row?.min ?? null,
      maxDirect: row?.max ?? null,
    };
  });
}

// Aggregates over every matching project: remembered until the data changes.
export const getCriterionAggregates = cachedByFilters("getCriterionAggregates", criterionAggregates);
export const getGenderAggregates = cachedByFilters("getGenderAggregates", genderAggregates);
export const getGenderBreakdown = cachedByFilters("getGenderBreakdown", genderBreakdown);
export const getCategoryAggregates = cachedByFilters("getCategoryAggregates", categoryAggregates);
