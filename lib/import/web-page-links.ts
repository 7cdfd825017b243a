/**
 * Linking stored web pages to projects (IO): deciding a page's link when it is written, listing
 * the pages still waiting with their candidates, and a person's confirmation (`npm run link`).
 */
import type pg from "pg";
import {
  addressMatches,
  linkCandidates,
  type LinkableProject,
  type LinkCandidate,
} from "../domain/web-page-link";
import type { WebPageRecord } from "../schemas/record";

export type LinkMethod = "code" | "flag" | "address" | "confirmed";

export interface PageLink {
  projectId: number | null;
  /** The project's code (printed, given or matched); null while waiting for confirmation. */
  projectCode: string | null;
  method: LinkMethod | null;
  candidates: LinkCandidate[];
}

async function projectIdOf(client: pg.ClientBase, code: string): Promise<number | null> {
  const { rows } = await client.query<{ id: number }>("SELECT id FROM project WHERE code = $1", [code]);
  return rows[0]?.id ?? null;
}

async function linkableProjects(client: pg.ClientBase): Promise<(LinkableProject & { id: number })[]> {
  const { rows } = await client.query<LinkableProject & { id: number }>(
    "SELECT id, code, name, applicant_website AS website FROM project ORDER BY code",
  );
  return rows;
}

/**
 * A page's link, in order: the code given at import, the code the page prints, a link a person
 * confirmed or gave earlier (kept when the page is imported again), its address under exactly
 * one project's WWW-osoite; else no link, with the candidates a person may confirm.
 */
export async function decideLink(
  client: pg.ClientBase,
  page: Pick<WebPageRecord, "title" | "mentionedName" | "pageUrl" | "fullText" | "projectCode">,
  given: { projectCode?: string },
  existing:
    { project_id: number | null; project_code: string | null; link_method: string | null } | undefined,
): Promise<PageLink> {
  const byCode = async (code: string, method: LinkMethod): Promise<PageLink> => ({
    projectId: await projectIdOf(client, code),
    projectCode: code,
    method,
    candidates: [],
  });
  if (given.projectCode) return byCode(given.projectCode, "flag");
  if (page.projectCode) return byCode(page.projectCode, "code");
  if (
    existing &&
    (existing.link_method === "confirmed" || existing.link_method === "flag") &&
    existing.project_code
  )
    return byCode(existing.project_code, existing.link_method);
  const projects = await linkableProjects(client);
  const byAddress = addressMatches(page, projects);
  if (byAddress.length === 1) {
    const project = projects.find((candidate) => candidate.code === byAddress[0]!.code)!;
    return { projectId: project.id, projectCode: project.code, method: "address", candidates: [] };
  }
  return { projectId: null, projectCode: null, method: null, candidates: linkCandidates(page, projects) };
}

/** Pages imported before their project: linked once the project with their code is in. */
export async function linkWaitingPages(client: pg.ClientBase): Promise<void> {
  await client.query(
    `UPDATE project_web_page w SET project_id = p.id FROM project p
     WHERE w.project_id IS NULL AND w.project_code = p.code AND w.link_method IS NOT NULL`,
  );
}

export interface WaitingPage {
  id: number;
  sourceFile: string;
  title: string;
  pageUrl: string | null;
  candidates: LinkCandidate[];
}

/** Pages with no project, each with its candidates as the registry stands now. */
export async function listWaitingPages(client: pg.ClientBase): Promise<WaitingPage[]> {
  const { rows } = await client.query<{
    id: number;
    source_file: string;
    title: string;
    page_url: string | null;
    full_text: string;
    project_code: string | null;
  }>(
    `SELECT id, source_file, title, page_url, full_text, project_code FROM project_web_page
     WHERE project_id IS NULL ORDER BY source_file`,
  );
  const projects = rows.length > 0 ? await linkableProjects(client) : [];
  return rows.map((row) => ({
    id: row.id,
    sourceFile: row.source_file,
    title: row.title,
    pageUrl: row.page_url,
    candidates: linkCandidates(
      { title: row.title, mentionedName: null, pageUrl: row.page_url, fullText: row.full_text },
      projects,
    ),
  }));
}

export class LinkError extends Error {}

/** A person's confirmation: the page (its id or source file) belongs to the project. */
export async function confirmLink(
  client: pg.ClientBase,
  page: string,
  code: string,
): Promise<{ sourceFile: string; previous: string | null }> {
  const projectId = await projectIdOf(client, code);
  if (projectId === null) throw new LinkError(`no project with the code ${code} in the registry`);
  const { rows } = await client.query<{ id: number; source_file: string; project_code: string | null }>(
    `SELECT id, source_file, project_code FROM project_web_page
     WHERE source_file = $1 OR id::text = $1 ORDER BY source_file = $1 DESC LIMIT 1`,
    [page],
  );
  const found = rows[0];
  if (!found)
    throw new LinkError(`no stored web page '${page}' (give its number or file as listed by --list)`);
  await client.query(
    `UPDATE project_web_page SET project_id = $2, project_code = $3, link_method = 'confirmed',
       link_candidates = '[]' WHERE id = $1`,
    [found.id, projectId, code],
  );
  return { sourceFile: found.source_file, previous: found.project_code };
}
