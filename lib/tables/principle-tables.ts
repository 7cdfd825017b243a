import "server-only";
import { CRITERION_KEYS, GENDER_QUESTIONS } from "../domain/criteria";
import { groupLabel } from "../i18n/vocabulary";
import { findScoreRows } from "../queries/find-principle-details";
import {
  getCategoryAggregates,
  getCriterionAggregates,
  getGenderAggregates,
  getGenderBreakdown,
} from "../queries/get-principle-aggregates";
import { defineTable, type TableDefinition } from "./stat-table";

/** Every project's 15 scores: the heatmap's data in full (a download, not shown as a table). */
export const SCORE_TABLE_IDS = {
  direct: "principles-scores-direct",
  indirect: "principles-scores-indirect",
} as const;

function scoreTable(kind: "direct" | "indirect"): TableDefinition {
  return defineTable(SCORE_TABLE_IDS[kind], async (search, { principles: t, criteria: c }) => ({
    title: t("heatmap"),
    columns: [
      { key: "code", header: t("code"), kind: "text" },
      { key: "name", header: t("project"), kind: "text" },
      ...CRITERION_KEYS.map((key) => ({ key, header: c(key), kind: "count" as const })),
    ],
    rows: (await findScoreRows(search, kind)).map((row) => ({
      key: row.code,
      values: {
        code: row.code,
        name: row.name,
        ...Object.fromEntries(CRITERION_KEYS.map((key, index) => [key, row.scores[index] ?? null])),
      },
    })),
  }));
}

function genderBreakdownTable(id: string, by: "axis" | "orgType", titleKey: string): TableDefinition {
  return defineTable(id, async (search, { principles: t, locale }) => ({
    title: t(titleKey),
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
    rows: (await getGenderBreakdown(search, by)).map((row) => {
      const group = groupLabel(by, row.group, row.group, locale);
      return {
        key: row.group,
        lang: group.lang,
        values: {
          group: group.text,
          ...Object.fromEntries(
            GENDER_QUESTIONS.flatMap((question) => [
              [question, row.shares[question].share],
              [`${question}Answered`, row.shares[question].answered],
            ]),
          ),
        },
      };
    }),
  }));
}

const genderTable = defineTable("principles-gender", async (search, { principles: t, project: p }) => ({
  title: t("gender"),
  columns: [
    { key: "question", header: t("question"), kind: "text" },
    { key: "yes", header: t("yes"), kind: "count" },
    { key: "answered", header: t("answered"), kind: "count" },
    { key: "share", header: t("share"), kind: "rate" },
  ],
  rows: (await getGenderAggregates(search)).map((row) => ({
    key: row.question,
    values: {
      question: p(`question.${row.question}`),
      yes: row.yes,
      answered: row.answered,
      share: row.shareYes,
    },
  })),
}));

const categoryTable = defineTable("principles-categories", async (search, { principles: t, project: p }) => ({
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
  rows: (await getCategoryAggregates(search)).map((row) => ({
    key: row.category,
    values: {
      category: p(`category.${row.category}`),
      averageDirect: row.averageDirect,
      averageIndirect: row.averageIndirect,
      deviation: row.deviationDirect,
      min: row.minDirect,
      max: row.maxDirect,
      scores: row.scores,
    },
  })),
}));

const criteriaTable = defineTable(
  "principles-criteria",
  async (search, { principles: t, project: p, criteria: c }) => ({
    title: t("sustainability"),
    columns: [
      { key: "criterion", header: t("criterion"), kind: "text" },
      { key: "category", header: t("category"), kind: "text" },
      { key: "averageDirect", header: t("averageDirect"), kind: "score" },
      { key: "averageIndirect", header: t("averageIndirect"), kind: "score" },
      { key: "shareWithEffect", header: t("shareWithEffect"), kind: "rate" },
      { key: "projects", header: t("projects"), kind: "count" },
    ],
    rows: (await getCriterionAggregates(search)).map((row) => ({
      key: row.criterion,
      values: {
        criterion: c(row.criterion),
        category: p(`category.${row.category}`),
        averageDirect: row.averageDirect,
        averageIndirect: row.averageIndirect,
        shareWithEffect: row.shareWithEffect,
        projects: row.projects,
      },
    })),
  }),
);

/** The principles page's tables (the heatmap aside: a page of projects, not an aggregate). */
export const PRINCIPLE_PAGE_TABLES = {
  gender: genderTable,
  genderByAxis: genderBreakdownTable("principles-gender-axis", "axis", "genderByAxis"),
  genderByOrgType: genderBreakdownTable("principles-gender-orgtype", "orgType", "genderByOrgType"),
  categories: categoryTable,
  criteria: criteriaTable,
};

/** Every principles table, the full score tables included. */
export const PRINCIPLE_TABLES: TableDefinition[] = [
  ...Object.values(PRINCIPLE_PAGE_TABLES),
  scoreTable("direct"),
  scoreTable("indirect"),
];
