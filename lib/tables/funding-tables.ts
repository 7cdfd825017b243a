import "server-only";
import { absorptionHistogram } from "../domain/funding";
import type { Locale } from "../i18n/routing";
import { groupLabel } from "../i18n/vocabulary";
import {
  BREAKDOWNS,
  findAbsorptionRates,
  getFundingBreakdown,
  type Breakdown,
  type FundingRow,
} from "../queries/get-funding-breakdowns";
import { defineTable, type StatTable, type TableDefinition, type Translate } from "./stat-table";

export const breakdownTableId = (by: Breakdown) => `funding-${by.toLowerCase()}`;
export const ABSORPTION_TABLE_ID = "funding-absorption";

/**
 * Planned against realised public funding by one dimension, with funding per planned participant;
 * vocabulary groups (axes, authorities, organisation types …) named in the locale's language.
 */
export function breakdownTable(by: Breakdown, rows: FundingRow[], t: Translate, locale: Locale): StatTable {
  return {
    id: breakdownTableId(by),
    title: t(`by.${by}`),
    columns: [
      { key: "group", header: t("column.group"), kind: "text" },
      { key: "projects", header: t("column.projects"), kind: "count" },
      { key: "planned", header: t("column.planned"), kind: "euro" },
      { key: "realised", header: t("column.realised"), kind: "euro" },
      { key: "absorption", header: t("column.absorption"), kind: "rate" },
      { key: "plannedPerParticipant", header: t("column.plannedPerParticipant"), kind: "euro" },
      { key: "realisedPerParticipant", header: t("column.realisedPerParticipant"), kind: "euro" },
    ],
    rows: rows.map((row) => {
      const group = groupLabel(by, row.key, row.label, locale);
      return {
        key: row.key,
        lang: group.lang,
        values: {
          group: group.text,
          projects: row.projects,
          planned: row.plannedPublicTotal,
          realised: row.realisedPublicTotal,
          absorption: row.absorptionRate,
          plannedPerParticipant:
            row.plannedPerParticipant === null ? null : Math.round(row.plannedPerParticipant),
          realisedPerParticipant:
            row.realisedPerParticipant === null ? null : Math.round(row.realisedPerParticipant),
        },
      };
    }),
  };
}

/** Projects per 10-point bin of absorption rate; projects with a missing figure are left out. */
export function absorptionTable(rates: Iterable<number | null>, t: Translate): StatTable {
  const bins = absorptionHistogram(rates);
  return {
    id: ABSORPTION_TABLE_ID,
    title: t("distribution"),
    columns: [
      { key: "bin", header: t("bin"), kind: "text" },
      { key: "projects", header: t("projects"), kind: "count" },
    ],
    rows: bins.map((bin, index) => ({
      key: String(bin.from),
      values: {
        bin:
          index === bins.length - 1
            ? t("binLast", { from: bin.from })
            : t("binLabel", { from: bin.from, to: bin.to }),
        projects: bin.projects,
      },
    })),
  };
}

/** The funding page's tables (the page builds them from the same rows its charts use). */
export const FUNDING_TABLES: TableDefinition[] = [
  defineTable(ABSORPTION_TABLE_ID, async (search, { funding }) =>
    absorptionTable(await findAbsorptionRates(search), funding),
  ),
  ...BREAKDOWNS.map((by) =>
    defineTable(breakdownTableId(by), async (search, { funding, locale }) =>
      breakdownTable(by, await getFundingBreakdown(search, by), funding, locale),
    ),
  ),
];
