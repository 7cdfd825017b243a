import "server-only";
import { getDb } from "../db";

export interface OrganisationProject {
  code: string;
  name: string;
  role: "applicant" | "coImplementer";
  plannedStart: string | null;
  plannedEnd: string | null;
  plannedPublicTotal: number | null;
  realisedPublicTotal: number | null;
}

export interface OrganisationDetails {
  businessId: string;
  name: string;
  organisationType: string | null;
  projects: OrganisationProject[];
  totals: {
    plannedPublicTotal: number;
    realisedPublicTotal: number;
    asApplicant: number;
    asCoImplementer: number;
  };
}

export async function getOrganisation(businessId: string): Promise<OrganisationDetails | null> {
  const db = getDb();
  const organisation = await db.organisation.findUnique({
    where: { businessId },
    include: {
      applicantOf: { orderBy: { plannedStart: "desc" } },
      coImplementerOf: { include: { project: true } },
    },
  });
  if (!organisation) return null;
  const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  const asProject = (
    project: (typeof organisation.applicantOf)[number],
    role: OrganisationProject["role"],
  ): OrganisationProject => ({
    code: project.code,
    name: project.name,
    role,
    plannedStart: iso(project.plannedStart),
    plannedEnd: iso(project.plannedEnd),
    plannedPublicTotal: project.plannedPublicTotal?.toNumber() ?? null,
    realisedPublicTotal: project.realisedPublicTotal?.toNumber() ?? null,
  });
  const projects = [
    ...organisation.applicantOf.map((project) => asProject(project, "applicant")),
    ...organisation.coImplementerOf.map((entry) => asProject(entry.project, "coImplementer")),
  ];
  return {
    businessId: organisation.businessId,
    name: organisation.name,
    organisationType: organisation.organisationType,
    projects,
    totals: {
      plannedPublicTotal: projects.reduce((sum, project) => sum + (project.plannedPublicTotal ?? 0), 0),
      realisedPublicTotal: projects.reduce((sum, project) => sum + (project.realisedPublicTotal ?? 0), 0),
      asApplicant: organisation.applicantOf.length,
      asCoImplementer: organisation.coImplementerOf.length,
    },
  };
}
