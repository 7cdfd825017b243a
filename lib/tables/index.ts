import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/routing";
import type { ProjectFilters } from "../schemas/search-params";
import { FUNDING_TABLE_IDS, getFundingTables } from "./funding-tables";
import { getPrincipleTables, getScoreTable, PRINCIPLE_TABLE_IDS, SCORE_TABLE_IDS } from "./principle-tables";
import type { StatTable } from "./stat-table";

export const STAT_TABLE_IDS: readonly string[] = [
  ...FUNDING_TABLE_IDS,
  ...PRINCIPLE_TABLE_IDS,
  ...Object.values(SCORE_TABLE_IDS),
];

/** One table by its id, with headers in the locale's language (for its CSV download). */
export async function getStatTable(
  id: string,
  filters: ProjectFilters,
  locale: Locale,
): Promise<StatTable | undefined> {
  // A translator made from the messages themselves: this also serves API routes and scripts,
  // outside any page request.
  const messages = (await import(`../i18n/messages/${locale}.json`)).default;
  const translator = (namespace: string) => createTranslator({ locale, messages, namespace });
  if ((FUNDING_TABLE_IDS as string[]).includes(id)) {
    const t = translator("funding");
    return (await getFundingTables(filters, t)).find((table) => table.id === id);
  }
  const scoreKind = (Object.keys(SCORE_TABLE_IDS) as (keyof typeof SCORE_TABLE_IDS)[]).find(
    (kind) => SCORE_TABLE_IDS[kind] === id,
  );
  if (scoreKind) {
    return getScoreTable(filters, scoreKind, {
      t: translator("principles"),
      p: translator("project"),
      c: translator("criteria"),
    });
  }
  if ((PRINCIPLE_TABLE_IDS as readonly string[]).includes(id)) {
    const [t, p, c] = [translator("principles"), translator("project"), translator("criteria")];
    const tables = await getPrincipleTables(filters, { t: t, p: p, c: c });
    return tables.find((table) => table.id === id);
  }
  return undefined;
}
