/**
 * The API's route handlers called as Next would route them, on the test database: the real
 * handlers, without starting a web server.
 */
import { GET as openapi } from "@/app/api/openapi.json/route";
import { GET as project } from "@/app/api/projects/[code]/route";
import { GET as projectsCsv } from "@/app/api/projects.csv/route";
import { GET as projectsJson } from "@/app/api/projects.json/route";
import { GET as table } from "@/app/api/tables/[file]/route";
import { GET as exportFile } from "@/app/api/exports/[version]/[file]/route";
import { GET as feed } from "@/app/projects/feed.xml/route";
import { GET as localeFeed } from "@/app/[locale]/projects/feed.xml/route";

export const ORIGIN = "http://registry.test";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
/** Each documented path and the route handler that serves it, as Next would route it. */
const ROUTES: [RegExp, Handler][] = [
  [/^\/api\/openapi\.json$/, openapi as Handler],
  [/^\/api\/projects\.json$/, projectsJson as Handler],
  [/^\/api\/projects\.csv$/, projectsCsv as Handler],
  [/^\/api\/projects\/(?<code>[^/]+)$/, project as Handler],
  [/^\/api\/tables\/(?<file>[^/]+)$/, table as Handler],
  [/^\/api\/exports\/(?<version>[^/]+)\/(?<file>[^/]+)$/, exportFile as Handler],
  [/^\/projects\/feed\.xml$/, feed as Handler],
  [/^\/(?<locale>[^/]+)\/projects\/feed\.xml$/, localeFeed as Handler],
];

export async function request(href: string, headers: HeadersInit = {}): Promise<Response> {
  const url = new URL(href, ORIGIN);
  for (const [pattern, handler] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (match)
      return handler(new Request(url, { headers }), { params: Promise.resolve({ ...match.groups }) });
  }
  throw new Error(`no route for ${href}`);
}
