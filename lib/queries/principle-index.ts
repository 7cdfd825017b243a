import "server-only";
import { sql } from "kysely";
import { getKysely } from "../db";
import { derivedFromIndex, rowFor, type FacetIndex } from "./facet-index";

/**
 * The sustainability scores and gender-equality answers of every project, in the facet index's
 * rows, so the principle aggregates of any search are one pass over arrays instead of a join of
 * the matching projects with up to 1.5 million score rows. Built once per facet index (so per
 * data version), on first use.
 */
export interface ScoreGroup {
  criterion: string;
  category: string;
  rows: Int32Array;
  direct: Int16Array;
  indirect: Int16Array;
}

export interface AnswerGroup {
  question: string;
  rows: Int32Array;
  /** 1 yes, 0 no, -1 a row without an answer. */
  answers: Int8Array;
}

export interface PrincipleIndex {
  scores: ScoreGroup[];
  answers: AnswerGroup[];
}

const toRows = (index: FacetIndex, ids: number[]) => Int32Array.from(ids, (id) => rowFor(index.rowOf, id));

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
  return {
    scores: scores.rows.map((row) => ({
      criterion: row.criterion,
      category: row.category,
      rows: toRows(index, row.ids),
      direct: Int16Array.from(row.direct),
      indirect: Int16Array.from(row.indirect),
    })),
    answers: answers.rows.map((row) => ({
      question: row.question,
      rows: toRows(index, row.ids),
      answers: Int8Array.from(row.answers, (answer) => (answer === null ? -1 : answer ? 1 : 0)),
    })),
  };
}

export const getPrincipleIndex = derivedFromIndex(buildPrincipleIndex);
