/**
 * A project row with its relations (Prisma's typed include) and its canonical record. Not
 * "server-only" here: the page reads and the open-data export (a CLI step) share it.
 */
import { toIsoDate, toNumber } from "./values";
import type { Prisma } from "../generated/prisma/client";
import {
  projectRecordSchema,
  type ProgrammePeriod,
  type ProjectRecord,
  type SourceLanguage,
} from "../schemas/record";

export const projectRecordInclude = {
  priorityAxis: true,
  specificObjective: true,
  responsibleAuthority: true,
  coImplementers: { orderBy: { position: "asc" } },
  targetGroups: true,
  regions: { include: { region: true }, orderBy: { position: "asc" } },
  subRegions: { include: { subRegion: true }, orderBy: { position: "asc" } },
  municipalities: { include: { municipality: true }, orderBy: { position: "asc" } },
  genderAnswers: true,
  sustainability: { orderBy: { position: "asc" } },
  qualityNotes: true,
  webPages: {
    include: { items: { orderBy: [{ kind: "asc" }, { position: "asc" }] } },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.ProjectInclude;

export type ProjectRow = Prisma.ProjectGetPayload<{ include: typeof projectRecordInclude }>;

const iso = toIsoDate;
const euros = toNumber;

/** The canonical record, exactly as `npm run parse` printed it for the source document. */
export function toProjectRecord(row: ProjectRow): ProjectRecord {
  const answer = (question: "analysisDone" | "mainstreamed" | "mainGoal") => {
    const found = row.genderAnswers.find((candidate) => candidate.question === question);
    return found ? { answer: found.answer, explanation: found.explanation } : null;
  };
  const hasAddress =
    row.implementationStreetAddress || row.implementationPostalCode || row.implementationPostOffice;
  const record: ProjectRecord = {
    code: row.code,
    fund: row.fund,
    // Both are checked by the database and again by the schema below.
    programmePeriod: row.programmePeriod as ProgrammePeriod,
    sourceLanguage: row.sourceLanguage as SourceLanguage,
    name: row.name,
    priorityAxis: row.priorityAxis
      ? { number: row.priorityAxis.number, name: row.priorityAxis.name || null }
      : null,
    specificObjective: row.specificObjective
      ? { number: row.specificObjective.number, name: row.specificObjective.name || null }
      : null,
    plannedStart: iso(row.plannedStart),
    plannedEnd: iso(row.plannedEnd),
    status: row.status,
    responsibleAuthority: row.responsibleAuthority?.name ?? null,
    applicant: {
      name: row.applicantName,
      organisationType: row.applicantType,
      businessId: row.applicantBusinessId,
      streetAddress: row.applicantStreetAddress,
      postalCode: row.applicantPostalCode,
      postOffice: row.applicantPostOffice,
      phone: row.applicantPhone,
      website: row.applicantWebsite,
    },
    contact: {
      name: row.contactName,
      title: row.contactTitle,
      email: row.contactEmail,
      phone: row.contactPhone,
    },
    applicantArrangement: row.applicantArrangement,
    coImplementers: row.coImplementers.map((co) => ({ name: co.name, businessId: co.businessId })),
    summary: row.summary,
    targetGroups: {
      direct: row.targetGroups.find((group) => group.kind === "direct")?.text ?? null,
      indirect: row.targetGroups.find((group) => group.kind === "indirect")?.text ?? null,
    },
    funding: {
      grantedEuState: euros(row.grantedEuState),
      realisedEuState: euros(row.realisedEuState),
      plannedPublicTotal: euros(row.plannedPublicTotal),
      realisedPublicTotal: euros(row.realisedPublicTotal),
    },
    geography: {
      regions: row.regions.map((entry) => entry.region.name),
      subRegions: row.subRegions.map((entry) => entry.subRegion.name),
      municipalities: row.municipalities.map((entry) => entry.municipality.name),
      implementationAddress: hasAddress
        ? {
            streetAddress: row.implementationStreetAddress,
            postalCode: row.implementationPostalCode,
            postOffice: row.implementationPostOffice,
          }
        : null,
    },
    indicators: {
      companiesPlanned: row.companiesPlanned,
      companiesRealised: row.companiesRealised,
      personsPlanned: row.personsPlanned,
      personsRealised: row.personsRealised,
    },
    genderEquality: {
      analysisDone: answer("analysisDone"),
      mainstreamed: answer("mainstreamed"),
      mainGoal: answer("mainGoal"),
    },
    sustainability: row.sustainability.map((score) => ({
      category: score.category,
      criterion: score.criterion as ProjectRecord["sustainability"][number]["criterion"],
      direct: score.direct,
      indirect: score.indirect,
      justification: score.justification,
    })),
    finalReportSummary: row.finalReportSummary,
    ...(row.incomplete ? { incomplete: true as const, missingSections: row.missingSections } : {}),
  };
  return projectRecordSchema.parse(record);
}
