import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { filterQuery, hasActiveFilters, type SearchFilters } from "@/lib/search/list-state";

/**
 * What a page shows when its filters match no project: what is empty and how to widen the
 * filters (the search with the same filters to change them, and the page without any), instead
 * of totals of nothing.
 */
export async function EmptyState({
  filters,
  basePath,
  what,
}: {
  filters: SearchFilters;
  /** This page's path: the "clear the filters" link leads to it without filters. */
  basePath: string;
  /** The sentence saying what there is nothing of on this page. */
  what: string;
}) {
  const t = await getTranslations("emptyState");
  const filtered = hasActiveFilters(filters);
  return (
    <section
      aria-labelledby="empty-heading"
      className="space-y-2 rounded border-2 border-slate-400 p-4"
      data-testid="empty-state"
    >
      <h2 id="empty-heading">{filtered ? t("title") : t("noProjects")}</h2>
      <p>{what}</p>
      {filtered && (
        <p>
          {t("widen")} <Link href={`/projects${filterQuery(filters)}`}>{t("edit")}</Link>
          {" · "}
          <Link href={basePath}>{t("clear")}</Link>
        </p>
      )}
    </section>
  );
}
