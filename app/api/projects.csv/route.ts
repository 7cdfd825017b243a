import { respondConditionally } from "@/lib/api/conditional";
import { errorResponse } from "@/lib/api/errors";
import { absorptionRate } from "@/lib/domain/funding";
import { pullStream } from "@/lib/http/stream";
import { streamProjectExportRows, type ProjectExportRow } from "@/lib/queries/project-export-rows";
import { parseListStateStrict } from "@/lib/search/list-state";
import { resolveSearch, type ResolvedSearch } from "@/lib/search/resolve-search";
import {
  CSV_DOWNLOAD_PARSERS,
  csvDialect,
  csvHeaderLine,
  csvLine,
  projectCsvHeaders,
  type CsvDialect,
  type CsvValue,
} from "@/lib/tables/csv-format";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "code",
  "fund",
  "name",
  "priority_axis",
  "specific_objective",
  "planned_start",
  "planned_end",
  "status",
  "responsible_authority",
  "applicant",
  "applicant_business_id",
  "applicant_organisation_type",
  "co_implementers",
  "regions",
  "sub_regions",
  "municipalities",
  "granted_eu_state_eur",
  "realised_eu_state_eur",
  "planned_public_total_eur",
  "realised_public_total_eur",
  "absorption_rate",
  "companies_planned",
  "companies_realised",
  "persons_planned",
  "persons_realised",
  "has_final_report",
  "incomplete",
  "web_page_outputs",
];

/** One CSV row per project: figures as numbers, texts as written (neutralised by the CSV writer). */
function projectRow(r: ProjectExportRow): CsvValue[] {
  const rate = absorptionRate(r.funding.plannedPublicTotal, r.funding.realisedPublicTotal);
  return [
    r.code,
    r.fund,
    r.name,
    r.priorityAxis?.number,
    r.specificObjective?.number,
    r.plannedStart,
    r.plannedEnd,
    r.status,
    r.responsibleAuthority,
    r.applicant.name,
    r.applicant.businessId,
    r.applicant.organisationType,
    r.coImplementers.map((co) => co.name).join("; "),
    r.geography.regions.join("; "),
    r.geography.subRegions.join("; "),
    r.geography.municipalities.join("; "),
    r.funding.grantedEuState,
    r.funding.realisedEuState,
    r.funding.plannedPublicTotal,
    r.funding.realisedPublicTotal,
    rate === null ? null : Number(rate.toFixed(4)),
    r.indicators.companiesPlanned,
    r.indicators.companiesRealised,
    r.indicators.personsPlanned,
    r.indicators.personsRealised,
    r.hasFinalReport,
    Boolean(r.incomplete),
    r.webPageOutputs,
  ];
}

async function* csvPieces(search: ResolvedSearch, dialect: CsvDialect): AsyncGenerator<string> {
  yield csvHeaderLine(projectCsvHeaders(COLUMNS, dialect), dialect);
  // The 27 columns straight from SQL in batches (not whole records): the export's speed.
  for await (const row of streamProjectExportRows(search)) yield csvLine(projectRow(row), dialect);
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
