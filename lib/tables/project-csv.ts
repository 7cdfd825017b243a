/**
 * The results CSV (`/api/projects.csv`): its columns and one project's cells, in both variants
 * (lib/tables/csv-format.ts). Figures are numbers, texts as written; the writer neutralises them.
 */
import { absorptionRate } from "../domain/funding";
import type { ProjectExportRow } from "../queries/project-export-rows";
import { csvLine, type CsvDialect, type CsvValue } from "./csv-format";

export const PROJECT_CSV_COLUMNS = [
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
] as const;

/** One project's cells, in the columns' order. */
export function projectCsvRow(r: ProjectExportRow): CsvValue[] {
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

/** A batch of projects as the lines of the file, one piece to send. */
export function projectCsvLines(rows: readonly ProjectExportRow[], dialect: CsvDialect): string {
  let lines = "";
  for (const row of rows) lines += csvLine(projectCsvRow(row), dialect);
  return lines;
}
