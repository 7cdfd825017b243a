import { errorResponse } from "@/lib/api/errors";
import { parseProjectListStrict } from "@/lib/api/strict-params";
import { CSV_BOM, toCsvLines, type CsvCell } from "@/lib/csv";
import { absorptionRate } from "@/lib/domain/funding";
import { pullStream } from "@/lib/http/stream";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectRecords } from "@/lib/queries/project-records";
import type { ProjectRecord } from "@/lib/schemas/record";

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
];

/** One CSV row per project: figures as numbers, texts as written (neutralised by the CSV writer). */
function projectRow(r: ProjectRecord): CsvCell[] {
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
    r.finalReportSummary ? "yes" : "no",
    r.incomplete ? "yes" : "no",
  ];
}

async function* csvPieces(codes: readonly string[]): AsyncGenerator<string> {
  yield CSV_BOM + toCsvLines([COLUMNS]);
  for await (const record of streamProjectRecords(codes)) yield toCsvLines([projectRow(record)]);
}

/** One row per project, UTF-8 with a BOM so spreadsheets open Finnish letters; streamed, no row cap. */
export async function GET(request: Request) {
  try {
    const params = parseProjectListStrict(new URL(request.url).searchParams);
    const codes = await findProjectCodes(params);
    return new Response(pullStream(csvPieces(codes)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="esf-projects.csv"',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
