/**
 * The writing stage: one validated record into PostgreSQL, inside the caller's transaction.
 * A changed document updates its project in place and replaces its child rows, so rows that
 * disappeared from the document disappear from the database too.
 */
import { SUSTAINABILITY_CRITERIA } from "../domain/criteria";
import { findQualityNotes } from "../domain/data-quality";
import type { Prisma } from "../generated/prisma/client";
import type { ProjectRecord } from "../schemas/record";
import type { Problem } from "./problems";

type Tx = Prisma.TransactionClient;

export interface SourceInfo {
  file: string;
  /** Hash of the record and its warnings: equal hashes mean nothing to write. */
  hash: string;
  warnings: Problem[];
}

export type WriteOutcome = "created" | "updated" | "unchanged";

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function organisationId(tx: Tx, businessId: string | null, name: string | null, type: string | null) {
  if (!businessId || !name) return null;
  const organisation = await tx.organisation.upsert({
    where: { businessId },
    create: { businessId, name, organisationType: type },
    update: type ? { name, organisationType: type } : { name },
    select: { id: true },
  });
  return organisation.id;
}

async function lookupIds(tx: Tx, record: ProjectRecord) {
  const axis = record.priorityAxis
    ? await tx.priorityAxis.upsert({
        where: { number: record.priorityAxis.number },
        create: { number: record.priorityAxis.number, name: record.priorityAxis.name ?? "" },
        update: record.priorityAxis.name ? { name: record.priorityAxis.name } : {},
        select: { id: true },
      })
    : null;
  const objective = record.specificObjective
    ? await tx.specificObjective.upsert({
        where: { number: record.specificObjective.number },
        create: {
          number: record.specificObjective.number,
          name: record.specificObjective.name ?? "",
          priorityAxisId: axis?.id ?? null,
        },
        update: {
          ...(record.specificObjective.name ? { name: record.specificObjective.name } : {}),
          ...(axis ? { priorityAxisId: axis.id } : {}),
        },
        select: { id: true },
      })
    : null;
  const authority = record.responsibleAuthority
    ? await tx.responsibleAuthority.upsert({
        where: { name: record.responsibleAuthority },
        create: { name: record.responsibleAuthority },
        update: {},
        select: { id: true },
      })
    : null;
  return { axisId: axis?.id ?? null, objectiveId: objective?.id ?? null, authorityId: authority?.id ?? null };
}

async function placeIds(tx: Tx, model: "region" | "subRegion" | "municipality", names: readonly string[]) {
  const ids: number[] = [];
  for (const name of new Set(names)) {
    const delegate = tx[model] as unknown as {
      upsert(args: {
        where: { name: string };
        create: { name: string };
        update: object;
        select: { id: true };
      }): Promise<{ id: number }>;
    };
    ids.push(
      (await delegate.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id,
    );
  }
  return ids;
}

export async function writeProject(tx: Tx, record: ProjectRecord, source: SourceInfo): Promise<WriteOutcome> {
  const existing = await tx.project.findUnique({
    where: { code: record.code },
    select: { id: true, sourceHash: true },
  });
  if (existing && existing.sourceHash === source.hash) return "unchanged";

  const { axisId, objectiveId, authorityId } = await lookupIds(tx, record);
  const applicantOrganisationId = await organisationId(
    tx,
    record.applicant.businessId,
    record.applicant.name,
    record.applicant.organisationType,
  );
  const address = record.geography.implementationAddress;
  const data = {
    fund: record.fund,
    name: record.name,
    priorityAxisId: axisId,
    specificObjectiveId: objectiveId,
    plannedStart: date(record.plannedStart),
    plannedEnd: date(record.plannedEnd),
    status: record.status,
    responsibleAuthorityId: authorityId,
    applicantOrganisationId,
    applicantName: record.applicant.name,
    applicantType: record.applicant.organisationType,
    applicantBusinessId: record.applicant.businessId,
    applicantStreetAddress: record.applicant.streetAddress,
    applicantPostalCode: record.applicant.postalCode,
    applicantPostOffice: record.applicant.postOffice,
    applicantPhone: record.applicant.phone,
    applicantWebsite: record.applicant.website,
    contactName: record.contact.name,
    contactTitle: record.contact.title,
    contactEmail: record.contact.email,
    contactPhone: record.contact.phone,
    applicantArrangement: record.applicantArrangement,
    summary: record.summary,
    finalReportSummary: record.finalReportSummary,
    grantedEuState: record.funding.grantedEuState,
    realisedEuState: record.funding.realisedEuState,
    plannedPublicTotal: record.funding.plannedPublicTotal,
    realisedPublicTotal: record.funding.realisedPublicTotal,
    implementationStreetAddress: address?.streetAddress ?? null,
    implementationPostalCode: address?.postalCode ?? null,
    implementationPostOffice: address?.postOffice ?? null,
    companiesPlanned: record.indicators.companiesPlanned,
    companiesRealised: record.indicators.companiesRealised,
    personsPlanned: record.indicators.personsPlanned,
    personsRealised: record.indicators.personsRealised,
    incomplete: record.incomplete ?? false,
    missingSections: record.missingSections ?? [],
    sourceFile: source.file,
    sourceHash: source.hash,
    sourceProblems: source.warnings as unknown as Prisma.InputJsonValue,
    updatedAt: new Date(),
  };

  let projectId: number;
  if (existing) {
    projectId = existing.id;
    await tx.project.update({ where: { id: projectId }, data });
    // Prisma queries are lazy: awaiting them one by one keeps the transaction's single
    // connection free of interleaved statements.
    for (const deletion of [
      tx.projectCoImplementer.deleteMany({ where: { projectId } }),
      tx.projectTargetGroup.deleteMany({ where: { projectId } }),
      tx.projectRegion.deleteMany({ where: { projectId } }),
      tx.projectSubRegion.deleteMany({ where: { projectId } }),
      tx.projectMunicipality.deleteMany({ where: { projectId } }),
      tx.genderEqualityAnswer.deleteMany({ where: { projectId } }),
      tx.sustainabilityScore.deleteMany({ where: { projectId } }),
      tx.dataQualityNote.deleteMany({ where: { projectId } }),
    ])
      await deletion;
  } else {
    projectId = (await tx.project.create({ data: { code: record.code, ...data }, select: { id: true } })).id;
  }

  await writeChildren(tx, projectId, record);
  await tx.$executeRaw`SELECT refresh_project_search(${projectId}::integer)`;
  return existing ? "updated" : "created";
}

async function writeChildren(tx: Tx, projectId: number, record: ProjectRecord) {
  const coImplementers = [];
  for (const [position, co] of record.coImplementers.entries()) {
    coImplementers.push({
      projectId,
      position,
      name: co.name,
      businessId: co.businessId,
      organisationId: await organisationId(tx, co.businessId, co.name, null),
    });
  }
  const [regions, subRegions, municipalities] = [
    await placeIds(tx, "region", record.geography.regions),
    await placeIds(tx, "subRegion", record.geography.subRegions),
    await placeIds(tx, "municipality", record.geography.municipalities),
  ];
  const targetGroups = (["direct", "indirect"] as const).flatMap((kind) => {
    const text = record.targetGroups[kind];
    return text ? [{ projectId, kind, text }] : [];
  });
  const genderAnswers = (["analysisDone", "mainstreamed", "mainGoal"] as const).flatMap((question) => {
    const answer = record.genderEquality[question];
    return answer ? [{ projectId, question, answer: answer.answer, explanation: answer.explanation }] : [];
  });
  const position = new Map(SUSTAINABILITY_CRITERIA.map((criterion, index) => [criterion.key, index]));

  for (const insert of [
    tx.projectCoImplementer.createMany({ data: coImplementers }),
    tx.projectTargetGroup.createMany({ data: targetGroups }),
    tx.projectRegion.createMany({
      data: regions.map((regionId, i) => ({ projectId, regionId, position: i })),
    }),
    tx.projectSubRegion.createMany({
      data: subRegions.map((subRegionId, i) => ({ projectId, subRegionId, position: i })),
    }),
    tx.projectMunicipality.createMany({
      data: municipalities.map((municipalityId, i) => ({ projectId, municipalityId, position: i })),
    }),
    tx.genderEqualityAnswer.createMany({ data: genderAnswers }),
    tx.sustainabilityScore.createMany({
      data: record.sustainability.map((score) => ({
        projectId,
        criterion: score.criterion,
        category: score.category,
        position: position.get(score.criterion) ?? 0,
        direct: score.direct,
        indirect: score.indirect,
        justification: score.justification,
      })),
    }),
    tx.dataQualityNote.createMany({
      data: findQualityNotes(record).map((note) => ({ projectId, kind: note.kind, detail: note.detail })),
    }),
  ])
    await insert;
}
