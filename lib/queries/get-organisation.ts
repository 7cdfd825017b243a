import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import { toIsoDate, toNumber } from "../database/values";

export interface OrganisationProject {
  code: string;
  name: string;
  role: "applicant" | "coImplementer";
  plannedStart: string | null;
  plannedEnd: string | null;
  plannedPublicTotal: number | null;
  realisedPublicTotal: number | null;
}

export interface RoleTotals {
  projects: number;
  plannedPublicTotal: number;
  realisedPublicTotal: number;
}

export interface OrganisationDetails {
  businessId: string;
  name: string;
  organisationType: string | null;
  projects: OrganisationProject[];
  /**
   * Public funding of the projects it applied for, and separately of the projects it took part
   * in as a co-implementer: the documents give no co-implementer's own share, so that budget is
   * the whole project's, never the organisation's own.
   */
  totals: Record<OrganisationProject["role"], RoleTotals>;
}

function roleTotals(projects: OrganisationProject[], role: OrganisationProject["role"]): RoleTotals {
  const mine = projects.filter((project) => project.role === role);
  return {
    projects: mine.length,
    plannedPublicTotal: mine.reduce((sum, project) => sum + (project.plannedPublicTotal ?? 0), 0),
    realisedPublicTotal: mine.reduce((sum, project) => sum + (project.realisedPublicTotal ?? 0), 0),
  };
}

/** One organisation and its projects; per request, so a page and its metadata share one query. */
export const getOrganisation = cache(async (businessId: string): Promise<OrganisationDetails | null> => {
  const db = getDb();
  const organisation = await db.organisation.findUnique({
    where: { businessId },
    include: {
      applicantOf: { orderBy: { plannedStart: "desc" } },
      coImplementerOf: { include: { project: true } },
    },
  });
  if (!organisation) return null;
  const asProject = (
    project: (typeof organisation.applicantOf)[number],
    role: OrganisationProject["role"],
  ): OrganisationProject => ({
    code: project.code,
    name: project.name,
    role,
    plannedStart: toIsoDate(project.plannedStart),
    plannedEnd: toIsoDate(project.plannedEnd),
    plannedPublicTotal: toNumber(project.plannedPublicTotal),
    realisedPublicTotal: toNumber(project.realisedPublicTotal),
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
      applicant: roleTotals(projects, "applicant"),
      coImplementer: roleTotals(projects, "coImplementer"),
    },
  };
});
