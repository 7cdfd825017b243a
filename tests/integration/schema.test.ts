import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The SQL migrations and the Prisma schema are written separately; this proves they agree by
// writing and reading back every model through the generated client.
describe("the migrated database is what the Prisma client expects", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("every model can be written and read back", async () => {
    const { prisma } = db;
    const axis = await prisma.priorityAxis.create({ data: { number: "3", name: "Työllisyys" } });
    const objective = await prisma.specificObjective.create({
      data: { number: "7.1", name: "Tuottavuus", priorityAxisId: axis.id },
    });
    const authority = await prisma.responsibleAuthority.create({ data: { name: "Etelä-Savon ELY-keskus" } });
    const organisation = await prisma.organisation.create({
      data: { businessId: "0171450-7", name: "Kuopion kaupunki", organisationType: "Kunta" },
    });
    const region = await prisma.region.create({ data: { name: "Pohjois-Savo" } });
    const subRegion = await prisma.subRegion.create({ data: { name: "Kuopion" } });
    const municipality = await prisma.municipality.create({ data: { name: "Kuopio" } });
    const project = await prisma.project.create({
      data: {
        code: "S00001",
        fund: "ESF",
        name: "Testihanke",
        priorityAxisId: axis.id,
        specificObjectiveId: objective.id,
        responsibleAuthorityId: authority.id,
        applicantOrganisationId: organisation.id,
        plannedStart: new Date("2020-01-01T00:00:00Z"),
        plannedEnd: new Date("2022-12-31T00:00:00Z"),
        grantedEuState: new Prisma.Decimal("1226328.50"),
        plannedPublicTotal: new Prisma.Decimal("1532910"),
        personsPlanned: 350,
        missingSections: ["9"],
        incomplete: true,
        sourceFile: "seeds/x.txt",
        sourceHash: "abc",
        sourceProblems: [{ severity: "warning", message: "m" }],
        coImplementers: {
          create: [
            { position: 0, name: "Savonia", businessId: "2629463-3", organisationId: organisation.id },
          ],
        },
        targetGroups: { create: [{ kind: "direct", text: "Henkilöstö" }] },
        regions: { create: [{ regionId: region.id, position: 0 }] },
        subRegions: { create: [{ subRegionId: subRegion.id, position: 0 }] },
        municipalities: { create: [{ municipalityId: municipality.id, position: 0 }] },
        genderAnswers: { create: [{ question: "mainGoal", answer: false, explanation: "Ei" }] },
        sustainability: {
          create: [
            {
              criterion: "wellbeing",
              category: "social",
              position: 10,
              direct: 10,
              indirect: 10,
              justification: null,
            },
          ],
        },
        qualityNotes: { create: [{ kind: "plannedPersonsMissing", detail: {} }] },
        webPages: {
          create: [
            {
              title: "Sivu",
              fullText: "Teksti",
              sourceFile: "seeds/page.txt",
              sourceHash: "def",
              items: {
                create: [{ kind: "thesis", position: 0, title: "Työ", author: "Tekijä", year: 2022 }],
              },
            },
          ],
        },
      },
    });

    const read = await prisma.project.findUniqueOrThrow({
      where: { id: project.id },
      include: {
        priorityAxis: true,
        specificObjective: true,
        responsibleAuthority: true,
        applicantOrganisation: true,
        coImplementers: { include: { organisation: true } },
        targetGroups: true,
        regions: { include: { region: true } },
        subRegions: { include: { subRegion: true } },
        municipalities: { include: { municipality: true } },
        genderAnswers: true,
        sustainability: true,
        qualityNotes: true,
        webPages: { include: { items: true } },
      },
    });
    expect(read.grantedEuState?.toString()).toBe("1226328.5");
    expect(read.plannedStart?.toISOString().slice(0, 10)).toBe("2020-01-01");
    expect(read.missingSections).toEqual(["9"]);
    expect(read.specificObjective?.number).toBe("7.1");
    expect(read.coImplementers[0]?.organisation?.name).toBe("Kuopion kaupunki");
    expect(read.regions[0]?.region.name).toBe("Pohjois-Savo");
    expect(read.subRegions[0]?.subRegion.name).toBe("Kuopion");
    expect(read.municipalities[0]?.municipality.name).toBe("Kuopio");
    expect(read.genderAnswers[0]).toMatchObject({ question: "mainGoal", answer: false });
    expect(read.sustainability[0]).toMatchObject({ criterion: "wellbeing", direct: 10 });
    expect(read.qualityNotes[0]?.kind).toBe("plannedPersonsMissing");
    expect(read.webPages[0]?.items[0]).toMatchObject({ kind: "thesis", year: 2022 });
    expect(read.sourceProblems).toEqual([{ severity: "warning", message: "m" }]);

    await prisma.seedFile.create({ data: { name: "a.txt", sha256: "00" } });
    expect((await prisma.seedFile.findUniqueOrThrow({ where: { name: "a.txt" } })).importedAt).toBeInstanceOf(
      Date,
    );
  });

  it("an import run can be written and read back", async () => {
    const run = await db.prisma.importRun.create({
      data: {
        startedAt: new Date("2026-01-01T10:00:00Z"),
        finishedAt: new Date("2026-01-01T10:00:05Z"),
        paths: ["seeds"],
        files: 5,
        created: 4,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        rejectedFiles: [{ file: "seeds/x.txt", problems: [{ severity: "error", message: "m" }] }],
      },
    });
    const read = await db.prisma.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(read).toMatchObject({ paths: ["seeds"], files: 5, rejected: 1 });
    expect(read.finishedAt.toISOString()).toBe("2026-01-01T10:00:05.000Z");
    expect(read.rejectedFiles).toEqual([
      { file: "seeds/x.txt", problems: [{ severity: "error", message: "m" }] },
    ]);
  });

  it("the database refuses scores outside 0–10", async () => {
    await expect(
      db.query(
        `INSERT INTO sustainability_score (project_id, criterion, category, position, direct, indirect)
         SELECT id, 'equality', 'social', 11, 11, 0 FROM project LIMIT 1`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
