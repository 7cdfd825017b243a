import "server-only";
import { sql } from "kysely";
import { getKysely } from "../db";
import { toNumber } from "../database/values";
import { groupingFor } from "../search/filters";
import { projectsWhere } from "./find-projects";
import { cachedBySearch } from "./data-version-cache";
import {
  GENDER_QUESTIONS,
  SUSTAINABILITY_CATEGORIES,
  SUSTAINABILITY_CRITERIA,
  type CriterionKey,
  type GenderQuestion,
  type SustainabilityCategory,
} from "../domain/criteria";
import { matching, whereSql, type ResolvedSearch } from "../search/resolve-search";

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

async function criterionAggregates(search: ResolvedSearch): Promise<CriterionAggregate[]> {
  const rows = await projectsWhere(matching(search))
    .innerJoin("sustainability_score as s", "s.project_id", "p.id")
    .select((eb) => [
      "s.criterion",
      eb.fn.countAll().as("projects"),
      sql<number | null>`avg(s.direct)::float8`.as("averageDirect"),
      sql<number | null>`avg(s.indirect)::float8`.as("averageIndirect"),
      eb.fn
        .countAll()
        .filterWhere((w) => w.or([w("s.direct", ">", 0), w("s.indirect", ">", 0)]))
        .as("withEffect"),
    ])
    .groupBy("s.criterion")
    .execute();
  const byKey = new Map(rows.map((row) => [row.criterion, row]));
  return SUSTAINABILITY_CRITERIA.map((criterion) => {
    const row = byKey.get(criterion.key);
    const projects = toNumber(row?.projects) ?? 0;
    return {
      criterion: criterion.key,
      category: criterion.category,
      projects,
      averageDirect: row?.averageDirect ?? null,
      averageIndirect: row?.averageIndirect ?? null,
      shareWithEffect: projects ? (toNumber(row?.withEffect) ?? 0) / projects : null,
    };
  });
}

async function genderAggregates(search: ResolvedSearch): Promise<GenderAggregate[]> {
  const rows = await projectsWhere(matching(search))
    .innerJoin("gender_equality_answer as g", "g.project_id", "p.id")
    .select((eb) => [
      "g.question",
      eb.fn.count("g.answer").as("answered"),
      eb.fn.countAll().filterWhere("g.answer", "=", true).as("yes"),
    ])
    .groupBy("g.question")
    .execute();
  const byQuestion = new Map(rows.map((row) => [row.question, row]));
  return GENDER_QUESTIONS.map((question) => {
    const row = byQuestion.get(question);
    const answered = toNumber(row?.answered) ?? 0;
    const yes = toNumber(row?.yes) ?? 0;
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
  search: ResolvedSearch,
  by: "axis" | "orgType",
): Promise<GenderBreakdownRow[]> {
  const { label, from } = groupingFor(by);
  const { rows } = await sql<{ grp: string | null; question: GenderQuestion; answered: bigint; yes: bigint }>`
    SELECT ${label} AS grp, g.question::text AS question, count(g.answer) AS answered, count(*) FILTER (WHERE g.answer) AS yes
    FROM gender_equality_answer g JOIN project p ON p.id = g.project_id ${from} ${whereSql(matching(search))}
    GROUP BY 1, 2`.execute(getKysely());
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
    const answered = toNumber(row.answered) ?? 0;
    const yes = toNumber(row.yes) ?? 0;
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
async function categoryAggregates(search: ResolvedSearch): Promise<CategoryAggregate[]> {
  const rows = await projectsWhere(matching(search))
    .innerJoin("sustainability_score as s", "s.project_id", "p.id")
    .select((eb) => [
      "s.category",
      eb.fn.countAll().as("scores"),
      sql<number | null>`avg(s.direct)::float8`.as("averageDirect"),
      sql<number | null>`avg(s.indirect)::float8`.as("averageIndirect"),
      sql<number | null>`stddev_pop(s.direct)::float8`.as("deviationDirect"),
      eb.fn.min("s.direct").as("minDirect"),
      eb.fn.max("s.direct").as("maxDirect"),
    ])
    .groupBy("s.category")
    .execute();
  const byCategory = new Map(rows.map((row) => [row.category, row]));
  return SUSTAINABILITY_CATEGORIES.map((category) => {
    const row = byCategory.get(category);
    return {
      category,
      scores: toNumber(row?.scores) ?? 0,
      averageDirect: row?.averageDirect ?? null,
      averageIndirect: row?.averageIndirect ?? null,
      deviationDirect: row?.deviationDirect ?? null,
      minDirect: row?.minDirect ?? null,
      maxDirect: row?.maxDirect ?? null,
    };
  });
}

// Aggregates over every matching project: remembered until the data changes.
export const getCriterionAggregates = cachedBySearch("getCriterionAggregates", criterionAggregates);
export const getGenderAggregates = cachedBySearch("getGenderAggregates", genderAggregates);
export const getGenderBreakdown = cachedBySearch("getGenderBreakdown", genderBreakdown);
export const getCategoryAggregates = cachedBySearch("getCategoryAggregates", categoryAggregates);
