import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { filterQuery, hasActiveFilters, type SearchFilters } from "@/lib/search/list-state";

/** Says which projects the figures cover, and links to the search with the same filters. */
export async function FilterScope({
  filters,
  count,
  basePath,
}: {
  filters: SearchFilters;
  count: number;
  /** This page's path, for the "all projects" link. */
  basePath: string;
}) {
  const t = await getTranslations("funding");
  const query = filterQuery(filters);
  return (
    <p className="rounded bg-slate-50 p-3" data-testid="filter-scope">
      {t("scope", { count })} <Link href={`/projects${query}`}>{t("editFilters")}</Link>
      {hasActiveFilters(filters) && (
        <>
          {" · "}
          <Link href={basePath}>{t("allProjects")}</Link>
        </>
      )}
    </p>
  );
}
