/** Writes a project's web page and its structured items; links it to its project if known. */
import type pg from "pg";
import type { WebPageRecord } from "../schemas/record";
import type { WriteOutcome } from "./write-project";

async function findProjectId(client: pg.ClientBase, page: WebPageRecord): Promise<number | null> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT id FROM project WHERE code = $1
     UNION ALL SELECT id FROM project WHERE lower(name) = lower($2)
     LIMIT 1`,
    [page.projectCode, page.mentionedName],
  );
  return rows[0]?.id ?? null;
}

export async function writeWebPage(
  client: pg.ClientBase,
  page: WebPageRecord,
  source: { file: string; hash: string },
): Promise<{ outcome: WriteOutcome; linked: boolean }> {
  await client.query("BEGIN");
  try {
    const projectId = await findProjectId(client, page);
    const { rows: existing } = await client.query<{
      id: number;
      source_hash: string;
      project_id: number | null;
    }>("SELECT id, source_hash, project_id FROM project_web_page WHERE source_file = $1", [source.file]);
    const current = existing[0];
    if (current && current.source_hash === source.hash && current.project_id === projectId) {
      await client.query("COMMIT");
      return { outcome: "unchanged", linked: projectId !== null };
    }
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO project_web_page (project_id, project_code, title, full_text, source_file, source_hash)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (source_file) DO UPDATE SET project_id = EXCLUDED.project_id, project_code = EXCLUDED.project_code,
         title = EXCLUDED.title, full_text = EXCLUDED.full_text, source_hash = EXCLUDED.source_hash,
         imported_at = CURRENT_TIMESTAMP
       RETURNING id`,
      [projectId, page.projectCode, page.title, page.fullText, source.file, source.hash],
    );
    const webPageId = rows[0]?.id;
    await client.query("DELETE FROM web_page_item WHERE web_page_id = $1", [webPageId]);
    const positions = new Map<string, number>();
    const items = page.items.map((item) => {
      const position = positions.get(item.kind) ?? 0;
      positions.set(item.kind, position + 1);
      return { ...item, position };
    });
    await client.query(
      `INSERT INTO web_page_item (web_page_id, kind, position, number, title, title_en, description, author, year)
       SELECT $1, i.kind::"WebPageItemKind", i.position, i.number, i.title, i."titleEn", i.description, i.author, i.year
       FROM jsonb_to_recordset($2::jsonb) AS i(kind text, position integer, number text, title text, "titleEn" text,
         description text, author text, year integer)`,
      [webPageId, JSON.stringify(items)],
    );
    await client.query("SELECT bump_data_version()");
    await client.query("COMMIT");
    return { outcome: current ? "updated" : "created", linked: projectId !== null };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
