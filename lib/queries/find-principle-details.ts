import "server-only";
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { getKysely } from "../db";
import { CRITERION_KEYS, type CriterionKey, type GenderQuestion } from "../domain/criteria";
import { jsonColumn } from "../database/json-column";
import { matching, type ResolvedSearch } from "../search/resolve-search";
import { projectsWhere } from "./find-projects";
import { idsOfRows } from "./facet-index";
import { anyId, matchedRows } from "./index-search";
import { getSortOrder, rowsInOrder } from "./sort-order";
import { z } from "zod";

export const HEATMAP_PAGE_SIZE = 25;
/** Most projects a drill-down lists. */
export const DRILL_DOWN_LIMIT = 100;

/** The words, case and accents as typed aside, in the text or in the project's name. */
const textContains = (column: RawBuilder<unknown>, words: string) =>
  sql<SqlBool>`(strpos(lower(unaccent(coalesce(${column}, ''))), lower(unaccent(${words}))) > 0
    OR strpos(lower(unaccent(p.name)), lower(unaccent(${words}))) > 0)`;

export interface ScoreMatrixRow {
  code: string;
  name: string;
  /** Scores in the order of CRITERION_KEYS; null where the project has no score. */
  scores: (number | null)[];
}

const scoresByCriterion = jsonColumn(z.record(z.string(), z.number().int()).nullable());

const scoresColumn = (kind: "direct" | "indirect") => {
  const column = sql.ref(kind === "direct" ? "s.direct" : "s.indirect");
  return sql<unknown>`(SELECT jsonb_object_agg(s.criterion, ${column}) FROM sustainability_score s WHERE s.project_id = p.id)`;
};

const toMatrixRow = (row: { code: string; name: string; scores: unknown }): ScoreMatrixRow => {
  const scores = scoresByCriterion(row.scores, `scores of ${row.code}`);
  return { code: row.code, name: row.name, scores: CRITERION_KEYS.map((key) => scores?.[key] ?? null) };
};

/** Projects × the 15 criteria in name order, direct or indirect scores: every matching project. */
export async function findScoreRows(
  search: ResolvedSearch,
  kind: "direct" | "indirect",
): Promise<ScoreMatrixRow[]> {
  const rows = await projectsWhere(matching(search))
    .select(["p.code", "p.name", scoresColumn(kind).as("scores")])
    .orderBy("p.name")
    .orderBy("p.code")
    .execute();
  return rows.map(toMatrixRow);
}

/**
 * One page of projects × the 15 criteria, direct or indirect scores. The count and the page's
 * projects come from the facet index and its name order; one query reads the page's scores.
 */
export async function getScoreMatrix(
  search: ResolvedSearch,
  kind: "direct" | "indirect",
  page: number,
): Promise<{ rows: ScoreMatrixRow[]; pageCount: number }> {
  const { index, rows } = await matchedRows(search);
  const pageCount = Math.max(1, Math.ceil(rows.length / HEATMAP_PAGE_SIZE));
  const current = Math.min(Math.max(page, 1), pageCount);
  const order = await getSortOrder(index, "name");
  const offset = (current - 1) * HEATMAP_PAGE_SIZE;
  const ids = idsOfRows(index, rowsInOrder(index, order, rows, offset, HEATMAP_PAGE_SIZE));
  const found = await getKysely()
    .selectFrom("project as p")
    .where("p.id", "=", anyId(ids))
    .select(["p.id", "p.code", "p.name", scoresColumn(kind).as("scores")])
    .execute();
  const byId = new Map(found.map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => (byId.has(id) ? [toMatrixRow(byId.get(id)!)] : [])), pageCount };
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
  search: ResolvedSearch,
  criterion: CriterionKey,
  kind: "direct" | "indirect",
  score: number | undefined,
  words?: string,
  limit = DRILL_DOWN_LIMIT,
): Promise<Justification[]> {
  let query = projectsWhere(matching(search))
    .innerJoin("sustainability_score as s", "s.project_id", "p.id")
    .where("s.criterion", "=", criterion);
  if (words) query = query.where(textContains(sql`s.justification`, words));
  if (score !== undefined) query = query.where(kind === "direct" ? "s.direct" : "s.indirect", "=", score);
  return query
    .select(["p.code", "p.name", "s.direct", "s.indirect", "s.justification"])
    .orderBy(kind === "direct" ? "s.direct" : "s.indirect", "desc")
    .orderBy("p.name")
    .orderBy("p.code")
    .limit(limit)
    .execute();
}

export interface Explanation {
  code: string;
  name: string;
  answer: boolean | null;
  explanation: string | null;
}

/** Projects' answers and explanations to one gender-equality question. */
export async function findGenderExplanations(
  search: ResolvedSearch,
  question: GenderQuestion,
  answer: boolean | undefined,
  words?: string,
  limit = DRILL_DOWN_LIMIT,
): Promise<Explanation[]> {
  let query = projectsWhere(matching(search))
    .innerJoin("gender_equality_answer as g", "g.project_id", "p.id")
    .where("g.question", "=", question);
  if (words) query = query.where(textContains(sql`g.explanation`, words));
  if (answer !== undefined) query = query.where("g.answer", "=", answer);
  return query
    .select(["p.code", "p.name", "g.answer", "g.explanation"])
    .orderBy("p.name")
    .orderBy("p.code")
    .limit(limit)
    .execute();
}
