import "server-only";
import { getDb } from "../db";
import { projectRecordInclude as include, toProjectRecord } from "../database/project-record";
import type { QualityNoteKind } from "../domain/data-quality";
import type { Problem } from "../ingest/problems";
import type { ProjectRecord, WebPageItem } from "../schemas/record";

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
}

export async function getProject(code: string): Promise<ProjectDetails | null> {
  const row = await getDb().project.findUnique({ where: { code }, include });
  if (!row) return null;
  const page = row.webPages[0];
  return {
    record: toProjectRecord(row),
    applicantOrganisationBusinessId: row.applicantOrganisationId ? row.applicantBusinessId : null,
    qualityNotes: row.qualityNotes.map((note) => ({
      kind: note.kind as QualityNoteKind,
      detail: (note.detail ?? {}) as Record<string, unknown>,
    })),
    sourceFile: row.sourceFile,
    importedAt: row.importedAt.toISOString(),
    warnings: (row.sourceProblems ?? []) as unknown as Problem[],
    webPageTitle: page?.title ?? null,
    webPageItems: (page?.items ?? []).map((item) => ({
      kind: item.kind,
      number: item.number,
      title: item.title,
      titleEn: item.titleEn,
      description: item.description,
      author: item.author,
      year: item.year,
    })),
  };
}

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
