/**
 * Links of a statistics table: its column headers sort it through the page's URL (`order=`,
 * one per table, repeated), and its CSV link carries the search's filters and the same order.
 */
import type { Locale } from "../i18n/routing";
import { filterQuery, type SearchFilters } from "../search/list-state";
import { csvDownloadHref, type CsvFormat } from "./csv-format";
import { formatTableOrder, type StatTable, type TableOrder } from "./stat-table";

/** The id of a statistics table's own element (its section has the table's id). */
export const tableAnchor = (tableId: string) => `${tableId}-table`;

/** The id of the link that sorts a statistics table by a column. */
const sortLinkAnchor = (tableId: string, column: string) => `${tableId}-sort-${column}`;

/**
 * The page's own address with this table's order changed and every other parameter kept, back at
 * the link that sorts it so.
 */
export function tableSortHref(pageQuery: URLSearchParams, tableId: string, order: TableOrder): string {
  const query = new URLSearchParams(pageQuery);
  const others = query.getAll("order").filter((value) => !value.startsWith(`${tableId}.`));
  query.delete("order");
  for (const value of [...others, formatTableOrder(tableId, order)]) query.append("order", value);
  return `?${query.toString()}#${sortLinkAnchor(tableId, order.column)}`;
}

/**
 * `/api/tables/<id>.csv?<filters>&lang=..&format=..&order=..` in either CSV variant: only an
 * order the table can follow.
 */
export function tableCsvHref(
  table: StatTable,
  filters: SearchFilters,
  locale: Locale,
  order: TableOrder | undefined,
  format: CsvFormat = "csv",
): string {
  const href = csvDownloadHref(`/api/tables/${table.id}.csv${filterQuery(filters)}`, format, locale);
  if (!order || !table.columns.some((column) => column.key === order.column)) return href;
  const orderQuery = new URLSearchParams({ order: formatTableOrder(table.id, order) });
  return `${href}${href.includes("?") ? "&" : "?"}${orderQuery.toString()}`;
}
