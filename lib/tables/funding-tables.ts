import "server-only";
import { absorptionHistogram } from "../domain/funding";
import {
  BREAKDOWNS,
  findAbsorptionRates,
  getFundingBreakdown,
  type Breakdown,
  type FundingRow,
} from "../queries/get-funding-breakdowns";
import type { ProjectFilters } from "../schemas/search-params";
import type { StatTable } from "./stat-table";

/** A next-intl translator for one namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const breakdownTableId = (by: Breakdown) => `funding-${by.toLowerCase()}`;
export const ABSORPTION_TABLE_ID = "funding-absorption";
export const FUNDING_TABLE_IDS = [...BREAKDOWNS.map(breakdownTableId), ABSORPTION_TABLE_ID];

/** Planned against realised public funding by one dimension, with funding per planned participant. */
export function breakdownTable(by: Breakdown, rows: FundingRow[], t: Translate): StatTable {
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
    rows: rows.map((row) => ({
      key: row.key,
      cells: [
        row.label,
        row.projects,
        row.plannedPublicTotal,
        row.realisedPublicTotal,
        row.absorptionRate,
        row.plannedPerParticipant === null ? null : Math.round(row.plannedPerParticipant),
        row.realisedPerParticipant === null ? null : Math.round(row.realisedPerParticipant),
      ],
    })),
  };
}

/** Projects per 10-point bin of absorption rate; projects with a missing figure are left out. */
export function absorptionTable(rates: (number | null)[], t: Translate): StatTable {
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
      cells: [
        index === bins.length - 1
          ? t("binLast", { from: bin.from })
          : t("binLabel", { from: bin.from, to: bin.to }),
        bin.projects,
      ],
    })),
  };
}

/** Every table of the funding page, in page order. */
export async function getFundingTables(filters: ProjectFilters, t: Translate): Promise<StatTable[]> {
  const [rates, ...breakdowns] = await Promise.all([
    findAbsorptionRates(filters),
    ...BREAKDOWNS.map((by) => getFundingBreakdown(filters, by)),
  ]);
  return [
    absorptionTable(rates, t),
    ...BREAKDOWNS.map((by, index) => breakdownTable(by, breakdowns[index] ?? [], t)),
  ];
}
