/**
 * A search's Atom feed: the projects matching the search page's parameters, newest or most
 * recently changed first, each linking to its page. The feed takes exactly the page's filters.
 */
import "server-only";
import { createTranslator } from "next-intl";
import { respondConditionally } from "../api/conditional";
import { localePath } from "../i18n/locale";
import type { Locale } from "../i18n/routing";
import { getDataVersion } from "../queries/data-version-cache";
import { getFeedProjects } from "../queries/find-feed-entries";
import { filterQuery, parseListStateStrict } from "../search/list-state";
import { resolveSearch } from "../search/resolve-search";
import { renderAtom } from "./atom";

/** `/projects/feed.xml?<filters>` (or under /en): the feed of that search, in that language. */
export function searchFeedPath(locale: Locale, query: string): string {
  return `${localePath(locale, "/projects/feed.xml")}${query}`;
}

export async function searchFeedResponse(request: Request, locale: Locale): Promise<Response> {
  const url = new URL(request.url);
  const state = parseListStateStrict(url.searchParams);
  return respondConditionally(request, async () => {
    const search = await resolveSearch(state);
    const [projects, { changedAt }, messages] = await Promise.all([
      getFeedProjects(search),
      getDataVersion(),
      import(`../i18n/messages/${locale}.json`).then((module) => module.default),
    ]);
    const t = createTranslator({ locale, messages, namespace: "feed" });
    const query = filterQuery(state);
    const absolute = (path: string) => new URL(path, url.origin).href;
    const searchPage = absolute(`${localePath(locale, "/projects")}${query}`);
    const xml = renderAtom({
      id: absolute(searchFeedPath(locale, query)),
      title: query
        ? t("titleFiltered", { filters: decodeURIComponent(query.slice(1)).replace(/&/g, ", ") })
        : t("title"),
      language: locale,
      self: absolute(searchFeedPath(locale, query)),
      alternate: searchPage,
      author: t("author"),
      updated: projects[0] ? projects[0].updatedAt : changedAt,
      entries: projects.map((project) => ({
        id: absolute(localePath(locale, `/projects/${project.code}`)),
        title: `${project.code} ${project.name}`,
        link: absolute(localePath(locale, `/projects/${project.code}`)),
        published: project.importedAt,
        updated: project.updatedAt,
        summary: [project.applicantName, project.summary].filter(Boolean).join("\n\n") || null,
      })),
    });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  });
}
