import "server-only";
import { cachedBySearch } from "./data-version-cache";
import { matchedRows } from "./index-search";
import { getPrincipleIndex, rowMask } from "./principle-index";
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

/** Sums of scores over the search's projects, per criterion or category, from the principle index. */
async function scoreSums(search: ResolvedSearch, by: "criterion" | "category") {
  const { index, rows } = await matchedRows(search);
  const [principles, mask] = [await getPrincipleIndex(index), rowMask(index, rows)];
  const sums = new Map<
    string,
    {
      n: number;
      direct: number;
      indirect: number;
      squares: number;
      withEffect: number;
      min: number;
      max: number;
    }
  >();
  for (const group of principles.scores) {
    const key = group[by];
    const sum = sums.get(key) ?? {
      n: 0,
      direct: 0,
      indirect: 0,
      squares: 0,
      withEffect: 0,
      min: Infinity,
      max: -Infinity,
    };
    sums.set(key, sum);
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

/** Answered and yes per question, per group (null: one group, ""), over the search's projects. */
async function answerCounts(search: ResolvedSearch, by: "axis" | "orgType" | null) {
  const { index, rows } = await matchedRows(search);
  const [principles, mask] = [await getPrincipleIndex(index), rowMask(index, rows)];
  const column = by ? index.facets[by] : null;
  const counts = new Map<string, Map<string, { answered: number; yes: number }>>();
  const add = (group: string, question: string, answer: number) => {
    const questions = counts.get(group) ?? new Map<string, { answered: number; yes: number }>();
    counts.set(group, questions);
    const count = questions.get(question) ?? { answered: 0, yes: 0 };
    questions.set(question, count);
    if (answer >= 0) count.answered++;
    if (answer === 1) count.yes++;
  };
  for (const group of principles.answers)
    for (let i = 0; i < group.rows.length; i++) {
      const row = group.rows[i]!;
      if (row < 0 || mask[row] !== 1) continue;
      if (!column) add("", group.question, group.answers[i]!);
      else
        for (let c = column.offsets[row]!; c < column.offsets[row + 1]!; c++)
          add(column.labels[column.codes[c]!]!, group.question, group.answers[i]!);
    }
  return counts;
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
