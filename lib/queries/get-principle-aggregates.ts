import "server-only";
import { compareLabels } from "../format";
import { cachedBySearch } from "./data-version-cache";
import { noScores, principleSumsOf, type AnswerCounts, type ScoreSums } from "./principle-sums";
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

/** Sums of scores per criterion or category (exact integer sums of the groups'). */
async function scoreSums(search: ResolvedSearch, by: "criterion" | "category") {
  const sums = new Map<string, ScoreSums>();
  for (const group of (await principleSumsOf(search)).scores) {
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

/** Answered and yes per question, per group (null: one group, ""), over the search's projects. */
async function answerCounts(search: ResolvedSearch, by: "axis" | "orgType" | null): Promise<AnswerCounts> {
  return (await principleSumsOf(search)).answers[by ?? "all"];
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
    .sort((a, b) => compareLabels("fi")(a.group, b.group));
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
