import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/routing";
import type { ResolvedSearch } from "../search/resolve-search";
import { FUNDING_TABLES } from "./funding-tables";
import { PRINCIPLE_TABLES } from "./principle-tables";
import type { StatTable } from "./stat-table";

const TABLES = new Map([...FUNDING_TABLES, ...PRINCIPLE_TABLES].map((table) => [table.id, table]));

export const STAT_TABLE_IDS: readonly string[] = [...TABLES.keys()];

/** One table by its id, with headers in the locale's language (for its CSV download). */
export async function getStatTable(
  id: string,
  search: ResolvedSearch,
  locale: Locale,
): Promise<StatTable | undefined> {
  const table = TABLES.get(id);
  if (!table) return undefined;
  // A translator made from the messages themselves: this also serves API routes and scripts,
  // outside any page request.
  const messages = (await import(`../i18n/messages/${locale}.json`)).default;
  const translator = (namespace: string) => createTranslator({ locale, messages, namespace });
  return table.build(search, {
    locale,
    funding: translator("funding"),
    principles: translator("principles"),
    project: translator("project"),
    criteria: translator("criteria"),
  });
}
