import "server-only";
import { sql } from "kysely";
import { matching, type ResolvedSearch } from "../search/resolve-search";
import { cachedBySearch } from "./data-version-cache";
import { projectsWhere } from "./find-projects";

/** Entries in a search's feed: enough for a reader polling now and then. */
export const FEED_SIZE = 50;

export interface FeedProject {
  code: string;
  name: string;
  applicantName: string | null;
  summary: string | null;
  importedAt: Date;
  updatedAt: Date;
}

/** The search's projects, most recently created or changed first. */
async function findFeedProjects(search: ResolvedSearch): Promise<FeedProject[]> {
  const rows = await projectsWhere(matching(search))
    .select(["p.code", "p.name", "p.applicant_name", "p.summary", "p.imported_at", "p.updated_at"])
    .orderBy(sql`greatest(p.updated_at, p.imported_at)`, "desc")
    .orderBy("p.code")
    .limit(FEED_SIZE)
    .execute();
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    applicantName: row.applicant_name,
    summary: row.summary,
    importedAt: new Date(row.imported_at),
    updatedAt: new Date(row.updated_at),
  }));
}

export const getFeedProjects = cachedBySearch("feedProjects", findFeedProjects);
