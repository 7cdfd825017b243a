import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { respondConditionally } from "@/lib/api/conditional";
import { errorResponse } from "@/lib/api/errors";
import { parseListStateStrict } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { absorptionRate } from "@/lib/domain/funding";
import { findProjectCodes } from "@/lib/queries/find-projects";
import { streamProjectRecords } from "@/lib/queries/project-records";

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

/** One row per project in the search's order (`sort=` as on the page), UTF-8 with a BOM so spreadsheets open Finnish letters; streamed, no row cap. */
export async function GET(request: Request) {
  try {
    const state = parseListStateStrict(new URL(request.url).searchParams, ["sort"]);
    return await respondConditionally(request, async () => {
      const codes = await findProjectCodes(await resolveSearch(state));
      const csv = stringify({ header: true, columns: COLUMNS, bom: true });
      (async () => {
        for await (const r of streamProjectRecords(codes)) {
          const rate = absorptionRate(r.funding.plannedPublicTotal, r.funding.realisedPublicTotal);
          csv.write([
            r.code,
            r.fund,
            r.name,
            r.priorityAxis?.number ?? "",
            r.specificObjective?.number ?? "",
            r.plannedStart ?? "",
            r.plannedEnd ?? "",
            r.status ?? "",
            r.responsibleAuthority ?? "",
            r.applicant.name ?? "",
            r.applicant.businessId ?? "",
            r.applicant.organisationType ?? "",
            r.coImplementers.map((co) => co.name).join("; "),
            r.geography.regions.join("; "),
            r.geography.subRegions.join("; "),
            r.geography.municipalities.join("; "),
            r.funding.grantedEuState ?? "",
            r.funding.realisedEuState ?? "",
            r.funding.plannedPublicTotal ?? "",
            r.funding.realisedPublicTotal ?? "",
            rate === null ? "" : rate.toFixed(4),
            r.indicators.companiesPlanned ?? "",
            r.indicators.companiesRealised ?? "",
            r.indicators.personsPlanned ?? "",
            r.indicators.personsRealised ?? "",
            r.finalReportSummary ? "yes" : "no",
            r.incomplete ? "yes" : "no",
          ]);
        }
        csv.end();
      })().catch((error) => csv.destroy(error));
      return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="esf-projects.csv"',
        },
      });
    });
  } catch (error) {
    return errorResponse(error);
  }
}
