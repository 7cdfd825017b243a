import type { ProjectExportRow } from "@/lib/queries/project-export-rows";
import type { ProjectWebPageView } from "@/lib/queries/project-records";
import type { ProjectRecord } from "@/lib/schemas/record";

/** What the projects export takes from a whole record (as the API gives one, with its web pages). */
export const exportRowOf = (r: ProjectRecord & { webPages: ProjectWebPageView[] }): ProjectExportRow => ({
  code: r.code,
  fund: r.fund,
  name: r.name,
  priorityAxis: r.priorityAxis && { number: r.priorityAxis.number },
  specificObjective: r.specificObjective && { number: r.specificObjective.number },
  plannedStart: r.plannedStart,
  plannedEnd: r.plannedEnd,
  status: r.status,
  responsibleAuthority: r.responsibleAuthority,
  applicant: {
    name: r.applicant.name,
    businessId: r.applicant.businessId,
    organisationType: r.applicant.organisationType,
  },
  coImplementers: r.coImplementers.map(({ name }) => ({ name })),
  geography: {
    regions: r.geography.regions,
    subRegions: r.geography.subRegions,
    municipalities: r.geography.municipalities,
  },
  funding: r.funding,
  indicators: r.indicators,
  hasFinalReport: r.finalReportSummary !== null,
  webPageOutputs: r.webPages.reduce((sum, page) => sum + page.items.length, 0),
  incomplete: r.incomplete ?? false,
});

export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}
