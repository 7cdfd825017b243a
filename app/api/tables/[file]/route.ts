import { respondConditionally } from "@/lib/api/conditional";
import { ApiError, errorResponse } from "@/lib/api/errors";
import { parseListStateStrict } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { getStatTable, STAT_TABLE_IDS } from "@/lib/tables";
import { CSV_DOWNLOAD_PARSERS, csvDialect, statTableCsv } from "@/lib/tables/csv-format";
import { sortTable, tableOrdersSchema } from "@/lib/tables/stat-table";

export const dynamic = "force-dynamic";

/**
 * `/api/tables/funding-axis.csv?<filters>&lang=en&order=funding-axis.planned.desc`: one table of
 * the funding or principles page as CSV (UTF-8 with a BOM), the same figures the page shows,
 * unformatted. Group names in `lang` (default Finnish); rows in `order` (default the page's
 * order); `format=excel` for a spreadsheet, headers in `lang` (lib/tables/csv-format.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const { file } = await params;
    const id = file.replace(/\.csv$/, "");
    if (!file.endsWith(".csv") || !STAT_TABLE_IDS.includes(id)) {
      throw new ApiError("not_found", `No table '${file}'`, [
        `tables: ${STAT_TABLE_IDS.map((t) => `${t}.csv`).join(", ")}`,
      ]);
    }
    const search = new URL(request.url).searchParams;
    const orderValues = search.getAll("order");
    const order = tableOrdersSchema.parse(orderValues)[id];
    if (orderValues.length > 1 || (orderValues.length === 1 && !order)) {
      throw new ApiError("invalid_parameters", "Bad query parameters", [
        `parameter 'order': expected one '${id}.<column>.<asc|desc>', got '${orderValues.join("', '")}'`,
      ]);
    }
    search.delete("order");
    const state = parseListStateStrict(search, [], CSV_DOWNLOAD_PARSERS);
    const { lang } = state;
    return await respondConditionally(request, async () => {
      const resolved = await resolveSearch(state);
      const table = await getStatTable(id, resolved, lang);
      if (!table) throw new ApiError("not_found", `No table '${file}'`);
      if (order && !table.columns.some((column) => column.key === order.column)) {
        throw new ApiError("invalid_parameters", "Bad query parameters", [
          `parameter 'order': '${order.column}' is not a column of ${id} (${table.columns.map((c) => c.key).join(", ")})`,
        ]);
      }
      const csv = statTableCsv(sortTable(table, order, lang), csvDialect(state.format, lang));
      return new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${id}${state.format === "excel" ? "-excel" : ""}.csv"`,
        },
      });
    });
  } catch (error) {
    return errorResponse(error);
  }
}
