/** Writes a project's web page and its structured items, linked to its project when known. */
import type pg from "pg";
import type { WebPageRecord } from "../schemas/record";
import { decideLink, type PageLink } from "./web-page-links";
import type { WriteOutcome } from "./write-project";

export async function writeWebPage(
  client: pg.ClientBase,
  page: WebPageRecord,
  source: { file: string; hash: string },
  given: { projectCode?: string } = {},
): Promise<{ outcome: WriteOutcome; link: PageLink }> {
  await client.query("BEGIN");
  try {
    const { rows: existing } = await client.query<{
      id: number;
      source_hash: string;
      project_id: number | null;
      project_code: string | null;
      link_method: string | null;
      link_candidates: unknown;
    }>(
      `SELECT id, source_hash, project_id, project_code, link_method, link_candidates
       FROM project_web_page WHERE source_file = $1`,
      [source.file],
    );
    const current = existing[0];
    const link = await decideLink(client, page, given, current);
    if (
      current &&
      current.source_hash === source.hash &&
      current.project_id === link.projectId &&
      current.link_method === link.method &&
      JSON.stringify(current.link_candidates) === JSON.stringify(link.candidates)
    ) {
      await client.query("COMMIT");
      return { outcome: "unchanged", link };
    }
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO project_web_page (project_id, project_code, title, full_text, source_file, source_hash,
         page_url, link_method, link_candidates, narrative)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (source_file) DO UPDATE SET project_id = EXCLUDED.project_id, project_code = EXCLUDED.project_code,
         title = EXCLUDED.title, full_text = EXCLUDED.full_text, source_hash = EXCLUDED.source_hash,
         page_url = EXCLUDED.page_url, link_method = EXCLUDED.link_method,
         link_candidates = EXCLUDED.link_candidates, narrative = EXCLUDED.narrative,
         imported_at = CURRENT_TIMESTAMP
       RETURNING id`,
      [
        link.projectId,
        link.projectCode,
        page.title,
        page.fullText,
        source.file,
        source.hash,
        page.pageUrl,
        link.method,
        JSON.stringify(link.candidates),
        page.narrative,
      ],
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
    return { outcome: current ? "updated" : "created", link };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
