import "server-only";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import { CRITERION_KEYS, type CriterionKey, type GenderQuestion } from "../domain/criteria";
import type { ProjectFilters } from "../schemas/search-params";
import { filterConditions, whereSql } from "./project-filter-sql";

export const HEATMAP_PAGE_SIZE = 25;
/** Most projects a drill-down lists. */
export const DRILL_DOWN_LIMIT = 100;

/** The words, case and accents as typed aside, in the text or in the project's name. */
const textContains = (column: Prisma.Sql, search: string) =>
  Prisma.sql`(strpos(lower(unaccent(coalesce(${column}, ''))), lower(unaccent(${search}))) > 0
    OR strpos(lower(unaccent(p.name)), lower(unaccent(${search}))) > 0)`;

export interface ScoreMatrixRow {
  code: string;
  name: string;
  /** Scores in the order of CRITERION_KEYS; null where the project has no score. */
  scores: (number | null)[];
}

/** Projects × the 15 criteria in name order, direct or indirect scores; a slice, or all of them. */
export async function findScoreRows(
  filters: ProjectFilters,
  kind: "direct" | "indirect",
  slice?: { limit: number; offset: number },
): Promise<ScoreMatrixRow[]> {
  const column = Prisma.raw(kind === "direct" ? "s.direct" : "s.indirect");
  const rows = await getDb().$queryRaw<
    { code: string; name: string; scores: Record<string, number> | null }[]
  >`
    SELECT p.code, p.name,
      (SELECT jsonb_object_agg(s.criterion, ${column}) FROM sustainability_score s WHERE s.project_id = p.id) AS scores
    FROM project p ${whereSql(filterConditions(filters))}
    ORDER BY p.name, p.code
    ${slice ? Prisma.sql`LIMIT ${slice.limit} OFFSET ${slice.offset}` : Prisma.empty}`;
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    scores: CRITERION_KEYS.map((key) => row.scores?.[key] ?? null),
  }));
}

/** One page of projects × the 15 criteria, direct or indirect scores. */
export async function getScoreMatrix(
  filters: ProjectFilters,
  kind: "direct" | "indirect",
  page: number,
): Promise<{ rows: ScoreMatrixRow[]; pageCount: number }> {
  const [countRow] = await getDb().$queryRaw<
    { count: bigint }[]
  >`SELECT count(*) AS count FROM project p ${whereSql(filterConditions(filters))}`;
  const pageCount = Math.max(1, Math.ceil(Number(countRow?.count ?? 0) / HEATMAP_PAGE_SIZE));
  const current = Math.min(Math.max(page, 1), pageCount);
  const slice = { limit: HEATMAP_PAGE_SIZE, offset: (current - 1) * HEATMAP_PAGE_SIZE };
  return { rows: await findScoreRows(filters, kind, slice), pageCount };
}

export interface Justification {
  code: string;
  name: string;
  direct: number;
  indirect: number;
  justification: string | null;
}

/** Projects that gave a criterion the chosen score (direct or indirect), with their justifications. */
export async function findJustifications(
  filters: ProjectFilters,
  criterion: CriterionKey,
  kind: "direct" | "indirect",
  score: number | undefined,
  search?: string,
  limit = DRILL_DOWN_LIMIT,
): Promise<Justification[]> {
  const conditions = [...filterConditions(filters), Prisma.sql`s.criterion = ${criterion}`];
  if (search) conditions.push(textContains(Prisma.sql`s.justification`, search));
  if (score !== undefined) {
    conditions.push(kind === "direct" ? Prisma.sql`s.direct = ${score}` : Prisma.sql`s.indirect = ${score}`);
  }
  return getDb().$queryRaw<Justification[]>`
    SELECT p.code, p.name, s.direct, s.indirect, s.justification
    FROM sustainability_score s JOIN project p ON p.id = s.project_id ${whereSql(conditions)}
    ORDER BY ${Prisma.raw(kind === "direct" ? "s.direct" : "s.indirect")} DESC, p.name, p.code
    LIMIT ${limit}`;
}

export interface Explanation {
  code: string;
  name: string;
  answer: boolean | null;
  explanation: string | null;
}

/** Projects' answers and explanations to one gender-equality question. */
export async function findGenderExplanations(
  filters: ProjectFilters,
  question: GenderQuestion,
  answer: boolean | undefined,
  search?: string,
  limit = DRILL_DOWN_LIMIT,
): Promise<Explanation[]> {
  const conditions = [...filterConditions(filters), Prisma.sql`g.question::text = ${question}`];
  if (search) conditions.push(textContains(Prisma.sql`g.explanation`, search));
  if (answer !== undefined) conditions.push(Prisma.sql`g.answer = ${answer}`);
  return getDb().$queryRaw<Explanation[]>`
    SELECT p.code, p.name, g.answer, g.explanation
    FROM gender_equality_answer g JOIN project p ON p.id = g.project_id ${whereSql(conditions)}
    ORDER BY p.name, p.code
    LIMIT ${limit}`;
}
