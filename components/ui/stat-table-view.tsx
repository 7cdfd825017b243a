import { getTranslations } from "next-intl/server";
import { formatEuro, formatNumber, formatPercent } from "@/lib/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchFilters } from "@/lib/search/list-state";
import {
  inherentOrder,
  sortTable,
  type CellKind,
  type CellValue,
  type StatColumn,
  type StatRow,
  type StatTable,
  type TableOrder,
} from "@/lib/tables/stat-table";
import { tableAnchor, tableCsvHref, tableSortHref } from "@/lib/tables/table-links";
import { CsvLinks } from "./csv-links";
import { DataTable, type TextCell } from "./data-table";

function formatCell(value: CellValue, kind: CellKind, locale: Locale): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  switch (kind) {
    case "euro":
      return formatEuro(value, locale);
    case "rate":
      return formatPercent(value, locale);
    case "score":
      return formatNumber(value, locale, 2);
    default:
      return formatNumber(value, locale);
  }
}

/**
 * A statistics table on a page: formatted for the locale, each column header a link that sorts
 * by it (the order rides in the URL as `order=`, so a sorted view can be shared and works
 * without JavaScript), and a link to the same table as CSV.
 */
export async function StatTableView({
  table,
  locale,
  order,
  pageQuery,
  filters,
  captionHidden = true,
  cellHref,
}: {
  table: StatTable;
  locale: Locale;
  order: TableOrder | undefined;
  /** The page's current URL parameters: sort links keep them and change this table's order. */
  pageQuery: URLSearchParams;
  /** The search's filters, for the CSV link. */
  filters: SearchFilters;
  captionHidden?: boolean;
  /** Makes a cell a link (a drill-down) where this gives a path, given the row and column keys. */
  cellHref?: (rowKey: string, columnKey: string) => string | null;
}) {
  const t = await getTranslations("table");
  const sorted = sortTable(table, order, locale);
  // What the headers show: the address's order, or the one the rows are in by themselves.
  const shown = order ?? inherentOrder(table, locale);
  const sortHref = (column: string, direction: TableOrder["direction"]) =>
    tableSortHref(pageQuery, table.id, { column, direction });
  const render = (row: StatRow, column: StatColumn, lang?: string): TextCell | string => {
    const text = formatCell(row.values[column.key] ?? null, column.kind, locale);
    const href = cellHref?.(row.key, column.key);
    if (!href && !lang) return text;
    // Only the keys it uses: an undefined one would still be written into the hydration data.
    return { text, ...(lang && { lang }), ...(href && { href: getPathname({ href, locale }) }) };
  };
  return (
    <div className="space-y-1">
      <DataTable
        caption={table.title}
        captionHidden={captionHidden}
        testId={table.id}
        id={tableAnchor(table.id)}
        columns={sorted.columns.map((column) => {
          const current = shown?.column === column.key ? shown.direction : undefined;
          // Figures read best largest first; names from A.
          const first = column.kind === "text" ? "asc" : "desc";
          const next = current ? (current === "asc" ? "desc" : "asc") : first;
          return {
            header: column.header,
            numeric: column.kind !== "text",
            sort: {
              href: sortHref(column.key, next),
              current: current === "asc" ? "ascending" : current === "desc" ? "descending" : undefined,
              hint:
                current === "asc"
                  ? t("sortAscending")
                  : current === "desc"
                    ? t("sortDescending")
                    : t("sortHint"),
            },
          };
        })}
        rows={sorted.rows.map((row) => ({
          key: row.key,
          header: render(row, sorted.columns[0]!, row.lang ?? undefined),
          cells: sorted.columns.slice(1).map((column) => render(row, column)),
        }))}
      />
      <CsvLinks
        label={t("download")}
        href={(format) => tableCsvHref(table, filters, locale, order, format)}
      />
    </div>
  );
}
