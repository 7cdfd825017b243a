/**
 * Links of a statistics table: its column headers sort it through the page's URL (`order=`,
 * one per table, repeated), and its CSV link carries the search's filters and the same order.
 */
import { filterQuery, type SearchFilters } from "../search/list-state";
import { formatTableOrder, type StatTable, type TableOrder } from "./stat-table";

/** The page's own address with this table's order changed and every other parameter kept. */
export function tableSortHref(pageQuery: URLSearchParams, tableId: string, order: TableOrder): string {
  const query = new URLSearchParams(pageQuery);
  const others = query.getAll("order").filter((value) => !value.startsWith(`${tableId}.`));
  query.delete("order");
  for (const value of [...others, formatTableOrder(tableId, order)]) query.append("order", value);
  return `?${query.toString()}#${tableId}`;
}

/** `/api/tables/<id>.csv?<filters>&lang=..&order=..`: only an order the table can follow. */
export function tableCsvHref(
  table: StatTable,
  filters: SearchFilters,
  locale: string,
  order: TableOrder | undefined,
): string {
  const query = new URLSearchParams(filterQuery(filters));
  query.set("lang", locale);
  if (order && table.columns.some((column) => column.key === order.column))
    query.set("order", formatTableOrder(table.id, order));
  return `/api/tables/${table.id}.csv?${query.toString()}`;
}
