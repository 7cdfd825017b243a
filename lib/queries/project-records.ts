import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "../db";
import { jsonColumn } from "../database/json-column";
import { toIsoDate, toNumber } from "../database/values";
import { QUALITY_NOTE_KINDS, type QualityNoteKind } from "../domain/data-quality";
import type { Prisma } from "../generated/prisma/client";
import { problemSchema, type Problem } from "../ingest/problems";
import {
  projectRecordSchema,
  type ProgrammePeriod,
  type ProjectRecord,
  type SourceLanguage,
  type WebPageItem,
} from "../schemas/record";

const include = {
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

type ProjectRow = Prisma.ProjectGetPayload<{ include: typeof include }>;

const iso = toIsoDate;
const euros = toNumber;
const storedProblems = jsonColumn(z.array(problemSchema).nullable());
const noteDetail = jsonColumn(z.record(z.string(), z.unknown()).nullable());
const noteKind = z.enum(QUALITY_NOTE_KINDS);

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

export interface ProjectDetails {
  record: ProjectRecord;
  applicantOrganisationBusinessId: string | null;
  /** Business IDs of co-implementers known as organisations (for links). */
  qualityNotes: { kind: QualityNoteKind; detail: Record<string, unknown> }[];
  sourceFile: string;
  importedAt: string;
  warnings: Problem[];
  webPageItems: WebPageItem[];
  webPageTitle: string | null;
  /** The project's own web pages: their source, how they were linked, their narrative and items. */
  webPages: ProjectWebPageView[];
}

export interface ProjectWebPageView {
  title: string;
  /** The page's own address, when known. */
  address: string | null;
  sourceFile: string;
  /** code (printed on the page), flag (given at import), address or confirmed (by a person). */
  linkedBy: string | null;
  narrative: string[];
  items: WebPageItem[];
}

const toItem = (item: ProjectRow["webPages"][number]["items"][number]): WebPageItem => ({
  kind: item.kind,
  number: item.number,
  title: item.title,
  titleEn: item.titleEn,
  description: item.description,
  author: item.author,
  year: item.year,
});

/** One project's record and details; per request, so a page and its metadata share one query. */
export const getProject = cache(async (code: string): Promise<ProjectDetails | null> => {
  const row = await getDb().project.findUnique({ where: { code }, include });
  if (!row) return null;
  const page = row.webPages[0];
  return {
    record: toProjectRecord(row),
    applicantOrganisationBusinessId: row.applicantOrganisationId ? row.applicantBusinessId : null,
    qualityNotes: row.qualityNotes.map((note) => ({
      kind: noteKind.parse(note.kind),
      detail: noteDetail(note.detail, `quality note of ${row.code}`) ?? {},
    })),
    sourceFile: row.sourceFile,
    importedAt: row.importedAt.toISOString(),
    warnings: storedProblems(row.sourceProblems, `warnings of ${row.code}`) ?? [],
    webPageTitle: page?.title ?? null,
    webPageItems: (page?.items ?? []).map(toItem),
    webPages: row.webPages.map((webPage) => ({
      title: webPage.title,
      address: webPage.pageUrl,
      sourceFile: webPage.sourceFile,
      linkedBy: webPage.linkMethod,
      narrative: webPage.narrative,
      items: webPage.items.map(toItem),
    })),
  };
});

/** Canonical records for many projects, in the given order, loaded a chunk at a time. */
export async function* streamProjectRecords(
  codes: readonly string[],
  chunkSize = 200,
): AsyncGenerator<ProjectRecord> {
  for (let start = 0; start < codes.length; start += chunkSize) {
    const chunk = codes.slice(start, start + chunkSize);
    const rows = await getDb().project.findMany({ where: { code: { in: chunk } }, include });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const code of chunk) {
      const row = byCode.get(code);
      if (row) yield toProjectRecord(row);
    }
  }
}
