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
  return defineTable(SCORE_TABLE_IDS[kind], async (filters, { principles: t, criteria: c }) => ({
    title: t("heatmap"),
    columns: [
      { key: "code", header: t("code"), kind: "text" },
      { key: "name", header: t("project"), kind: "text" },
      ...CRITERION_KEYS.map((key) => ({ key, header: c(key), kind: "count" as const })),
    ],
    rows: (await findScoreRows(filters, kind)).map((row) => ({
      key: row.code,
      cells: [row.code, row.name, ...row.scores],
    })),
  }));
}

function genderBreakdownTable(id: string, by: "axis" | "orgType", titleKey: string): TableDefinition {
  return defineTable(id, async (filters, { principles: t, locale }) => ({
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
    rows: (await getGenderBreakdown(filters, by)).map((row) => {
      const group = groupLabel(by, row.group, row.group, locale);
      return {
        key: row.group,
        lang: group.lang,
        cells: [
          group.text,
          ...GENDER_QUESTIONS.flatMap((question) => [
            row.shares[question].share,
            row.shares[question].answered,
          ]),
        ],
      };
    }),
  }));
}

const genderTable = defineTable("principles-gender", async (filters, { principles: t, project: p }) => ({
  title: t("gender"),
  columns: [
    { key: "question", header: t("question"), kind: "text" },
    { key: "yes", header: t("yes"), kind: "count" },
    { key: "answered", header: t("answered"), kind: "count" },
    { key: "share", header: t("share"), kind: "rate" },
  ],
  rows: (await getGenderAggregates(filters)).map((row) => ({
    key: row.question,
    cells: [p(`question.${row.question}`), row.yes, row.answered, row.shareYes],
  })),
}));

const categoryTable = defineTable(
  "principles-categories",
  async (filters, { principles: t, project: p }) => ({
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
    rows: (await getCategoryAggregates(filters)).map((row) => ({
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
  }),
);

const criteriaTable = defineTable(
  "principles-criteria",
  async (filters, { principles: t, project: p, criteria: c }) => ({
    title: t("sustainability"),
    columns: [
      { key: "criterion", header: t("criterion"), kind: "text" },
      { key: "category", header: t("category"), kind: "text" },
      { key: "averageDirect", header: t("averageDirect"), kind: "score" },
      { key: "averageIndirect", header: t("averageIndirect"), kind: "score" },
      { key: "shareWithEffect", header: t("shareWithEffect"), kind: "rate" },
      { key: "projects", header: t("projects"), kind: "count" },
    ],
    rows: (await getCriterionAggregates(filters)).map((row) => ({
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
