import "server-only";
import { cachedBySearch } from "./data-version-cache";
import { matchedRows, sharedBySearch } from "./index-search";
import { rowMask } from "./facet-index";
import { getPrincipleIndex } from "./principle-index";
import {
  GENDER_QUESTIONS,
  SUSTAINABILITY_CATEGORIES,
  SUSTAINABILITY_CRITERIA,
  type CriterionKey,
  type GenderQuestion,
  type SustainabilityCategory,
} from "../domain/criteria";
import type { ResolvedSearch } from "../search/resolve-search";

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

interface ScoreSums {
  n: number;
  direct: number;
  indirect: number;
  squares: number;
  withEffect: number;
  min: number;
  max: number;
}

const noScores = (): ScoreSums => ({
  n: 0,
  direct: 0,
  indirect: 0,
  squares: 0,
  withEffect: 0,
  min: Infinity,
  max: -Infinity,
});

/** Sums of scores over the search's projects per score group (criterion and category), in one pass. */
async function scoreSumsPerGroup(search: ResolvedSearch) {
  const { index, rows } = await matchedRows(search);
  const [principles, mask] = [await getPrincipleIndex(index), rowMask(index, rows)];
  return principles.scores.map((group) => {
    const sum = noScores();
    for (let i = 0; i < group.rows.length; i++) {
      const row = group.rows[i]!;
      if (row < 0 || mask[row] !== 1) continue;
      const direct = group.direct[i]!;
      const indirect = group.indirect[i]!;
      sum.n++;
      sum.direct += direct;
      sum.indirect += indirect;
      sum.squares += direct * direct;
      if (direct > 0 || indirect > 0) sum.withEffect++;
      if (direct < sum.min) sum.min = direct;
      if (direct > sum.max) sum.max = direct;
    }
    return { criterion: group.criterion, category: group.category, sum };
  });
}

/** Sums of scores per criterion or category (exact integer sums of the groups'). */
async function scoreSums(search: ResolvedSearch, by: "criterion" | "category") {
  const sums = new Map<string, ScoreSums>();
  for (const group of await sharedBySearch("scoreSums", search, scoreSumsPerGroup)) {
    const key = group[by];
    const sum = sums.get(key) ?? noScores();
    sums.set(key, sum);
    sum.n += group.sum.n;
    sum.direct += group.sum.direct;
    sum.indirect += group.sum.indirect;
    sum.squares += group.sum.squares;
    sum.withEffect += group.sum.withEffect;
    sum.min = Math.min(sum.min, group.sum.min);
    sum.max = Math.max(sum.max, group.sum.max);
  }
  return sums;
}

async function criterionAggregates(search: ResolvedSearch): Promise<CriterionAggregate[]> {
  const sums = await scoreSums(search, "criterion");
  return SUSTAINABILITY_CRITERIA.map((criterion) => {
    const sum = sums.get(criterion.key);
    const projects = sum?.n ?? 0;
    return {
      criterion: criterion.key,
      category: criterion.category,
      projects,
      averageDirect: projects ? sum!.direct / projects : null,
      averageIndirect: projects ? sum!.indirect / projects : null,
      shareWithEffect: projects ? sum!.withEffect / projects : null,
    };
  });
}

type AnswerCounts = Map<string, Map<string, { answered: number; yes: number }>>;

/** Answered and yes per question: overall (one group, "") and per axis and organisation type, in one pass. */
async function answerCountsAll(
  search: ResolvedSearch,
): Promise<Record<"all" | "axis" | "orgType", AnswerCounts>> {
  const { index, rows } = await matchedRows(search);
  const [principles, mask] = [await getPrincipleIndex(index), rowMask(index, rows)];
  const counts = { all: new Map(), axis: new Map(), orgType: new Map() } as Record<
    "all" | "axis" | "orgType",
    AnswerCounts
  >;
  const add = (into: AnswerCounts, group: string, question: string, answer: number) => {
    const questions = into.get(group) ?? new Map<string, { answered: number; yes: number }>();
    into.set(group, questions);
    const count = questions.get(question) ?? { answered: 0, yes: 0 };
    questions.set(question, count);
    if (answer >= 0) count.answered++;
    if (answer === 1) count.yes++;
  };
  const groupings = (["axis", "orgType"] as const).map((by) => ({
    into: counts[by],
    column: index.facets[by],
  }));
  for (const group of principles.answers)
    for (let i = 0; i < group.rows.length; i++) {
      const row = group.rows[i]!;
      if (row < 0 || mask[row] !== 1) continue;
      const answer = group.answers[i]!;
      add(counts.all, "", group.question, answer);
      for (const { into, column } of groupings)
        for (let c = column.offsets[row]!; c < column.offsets[row + 1]!; c++)
          add(into, column.labels[column.codes[c]!]!, group.question, answer);
    }
  return counts;
}

/** Answered and yes per question, per group (null: one group, ""), over the search's projects. */
async function answerCounts(search: ResolvedSearch, by: "axis" | "orgType" | null): Promise<AnswerCounts> {
  return (await sharedBySearch("answerCounts", search, answerCountsAll))[by ?? "all"];
}

async function genderAggregates(search: ResolvedSearch): Promise<GenderAggregate[]> {
  const counts = (await answerCounts(search, null)).get("");
  return GENDER_QUESTIONS.map((question) => {
    const { answered, yes } = counts?.get(question) ?? { answered: 0, yes: 0 };
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
  const counts = await answerCounts(search, by);
  return [...counts]
    .map(([group, questions]) => ({
      group,
      shares: Object.fromEntries(
        GENDER_QUESTIONS.map((q) => {
          const { answered, yes } = questions.get(q) ?? { answered: 0, yes: 0 };
          return [q, { yes, answered, share: answered ? yes / answered : null }];
        }),
      ) as GenderBreakdownRow["shares"],
    }))
    .sort((a, b) => a.group.localeCompare(b.group, "fi", { numeric: true }));
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
  const sums = await scoreSums(search, "category");
  return SUSTAINABILITY_CATEGORIES.map((category) => {
    const sum = sums.get(category);
    const n = sum?.n ?? 0;
    if (!sum || n === 0)
      return {
        category,
        scores: 0,
        averageDirect: null,
        averageIndirect: null,
        deviationDirect: null,
        minDirect: null,
        maxDirect: null,
      };
    // Population deviation from exact integer sums (as stddev_pop computes it).
    const variance = Math.max(0, n * sum.squares - sum.direct * sum.direct) / (n * n);
    return {
      category,
      scores: n,
      averageDirect: sum.direct / n,
      averageIndirect: sum.indirect / n,
      deviationDirect: Math.sqrt(variance),
      minDirect: sum.min,
      maxDirect: sum.max,
    };
  });
}

// Aggregates over every matching project: remembered until the data changes.
export const getCriterionAggregates = cachedBySearch("getCriterionAggregates", criterionAggregates);
export const getGenderAggregates = cachedBySearch("getGenderAggregates", genderAggregates);
export const getGenderBreakdown = cachedBySearch("getGenderBreakdown", genderBreakdown);
export const getCategoryAggregates = cachedBySearch("getCategoryAggregates", categoryAggregates);
