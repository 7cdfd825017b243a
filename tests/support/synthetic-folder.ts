import fs from "node:fs/promises";
import path from "node:path";
import { renderProjectDocument } from "@/lib/ingest/render-document";
import { seededRandom, syntheticRecord } from "@/lib/ingest/synthetic";
import { scratchFolder } from "./run-cli";

/** A folder of `count` synthetic project descriptions (the same for the same seed). */
export async function syntheticFolder(count: number, seed = 2014): Promise<string> {
  const dir = await scratchFolder();
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) {
    const record = syntheticRecord(random, index);
    await fs.writeFile(
      path.join(dir, `doc_${String(index).padStart(5, "0")}.txt`),
      renderProjectDocument(record),
    );
  }
  return dir;
}

/** Every project's child rows, to compare a database with a reference import of the same files. */
export const CHILD_COUNTS_SQL = `SELECT p.code,
    (SELECT count(*) FROM sustainability_score s WHERE s.project_id = p.id) AS scores,
    (SELECT count(*) FROM project_co_implementer c WHERE c.project_id = p.id) AS co_implementers,
    (SELECT count(*) FROM project_municipality m WHERE m.project_id = p.id) AS municipalities,
    (SELECT count(*) FROM project_target_group t WHERE t.project_id = p.id) AS target_groups,
    (SELECT count(*) FROM gender_equality_answer g WHERE g.project_id = p.id) AS gender_answers
  FROM project p ORDER BY p.code`;
