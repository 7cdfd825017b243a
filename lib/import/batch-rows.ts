/**
 * A batch of validated records as flat table rows, the shape import_projects()
 * (prisma/migrations/0004_import_projects_batch) reads with jsonb_to_recordset: one array per
 * table, every row keyed by its document's position (`ord`, from 1). Flattening here keeps the
 * SQL set-based and cheap: each statement scans its own small array instead of digging every
 * value out of whole nested records. Keys are the column names the SQL declares.
 */
import { criterionPosition, GENDER_QUESTIONS } from "../domain/criteria";
import type { QualityNote } from "../domain/data-quality";
import type { ProjectRecord } from "../schemas/record";
import type { Problem } from "../ingest/problems";

export interface BatchDocument {
  record: ProjectRecord;
  file: string;
  hash: string;
  problems: Problem[];
  notes: QualityNote[];
}

/** Names listed twice in one field count once, at their first position. */
function places(ord: number, names: readonly string[]) {
  return [...new Set(names)].map((name, position) => ({ ord, position, name }));
}

export function toBatchRows(documents: readonly BatchDocument[]) {
  const rows = {
    documents: [] as Record<string, unknown>[],
    organisations: [] as {
      ord: number;
      position: number;
      business_id: string;
      name: string;
      type: string | null;
    }[],
    co_implementers: [] as { ord: number; position: number; name: string; business_id: string | null }[],
    target_groups: [] as { ord: number; kind: "direct" | "indirect"; text: string }[],
    regions: [] as { ord: number; position: number; name: string }[],
    sub_regions: [] as { ord: number; position: number; name: string }[],
    municipalities: [] as { ord: number; position: number; name: string }[],
    gender: [] as { ord: number; question: string; answer: boolean | null; explanation: string | null }[],
    scores: [] as {
      ord: number;
      criterion: string;
      category: string;
      position: number;
      direct: number;
      indirect: number;
      justification: string | null;
    }[],
    notes: [] as { ord: number; kind: string; detail: QualityNote["detail"] }[],
  };
  documents.forEach(({ record, file, hash, problems, notes }, index) => {
    const ord = index + 1;
    const { applicant, contact, funding, indicators, geography, targetGroups } = record;
    const address = geography.implementationAddress;
    rows.documents.push({
      ord,
      code: record.code,
      source_hash: hash,
      source_file: file,
      source_problems: problems,
      fund: record.fund,
      programme_period: record.programmePeriod,
      source_language: record.sourceLanguage,
      name: record.name,
      axis_number: record.priorityAxis?.number ?? null,
      axis_name: record.priorityAxis?.name ?? null,
      objective_number: record.specificObjective?.number ?? null,
      objective_name: record.specificObjective?.name ?? null,
      planned_start: record.plannedStart,
      planned_end: record.plannedEnd,
      status: record.status,
      authority: record.responsibleAuthority,
      applicant_name: applicant.name,
      applicant_type: applicant.organisationType,
      applicant_business_id: applicant.businessId,
      applicant_street_address: applicant.streetAddress,
      applicant_postal_code: applicant.postalCode,
      applicant_post_office: applicant.postOffice,
      applicant_phone: applicant.phone,
      applicant_website: applicant.website,
      contact_name: contact.name,
      contact_title: contact.title,
      contact_email: contact.email,
      contact_phone: contact.phone,
      applicant_arrangement: record.applicantArrangement,
      summary: record.summary,
      final_report_summary: record.finalReportSummary,
      granted_eu_state: funding.grantedEuState,
      realised_eu_state: funding.realisedEuState,
      planned_public_total: funding.plannedPublicTotal,
      realised_public_total: funding.realisedPublicTotal,
      implementation_street_address: address?.streetAddress ?? null,
      implementation_postal_code: address?.postalCode ?? null,
      implementation_post_office: address?.postOffice ?? null,
      companies_planned: indicators.companiesPlanned,
      companies_realised: indicators.companiesRealised,
      persons_planned: indicators.personsPlanned,
      persons_realised: indicators.personsRealised,
      incomplete: record.incomplete ?? false,
      missing_sections: record.missingSections ?? [],
      target_groups_text: [targetGroups.direct, targetGroups.indirect].filter(Boolean).join(" "),
    });
    if (applicant.businessId && applicant.name)
      rows.organisations.push({
        ord,
        position: -1,
        business_id: applicant.businessId,
        name: applicant.name,
        type: applicant.organisationType,
      });
    record.coImplementers.forEach((coImplementer, position) => {
      rows.co_implementers.push({
        ord,
        position,
        name: coImplementer.name,
        business_id: coImplementer.businessId,
      });
      if (coImplementer.businessId)
        rows.organisations.push({
          ord,
          position,
          business_id: coImplementer.businessId,
          name: coImplementer.name,
          type: null,
        });
    });
    for (const kind of ["direct", "indirect"] as const) {
      const text = targetGroups[kind];
      if (text !== null) rows.target_groups.push({ ord, kind, text });
    }
    rows.regions.push(...places(ord, geography.regions));
    rows.sub_regions.push(...places(ord, geography.subRegions));
    rows.municipalities.push(...places(ord, geography.municipalities));
    for (const question of GENDER_QUESTIONS) {
      const answer = record.genderEquality[question];
      if (answer) rows.gender.push({ ord, question, answer: answer.answer, explanation: answer.explanation });
    }
    for (const score of record.sustainability)
      rows.scores.push({ ord, ...score, position: criterionPosition(score.criterion) });
    for (const note of notes) rows.notes.push({ ord, kind: note.kind, detail: note.detail });
  });
  return rows;
}

export type BatchRows = ReturnType<typeof toBatchRows>;
