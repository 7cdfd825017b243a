import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { filterQuery, hasActiveFilters, type ProjectFilters } from "@/lib/schemas/search-params";

/** Says which projects the figures cover, and links to the search with the same filters. */
export async function FilterScope({
  filters,
  count,
  basePath,
}: {
  filters: ProjectFilters;
  count: number;
  /** This page's path, for the "all projects" link. */
  basePath: string;
}) {
  const t = await getTranslations("funding");
  const query = filterQuery(filters);
  return (
    <p className="rounded bg-slate-50 p-3" data-testid="filter-scope">
      {t("scope", { count })}{" "}
      <Link href={query ? `/projects?${query}` : "/projects"}>{t("editFilters")}</Link>
      {hasActiveFilters(filters) && (
        <>
          {" · "}
          <Link href={basePath}>{t("allProjects")}</Link>
        </>
      )}
    </p>
  );
}
