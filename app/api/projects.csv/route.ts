import { respondConditionally } from "@/lib/api/conditional";
import { errorResponse } from "@/lib/api/errors";
import { pullStream } from "@/lib/http/stream";
import { streamProjectExportRows } from "@/lib/queries/project-export-rows";
import { parseListStateStrict } from "@/lib/search/list-state";
import { resolveSearch, type ResolvedSearch } from "@/lib/search/resolve-search";
import {
  CSV_DOWNLOAD_PARSERS,
  csvDialect,
  csvHeaderLine,
  projectCsvHeaders,
  type CsvDialect,
} from "@/lib/tables/csv-format";
import { PROJECT_CSV_COLUMNS, projectCsvLines } from "@/lib/tables/project-csv";

export const dynamic = "force-dynamic";

async function* csvPieces(search: ResolvedSearch, dialect: CsvDialect): AsyncGenerator<string> {
  yield csvHeaderLine(projectCsvHeaders(PROJECT_CSV_COLUMNS, dialect), dialect);
  // The columns straight from SQL through one cursor (not whole records), a batch per piece.
  for await (const rows of streamProjectExportRows(search)) yield projectCsvLines(rows, dialect);
}

/**
 * One row per project in the search's order (`sort=` as on the page), UTF-8 with a BOM so
 * spreadsheets open Finnish letters; pulled by the client (a slow reader holds the export back),
 * no row cap. `format=excel&lang=fi` for a spreadsheet (lib/tables/csv-format.ts), the machine CSV
 * by default.
 */
export async function GET(request: Request) {
  try {
    const state = parseListStateStrict(new URL(request.url).searchParams, ["sort"], CSV_DOWNLOAD_PARSERS);
    return await respondConditionally(request, async () => {
      const search = await resolveSearch(state);
      const dialect = csvDialect(state.format, state.lang);
      return new Response(pullStream(csvPieces(search, dialect)), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="esf-projects${state.format === "excel" ? "-excel" : ""}.csv"`,
        },
      });
    });
  } catch (error) {
    return errorResponse(error);
  }
}
