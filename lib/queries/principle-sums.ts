import "server-only";
import type { ResolvedSearch } from "../search/resolve-search";
import { derivedFromIndex, type FacetIndex } from "./facet-index";
import { matchedRows, sharedBySearch } from "./index-search";
import { getPrincipleIndex, type PrincipleIndex } from "./principle-index";
import { allRows, totalsOverRows } from "./row-totals";

/** Sums of one criterion's (or category's) scores over projects. */
export interface ScoreSums {
  n: number;
  direct: number;
  indirect: number;
  squares: number;
  withEffect: number;
  min: number;
  max: number;
}

export const noScores = (): ScoreSums => ({
  n: 0,
  direct: 0,
  indirect: 0,
  squares: 0,
  withEffect: 0,
  min: Infinity,
  max: -Infinity,
});

/** Answered and yes per question, per group (its label). */
export type AnswerCounts = Map<string, Map<string, { answered: number; yes: number }>>;
export type AnswerGroupings = Record<"all" | "axis" | "orgType", AnswerCounts>;
const ANSWER_GROUPINGS = ["axis", "orgType"] as const;

// Scores are 0–10 (a CHECK in the schema). A criterion's totals: how many projects scored each
// direct value (the sum, squares, lowest and highest follow from it, and it subtracts), then the
// indirect sum and the projects with an effect.
const SCORE_VALUES = 11;
const INDIRECT = SCORE_VALUES;
const WITH_EFFECT = SCORE_VALUES + 1;
const SCORE_WIDTH = SCORE_VALUES + 2;
// An answer target's totals: rows, answered, yes.
const ANSWER_WIDTH = 3;

/** The scores and answers by row, and where each total sits. */
interface Dense {
  principles: PrincipleIndex;
  /** Answer targets: overall, then each axis, then each organisation type. */
  targets: number;
  firstAnswer: number;
  width: number;
}

async function buildDense(index: FacetIndex): Promise<Dense & { everything: Float64Array }> {
  const principles = await getPrincipleIndex(index);
  const targets = 1 + ANSWER_GROUPINGS.reduce((n, by) => n + index.facets[by].values.length, 0);
  const firstAnswer = principles.scores.length * SCORE_WIDTH;
  const width = firstAnswer + principles.answers.length * targets * ANSWER_WIDTH;
  const dense: Dense = { principles, targets, firstAnswer, width };
  return { ...dense, everything: sumOf(index, dense, allRows(index)) };
}
const getDense = derivedFromIndex(buildDense);

function sumOf(index: FacetIndex, dense: Dense, rows: Int32Array): Float64Array {
  const totals = new Float64Array(dense.width);
  dense.principles.scores.forEach(({ direct, indirect }, group) => {
    const at = group * SCORE_WIDTH;
    for (const row of rows) {
      const score = direct[row]!;
      if (score < 0) continue;
      totals[at + score]!++;
      totals[at + INDIRECT]! += indirect[row]!;
      if (score > 0 || indirect[row]! > 0) totals[at + WITH_EFFECT]!++;
    }
  });
  const columns = ANSWER_GROUPINGS.map((by) => index.facets[by]);
  dense.principles.answers.forEach(({ answers }, question) => {
    const at = dense.firstAnswer + question * dense.targets * ANSWER_WIDTH;
    const count = (target: number, answer: number) => {
      const to = at + target * ANSWER_WIDTH;
      totals[to]!++;
      if (answer >= 0) totals[to + 1]!++;
      if (answer === 1) totals[to + 2]!++;
    };
    for (const row of rows) {
      const answer = answers[row]!;
      if (answer === -2) continue;
      count(0, answer);
      let first = 1;
      for (const { offsets, codes, values } of columns) {
        for (let i = offsets[row]!; i < offsets[row + 1]!; i++) count(first + codes[i]!, answer);
        first += values.length;
      }
    }
  });
  return totals;
}

function scoreSumsOf(totals: Float64Array, group: number): ScoreSums {
  const at = group * SCORE_WIDTH;
  const sums = noScores();
  for (let score = 0; score < SCORE_VALUES; score++) {
    const n = totals[at + score]!;
    if (n === 0) continue;
    sums.n += n;
    sums.direct += n * score;
    sums.squares += n * score * score;
    sums.min = Math.min(sums.min, score);
    sums.max = Math.max(sums.max, score);
  }
  return { ...sums, indirect: totals[at + INDIRECT]!, withEffect: totals[at + WITH_EFFECT]! };
}

function answerCountsOf(index: FacetIndex, dense: Dense, totals: Float64Array): AnswerGroupings {
  const labels = ["", ...ANSWER_GROUPINGS.flatMap((by) => index.facets[by].labels)];
  const groupOf = (target: number) =>
    target === 0 ? "all" : target <= index.facets.axis.values.length ? "axis" : "orgType";
  const counts: AnswerGroupings = { all: new Map(), axis: new Map(), orgType: new Map() };
  dense.principles.answers.forEach(({ question }, q) => {
    for (let target = 0; target < dense.targets; target++) {
      const at = dense.firstAnswer + (q * dense.targets + target) * ANSWER_WIDTH;
      // A group is listed when one of its projects has an answer row, answered or not.
      if (totals[at] === 0) continue;
      const into = counts[groupOf(target)];
      const label = labels[target]!;
      const questions = into.get(label) ?? new Map<string, { answered: number; yes: number }>();
      into.set(label, questions);
      const count = questions.get(question) ?? { answered: 0, yes: 0 };
      questions.set(question, {
        answered: count.answered + totals[at + 1]!,
        yes: count.yes + totals[at + 2]!,
      });
    }
  });
  return counts;
}

/** Score sums per criterion, and answer counts overall, by axis and by organisation type, for a search. */
export function principleSumsOf(search: ResolvedSearch) {
  return sharedBySearch("principleSums", search, async (search) => {
    const { index, rows } = await matchedRows(search);
    const dense = await getDense(index);
    const totals = totalsOverRows(
      index,
      rows,
      (rows) => sumOf(index, dense, rows),
      () => dense.everything,
    );
    return {
      scores: dense.principles.scores.map(({ criterion, category }, group) => ({
        criterion,
        category,
        sum: scoreSumsOf(totals, group),
      })),
      answers: answerCountsOf(index, dense, totals),
    };
  });
}
