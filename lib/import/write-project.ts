/**
 * The writing stage: validated records into PostgreSQL. A batch is written set-based by
 * import_projects() (prisma/migrations/0004_import_projects_batch) in one transaction: one
 * statement per table for the whole batch. If that fails, it is rolled back and every document
 * is written again as a batch of one by import_project_alone() (0005), each inside its own
 * subtransaction, so a bad document cannot sink the others and each imports whole or not at
 * all. A changed document updates its project in place and replaces its child rows; an
 * unchanged one (same hash) is not touched. A transaction that changes anything also bumps the
 * registry's data version (prisma/migrations/0009_data_version), which readers cache by.
 */
import type pg from "pg";
import { findQualityNotes } from "../domain/data-quality";
import type { ProjectRecord } from "../schemas/record";
import { toBatchRows } from "./batch-rows";
import type { Problem } from "../ingest/problems";

export type WriteOutcome = "created" | "updated" | "unchanged";

export interface ProjectToWrite {
  file: string;
  record: ProjectRecord;
  /** Hash of the record and its warnings: equal hashes mean nothing to write. */
  hash: string;
  warnings: Problem[];
}

export type WriteResult = { outcome: WriteOutcome } | { error: string };

const OUTCOMES = new Set<string>(["created", "updated", "unchanged"] satisfies WriteOutcome[]);

const batchRows = (batch: readonly ProjectToWrite[]) =>
  JSON.stringify(
    toBatchRows(
      batch.map((project) => ({
        record: project.record,
        file: project.file,
        hash: project.hash,
        problems: project.warnings,
        notes: findQualityNotes(project.record),
      })),
    ),
  );

async function writeBatch(client: pg.ClientBase, batch: readonly ProjectToWrite[]): Promise<WriteResult[]> {
  const { rows } = await client.query<{ ord: number; outcome: string }>(
    "SELECT ord, outcome FROM import_projects($1::jsonb)",
    [batchRows(batch)],
  );
  if (rows.length !== batch.length || rows.some((row) => !OUTCOMES.has(row.outcome)))
    throw new Error("import_projects() did not report every document");
  return rows.map((row) => ({ outcome: row.outcome as WriteOutcome }));
}

/** One document in its own transaction: whole or not at all, with the database's reason. */
async function writeOne(client: pg.ClientBase, project: ProjectToWrite): Promise<WriteResult> {
  const { rows } = await client.query<{ outcome: string }>(
    "SELECT import_project_alone($1::jsonb) AS outcome",
    [batchRows([project])],
  );
  const outcome = rows[0]?.outcome ?? "error: no answer from the database";
  return outcome.startsWith("error: ") ? { error: outcome.slice(7) } : { outcome: outcome as WriteOutcome };
}

/**
 * Writes a batch of documents in one transaction, set-based. If anything in it fails (one bad
 * document, a deadlock with another import), it is rolled back and each document is written on
 * its own, so one document cannot sink another and each gets its own outcome and message.
 */
export async function writeProjects(
  client: pg.ClientBase,
  batch: readonly ProjectToWrite[],
): Promise<WriteResult[]> {
  try {
    // A synchronous commit (one WAL flush per batch of documents, cheap): what the report
    // counts as written survives a PostgreSQL crash right after it.
    await client.query("BEGIN");
    const results = await writeBatch(client, batch);
    if (results.some((result) => "outcome" in result && result.outcome !== "unchanged"))
      await client.query("SELECT bump_data_version()");
    await client.query("COMMIT");
    return results;
  } catch {
    await client.query("ROLLBACK").catch(() => {});
  }
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
