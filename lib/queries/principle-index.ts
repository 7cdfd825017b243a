import "server-only";
import { sql } from "kysely";
import { getKysely } from "../db";
import { derivedFromIndex, rowFor, type FacetIndex } from "./facet-index";

/**
 * The sustainability scores and gender-equality answers of every project, by the facet index's
 * row, so the principle aggregates of any search are one pass over arrays instead of a join of
 * the matching projects with up to 1.5 million score rows (lib/queries/principle-sums.ts). Built
 * once per facet index (so per data version), on first use.
 */
export interface ScoreGroup {
  criterion: string;
  category: string;
  /** The direct score (0–10) by row; -1 where the project has none. */
  direct: Int8Array;
  /** The indirect score by row (0 where the project has none). */
  indirect: Int8Array;
}

export interface AnswerGroup {
  question: string;
  /** By row: 1 yes, 0 no, -1 a row without an answer, -2 no answer row. */
  answers: Int8Array;
}

export interface PrincipleIndex {
  scores: ScoreGroup[];
  answers: AnswerGroup[];
}

async function buildPrincipleIndex(index: FacetIndex): Promise<PrincipleIndex> {
  const db = getKysely();
  const [scores, answers] = await Promise.all([
    sql<{ criterion: string; category: string; ids: number[]; direct: number[]; indirect: number[] }>`
      SELECT criterion, category::text AS category, array_agg(project_id) AS ids, array_agg(direct) AS direct,
        array_agg(indirect) AS indirect
      FROM sustainability_score GROUP BY 1, 2`.execute(db),
    sql<{ question: string; ids: number[]; answers: (boolean | null)[] }>`
      SELECT question::text AS question, array_agg(project_id) AS ids, array_agg(answer) AS answers
      FROM gender_equality_answer GROUP BY 1`.execute(db),
  ]);
  // Ids the index does not know (written after it was built) are left out.
  const byRow = (ids: number[], values: ArrayLike<number>, empty: number) => {
    const dense = new Int8Array(index.ids.length).fill(empty);
    ids.forEach((id, i) => {
      const row = rowFor(index.rowOf, id);
      if (row >= 0) dense[row] = values[i]!;
    });
    return dense;
  };
  return {
    scores: scores.rows.map((row) => ({
      criterion: row.criterion,
      category: row.category,
      direct: byRow(row.ids, row.direct, -1),
      indirect: byRow(row.ids, row.indirect, 0),
    })),
    answers: answers.rows.map((row) => ({
      question: row.question,
      answers: byRow(
        row.ids,
        row.answers.map((answer) => (answer === null ? -1 : answer ? 1 : 0)),
        -2,
      ),
    })),
  };
}

export const getPrincipleIndex = derivedFromIndex(buildPrincipleIndex);
