/**
 * The writing stage: validated records into PostgreSQL through the import_project() function
 * (prisma/migrations/0002_import_project). One call writes one document inside its own
 * subtransaction, so many documents can share a transaction (and a commit) while each still
 * imports whole or not at all. A changed document updates its project in place and replaces its
 * child rows; an unchanged one (same hash) is not touched.
 */
import type pg from "pg";
import { SUSTAINABILITY_CRITERIA } from "../domain/criteria";
import { findQualityNotes } from "../domain/data-quality";
import type { ProjectRecord } from "../schemas/record";
import type { Problem } from "./problems";

export type WriteOutcome = "created" | "updated" | "unchanged";

export interface ProjectToWrite {
  file: string;
  record: ProjectRecord;
  /** Hash of the record and its warnings: equal hashes mean nothing to write. */
  hash: string;
  warnings: Problem[];
}

export type WriteResult = { outcome: WriteOutcome } | { error: string };

const CRITERION_POSITION = new Map<string, number>(
  SUSTAINABILITY_CRITERIA.map((criterion, i) => [criterion.key, i]),
);

function payload(record: ProjectRecord) {
  return {
    ...record,
    sustainability: record.sustainability.map((score) => ({
      ...score,
      position: CRITERION_POSITION.get(score.criterion) ?? 0,
    })),
  };
}

async function writeOne(client: pg.ClientBase, project: ProjectToWrite): Promise<WriteResult> {
  const { rows } = await client.query<{ outcome: string }>(
    "SELECT import_project($1::jsonb, $2, $3, $4::jsonb, $5::jsonb) AS outcome",
    [
      JSON.stringify(payload(project.record)),
      project.file,
      project.hash,
      JSON.stringify(project.warnings),
      JSON.stringify(findQualityNotes(project.record)),
    ],
  );
  const outcome = rows[0]?.outcome ?? "error: no answer from the database";
  return outcome.startsWith("error: ") ? { error: outcome.slice(7) } : { outcome: outcome as WriteOutcome };
}

/**
 * Writes a batch of documents in one transaction. If the transaction itself fails (not just a
 * document), the documents are written again one transaction each, so one cannot sink another.
 */
export async function writeProjects(
  client: pg.ClientBase,
  batch: readonly ProjectToWrite[],
): Promise<WriteResult[]> {
  try {
    await client.query("BEGIN");
    // A crash may lose the last batch (it is simply imported again), never half a document.
    await client.query("SET LOCAL synchronous_commit = off");
    const results: WriteResult[] = [];
    for (const project of batch) results.push(await writeOne(client, project));
    await client.query("COMMIT");
    return results;
  } catch {
    await client.query("ROLLBACK").catch(() => {});
    const results: WriteResult[] = [];
    for (const project of batch) {
      try {
        results.push(await writeOne(client, project));
      } catch (error) {
        results.push({ error: error instanceof Error ? error.message : String(error) });
      }
    }
    return results;
  }
}

/** What writing would do, without writing: for --dry-run. */
export async function predictOutcomes(
  client: pg.ClientBase,
  projects: readonly ProjectToWrite[],
): Promise<WriteOutcome[]> {
  const { rows } = await client.query<{ code: string; source_hash: string }>(
    "SELECT code, source_hash FROM project WHERE code = ANY($1)",
    [projects.map((project) => project.record.code)],
  );
  const existing = new Map(rows.map((row) => [row.code, row.source_hash]));
  return projects.map((project) => {
    const hash = existing.get(project.record.code);
    if (hash === undefined) return "created";
    return hash === project.hash ? "unchanged" : "updated";
  });
}
