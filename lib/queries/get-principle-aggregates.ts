import "server-only";
import { getDb } from "../db";
import { SUSTAINABILITY_CRITERIA, type CriterionKey, type GenderQuestion } from "../domain/criteria";
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

export async function getCriterionAggregates(filters: ProjectFilters): Promise<CriterionAggregate[]> {
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

export async function getGenderAggregates(filters: ProjectFilters): Promise<GenderAggregate[]> {
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
