import "server-only";
import { CRITERION_KEYS, GENDER_QUESTIONS } from "../domain/criteria";
import { findScoreRows } from "../queries/find-principle-details";
import {
  getCategoryAggregates,
  getCriterionAggregates,
  getGenderAggregates,
  getGenderBreakdown,
  type GenderBreakdownRow,
} from "../queries/get-principle-aggregates";
import type { ProjectFilters } from "../schemas/search-params";
import type { Translate } from "./funding-tables";
import type { StatTable } from "./stat-table";

/** Every project's 15 scores: the heatmap's data in full (a download, not shown as a table). */
export const SCORE_TABLE_IDS = {
  direct: "principles-scores-direct",
  indirect: "principles-scores-indirect",
} as const;

export async function getScoreTable(
  filters: ProjectFilters,
  kind: "direct" | "indirect",
  { t, c }: PrincipleTranslators,
): Promise<StatTable> {
  const rows = await findScoreRows(filters, kind);
  return {
    id: SCORE_TABLE_IDS[kind],
    title: t("heatmap"),
    columns: [
      { key: "code", header: t("code"), kind: "text" },
      { key: "name", header: t("project"), kind: "text" },
      ...CRITERION_KEYS.map((key) => ({ key, header: c(key), kind: "count" as const })),
    ],
    rows: rows.map((row) => ({ key: row.code, cells: [row.code, row.name, ...row.scores] })),
  };
}

export const PRINCIPLE_TABLE_IDS = [
  "principles-gender",
  "principles-gender-axis",
  "principles-gender-orgtype",
  "principles-categories",
  "principles-criteria",
] as const;

/** Translators for the principles page, the record's labels and the criteria names. */
export interface PrincipleTranslators {
  t: Translate;
  p: Translate;
  c: Translate;
}

function genderBreakdownTable(
  id: string,
  title: string,
  rows: GenderBreakdownRow[],
  { t }: PrincipleTranslators,
): StatTable {
  return {
    id,
    title,
    columns: [
      { key: "group", header: t("group"), kind: "text" },
      ...GENDER_QUESTIONS.flatMap((question) => [
        { key: question, header: `${t(`shortQuestion.${question}`)}: ${t("share")}`, kind: "rate" as const },
        {
          key: `${question}Answered`,
          header: `${t(`shortQuestion.${question}`)}: ${t("answered")}`,
          kind: "count" as const,
        },
      ]),
    ],
    rows: rows.map((row) => ({
      key: row.group,
      cells: [
        row.group,
        ...GENDER_QUESTIONS.flatMap((question) => [
          row.shares[question].share,
          row.shares[question].answered,
        ]),
      ],
    })),
  };
}

/** Every table of the principles page except the heatmap (a page of projects, not an aggregate). */
export async function getPrincipleTables(
  filters: ProjectFilters,
  translators: PrincipleTranslators,
): Promise<StatTable[]> {
  const { t, p, c } = translators;
  const [gender, byAxis, byOrgType, categories, criteria] = await Promise.all([
    getGenderAggregates(filters),
    getGenderBreakdown(filters, "axis"),
    getGenderBreakdown(filters, "orgType"),
    getCategoryAggregates(filters),
    getCriterionAggregates(filters),
  ]);
  return [
    {
      id: "principles-gender",
      title: t("gender"),
      columns: [
        { key: "question", header: t("question"), kind: "text" },
        { key: "yes", header: t("yes"), kind: "count" },
        { key: "answered", header: t("answered"), kind: "count" },
        { key: "share", header: t("share"), kind: "rate" },
      ],
      rows: gender.map((row) => ({
        key: row.question,
        cells: [p(`question.${row.question}`), row.yes, row.answered, row.shareYes],
      })),
    },
    genderBreakdownTable("principles-gender-axis", t("genderByAxis"), byAxis, translators),
    genderBreakdownTable("principles-gender-orgtype", t("genderByOrgType"), byOrgType, translators),
    {
      id: "principles-categories",
      title: t("byCategory"),
      columns: [
        { key: "category", header: t("category"), kind: "text" },
        { key: "averageDirect", header: t("averageDirect"), kind: "score" },
        { key: "averageIndirect", header: t("averageIndirect"), kind: "score" },
        { key: "deviation", header: t("deviation"), kind: "score" },
        { key: "min", header: t("minDirect"), kind: "count" },
        { key: "max", header: t("maxDirect"), kind: "count" },
        { key: "scores", header: t("scores"), kind: "count" },
      ],
      rows: categories.map((row) => ({
        key: row.category,
        cells: [
          p(`category.${row.category}`),
          row.averageDirect,
          row.averageIndirect,
          row.deviationDirect,
          row.minDirect,
          row.maxDirect,
          row.scores,
        ],
      })),
    },
    {
      id: "principles-criteria",
      title: t("sustainability"),
      columns: [
        { key: "criterion", header: t("criterion"), kind: "text" },
        { key: "category", header: t("category"), kind: "text" },
        { key: "averageDirect", header: t("averageDirect"), kind: "score" },
        { key: "averageIndirect", header: t("averageIndirect"), kind: "score" },
        { key: "shareWithEffect", header: t("shareWithEffect"), kind: "rate" },
        { key: "projects", header: t("projects"), kind: "count" },
      ],
      rows: criteria.map((row) => ({
        key: row.criterion,
        cells: [
          c(row.criterion),
          p(`category.${row.category}`),
          row.averageDirect,
          row.averageIndirect,
          row.shareWithEffect,
          row.projects,
        ],
      })),
    },
  ];
}
