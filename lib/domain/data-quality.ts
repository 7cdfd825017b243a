/**
 * Data-quality observations about a record: not reasons to reject it, but facts a reader should
 * know before trusting its figures.
 */
import type { ProjectRecord } from "../schemas/record";
import { classificationYear, findUnknownPlaces } from "./places/classification";

/**
 * EU+state money is normally a fixed share of the planned public total (80 % in the Finnish ESF
 * programme; ERDF shares are lower). A share outside this band is worth a second look.
 */
export const USUAL_EU_STATE_SHARE = { min: 0.6, max: 0.95 } as const;

export const QUALITY_NOTE_KINDS = [
  "realisedAboveGranted",
  "realisedAbovePlanned",
  "euStateShareUnusual",
  "endedWithoutFinalReport",
  "plannedPersonsMissing",
  "incompleteRecord",
  "unknownPlace",
] as const;
export type QualityNoteKind = (typeof QUALITY_NOTE_KINDS)[number];

export interface QualityNote {
  kind: QualityNoteKind;
  detail: Record<string, number | string | null>;
}

export function findQualityNotes(record: ProjectRecord): QualityNote[] {
  const notes: QualityNote[] = [];
  const { grantedEuState, realisedEuState, plannedPublicTotal, realisedPublicTotal } = record.funding;
  if (grantedEuState !== null && realisedEuState !== null && realisedEuState > grantedEuState) {
    notes.push({
      kind: "realisedAboveGranted",
      detail: { granted: grantedEuState, realised: realisedEuState },
    });
  }
  if (
    plannedPublicTotal !== null &&
    realisedPublicTotal !== null &&
    realisedPublicTotal > plannedPublicTotal
  ) {
    notes.push({
      kind: "realisedAbovePlanned",
      detail: { planned: plannedPublicTotal, realised: realisedPublicTotal },
    });
  }
  // The usual share and the final-report section are the 2014–2020 programme's; the 2007–2013
  // descriptions are held to neither.
  const period2014 = record.programmePeriod === "2014-2020";
  if (period2014 && grantedEuState !== null && plannedPublicTotal !== null && plannedPublicTotal > 0) {
    const share = grantedEuState / plannedPublicTotal;
    if (share < USUAL_EU_STATE_SHARE.min || share > USUAL_EU_STATE_SHARE.max) {
      notes.push({ kind: "euStateShareUnusual", detail: { share: Math.round(share * 1000) / 1000 } });
    }
  }
  if (period2014 && record.status && /päättynyt/i.test(record.status) && record.finalReportSummary === null) {
    notes.push({ kind: "endedWithoutFinalReport", detail: { status: record.status } });
  }
  if (record.indicators.personsPlanned === null) {
    notes.push({ kind: "plannedPersonsMissing", detail: {} });
  }
  if (record.incomplete) {
    notes.push({
      kind: "incompleteRecord",
      detail: { missingSections: (record.missingSections ?? []).join(", ") },
    });
  }
  // A place name that matches no region, sub-region or municipality of Statistics Finland's
  // classification (in any year) is a typo or an unofficial area: it has no place in the tree.
  const unknownPlaces = findUnknownPlaces(record.geography, classificationYear(record.plannedStart));
  if (unknownPlaces.length > 0) {
    notes.push({
      kind: "unknownPlace",
      detail: { places: unknownPlaces.map((place) => `${place.name} (${place.level})`).join(", ") },
    });
  }
  return notes;
}
