/**
 * The comparison table's rows as typed values per project: the page only formats them. Pure.
 */
import { absorptionRate } from "../domain/funding";
import type { ProjectRecord } from "../schemas/record";

export const COMPARE_ROWS = [
  "period",
  "status",
  "authority",
  "applicant",
  "orgType",
  "regions",
  "planned",
  "realised",
  "absorption",
  "companies",
  "persons",
  "sustainability",
  "finalReport",
  "targetGroups",
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

export type CompareValue =
  /** Free text as published (Finnish). */
  | { kind: "text"; text: string | null }
  /** A closed vocabulary's canonical value, shown in the page's language. */
  | { kind: "vocabulary"; vocabulary: "status" | "authority" | "orgType"; value: string | null }
  | { kind: "places"; names: string[] }
  | { kind: "euro"; value: number | null }
  | { kind: "rate"; value: number | null }
  | { kind: "dates"; start: string | null; end: string | null }
  | { kind: "plannedRealised"; planned: number | null; realised: number | null }
  | { kind: "averages"; direct: number | null; indirect: number | null }
  | { kind: "yesNo"; value: boolean };

const average = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
const TARGET_GROUP_LENGTH = 160;

export function compareValue(row: CompareRow, r: ProjectRecord): CompareValue {
  switch (row) {
    case "period":
      return { kind: "dates", start: r.plannedStart, end: r.plannedEnd };
    case "status":
      return { kind: "vocabulary", vocabulary: "status", value: r.status };
    case "authority":
      return { kind: "vocabulary", vocabulary: "authority", value: r.responsibleAuthority };
    case "applicant":
      return { kind: "text", text: r.applicant.name };
    case "orgType":
      return { kind: "vocabulary", vocabulary: "orgType", value: r.applicant.organisationType };
    case "regions":
      return { kind: "places", names: r.geography.regions };
    case "planned":
      return { kind: "euro", value: r.funding.plannedPublicTotal };
    case "realised":
      return { kind: "euro", value: r.funding.realisedPublicTotal };
    case "absorption":
      return {
        kind: "rate",
        value: absorptionRate(r.funding.plannedPublicTotal, r.funding.realisedPublicTotal),
      };
    case "companies":
      return {
        kind: "plannedRealised",
        planned: r.indicators.companiesPlanned,
        realised: r.indicators.companiesRealised,
      };
    case "persons":
      return {
        kind: "plannedRealised",
        planned: r.indicators.personsPlanned,
        realised: r.indicators.personsRealised,
      };
    case "sustainability":
      return {
        kind: "averages",
        direct: average(r.sustainability.map((s) => s.direct)),
        indirect: average(r.sustainability.map((s) => s.indirect)),
      };
    case "finalReport":
      return { kind: "yesNo", value: r.finalReportSummary !== null };
    case "targetGroups": {
      const text = r.targetGroups.direct;
      return {
        kind: "text",
        text: text && text.length > TARGET_GROUP_LENGTH ? `${text.slice(0, TARGET_GROUP_LENGTH)}…` : text,
      };
    }
  }
}
