/**
 * /quality: how many projects carry each data-quality observation (counted through the search
 * registry's own `quality` filter, so each count is exactly what its search link finds), web
 * pages whose project is not in the registry, and the import history.
 */
import "server-only";
import { sql } from "kysely";
import { getDb, getKysely } from "../db";
import { jsonColumn } from "../database/json-column";
import { describeProblem } from "../ingest/problems";
import { rejectedFilesSchema } from "../schemas/import-run";
import { FILTERS } from "../search/filters";
import { cachedPerDataVersion } from "./data-version-cache";
import { projectsWhere } from "./find-projects";

export type QualityKind = (typeof FILTERS.quality.control.options)[number];
export const QUALITY_KINDS = FILTERS.quality.control.options;

export interface QualityOverview {
  projects: number;
  counts: { kind: QualityKind; projects: number }[];
  unlinkedWebPages: { title: string; projectCode: string | null }[];
}

export function getQualityOverview(): Promise<QualityOverview> {
  return cachedPerDataVersion("qualityOverview", async () => {
    const row = await projectsWhere([])
      .select([
        sql<string>`count(*)`.as("projects"),
        ...QUALITY_KINDS.map((kind) =>
          sql<string>`count(*) FILTER (WHERE ${FILTERS.quality.where([kind])})`.as(kind),
        ),
      ])
      .executeTakeFirstOrThrow();
    const values = row as Record<string, string | number | bigint>;
    const unlinked = await getKysely()
      .selectFrom("project_web_page")
      .select(["title", "project_code"])
      .where("project_id", "is", null)
      .orderBy("title")
      .execute();
    return {
      projects: Number(values.projects),
      counts: QUALITY_KINDS.map((kind) => ({ kind, projects: Number(values[kind]) })),
      unlinkedWebPages: unlinked.map((page) => ({ title: page.title, projectCode: page.project_code })),
    };
  });
}

export interface ImportRunView {
  id: number;
  startedAt: Date;
  finishedAt: Date;
  paths: string[];
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejectedFiles: { file: string; problems: string[] }[];
}

/** The latest import runs, newest first. */
export async function getImportHistory(limit = 20): Promise<ImportRunView[]> {
  const runs = await getDb().importRun.findMany({ orderBy: { finishedAt: "desc" }, take: limit });
  const readRejected = jsonColumn(rejectedFilesSchema);
  return runs.map((run) => ({
    ...run,
    rejectedFiles: readRejected(run.rejectedFiles, `import_run ${run.id}`).map((rejected) => ({
      file: rejected.file,
      problems: rejected.problems.map((problem) => `${problem.severity}: ${describeProblem(problem)}`),
    })),
  }));
}
