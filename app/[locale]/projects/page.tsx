import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { AnnounceOnChange } from "@/components/layout/announcer";
import { SkipLink } from "@/components/layout/skip-link";
import { AutoSubmitForm } from "@/components/search/auto-submit-form";
import { FiltersDisclosure } from "@/components/search/filters-disclosure";
import { Pagination } from "@/components/search/pagination";
import { ProjectResults } from "@/components/search/project-results";
import { SearchFilters } from "@/components/search/search-filters";
import { CsvLinks } from "@/components/ui/csv-links";
import { projectsCsvHref } from "@/lib/tables/csv-format";
import { formatEuro, formatPercent } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { localePath, resolveLocale } from "@/lib/i18n/locale";
import { searchFeedPath } from "@/lib/feed/search-feed";
import { findProjects } from "@/lib/queries/find-projects";
import { getPlaceParents } from "@/lib/queries/get-place-parents";
import { CompareTray } from "@/components/compare/compare-tray";
import { addedTo, compareHref, projectHref, removedFrom, searchHref } from "@/lib/search/compare-state";
import {
  filterQuery,
  countActiveFilters,
  hasActiveFilters,
  listHref,
  listQuery,
  parseListState,
  type RawSearchParams,
} from "@/lib/search/list-state";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("projects");

export default async function ProjectsPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const listParams = parseListState(await searchParams);
  const [t, tf, result, placeParents] = await Promise.all([
    getTranslations("projects"),
    getTranslations("funding"),
    findProjects(listParams),
    getPlaceParents(),
  ]);
  const { totals, search } = result;
  const onlyFilters = filterQuery(listParams);
  const activeFilterCount = countActiveFilters(listParams);
  const compared = listParams.compare;
  const withCompared = (codes: string[]) => searchHref(listParams, codes);
  /** "Add to comparison" keeps the search and the earlier picks; null once added or full. */
  const addHref = (code: string) => {
    const codes = addedTo(compared, code);
    return codes && withCompared(codes);
  };
  // Downloads get the filters and the order on screen (the API has no pages).
  const download = (format: string) =>
    `/api/projects.${format}${listQuery({ ...listParams, page: 1, compare: [] })}`;

  return (
    <div className="space-y-6">
      <h1>{t("title")}</h1>
      <AutoSubmitForm action={localePath(locale, "/projects")} label={t("searchLabel")}>
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1">
            <label htmlFor="q" className="font-semibold">
              {t("searchLabel")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={listParams.q ?? ""}
              aria-describedby="q-hint"
              className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
            />
            <p id="q-hint" className="mt-1 text-sm text-slate-700">
              {t("searchHint")}
            </p>
          </div>
          <button
            type="submit"
            className="mb-7 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t("searchButton")}
          </button>
        </div>
        <div className="relative">
          <SkipLink href="#results-heading">{t("skipToResults")}</SkipLink>
        </div>
        {compared.length > 0 && <input type="hidden" name="compare" value={compared.join(",")} />}
        <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
          <section aria-labelledby="filters-heading">
            <FiltersDisclosure
              summary={
                <>
                  <h2 id="filters-heading" className="inline">
                    {t("filters")}
                  </h2>
                  <span className="text-sm text-slate-700">
                    ({t("activeFilters", { count: activeFilterCount })})
                  </span>
                </>
              }
            >
              {hasActiveFilters(listParams) && (
                <p className="mt-2">
                  <Link href={listHref("/projects", { compare: compared })}>{t("clearFilters")}</Link>
                </p>
              )}
              <div className="mt-3">
                <SearchFilters params={listParams} result={result} placeParents={placeParents} />
              </div>
              <button type="submit" className="mt-4 rounded border border-brand-700 px-4 py-2 font-medium">
                {t("applyFilters")}
              </button>
            </FiltersDisclosure>
          </section>
          <section aria-labelledby="results-heading">
            <AnnounceOnChange message={`${t("summary", { count: totals.count })}.`} search={onlyFilters} />
            <h2 id="results-heading" tabIndex={-1}>
              {t("results")}
            </h2>
            <p className="mt-2" data-testid="results-summary">
              <strong>{t("summary", { count: totals.count })}</strong>.{" "}
              {totals.count > 0 &&
                t("summaryFunding", {
                  planned: formatEuro(totals.plannedPublicTotal, locale),
                  realised: formatEuro(totals.realisedPublicTotal, locale),
                  rate: totals.absorptionRate === null ? "–" : formatPercent(totals.absorptionRate, locale),
                })}
            </p>
            <div className="mt-2">
              <CompareTray
                codes={compared}
                removeHref={(code) => withCompared(removedFrom(compared, code))}
                openHref={compareHref(compared, listParams)}
                clearHref={withCompared([])}
              />
            </div>
            {search.textMode === "fuzzy" && (
              <p className="mt-2 rounded bg-amber-50 p-2">{t("fuzzyNotice")}</p>
            )}
            {totals.count > 0 && (
              <p className="mt-2 text-sm">
                {t("download")}: <a href={download("json")}>{t("downloadJson")}</a> ·{" "}
                <Link href={`/funding${filterQuery(listParams)}`}>{tf("compareLink")}</Link>
              </p>
            )}
            {totals.count > 0 && (
              <CsvLinks
                label={t("downloadCsv")}
                href={(format) => projectsCsvHref(download("csv"), format, locale)}
              />
            )}
            <p className="mt-1 text-sm">
              <a href={searchFeedPath(locale, filterQuery(listParams))} type="application/atom+xml">
                {t("follow")}
              </a>
            </p>
            {result.items.length === 0 ? (
              <div className="mt-4 rounded border border-slate-300 p-4">
                <p className="font-semibold">{t("empty")}</p>
                <p>{t("emptyHint")}</p>
                {hasActiveFilters(listParams) && (
                  <p>
                    <Link href={listHref("/projects", { compare: compared })}>{t("clearFilters")}</Link>
                  </p>
                )}
              </div>
            ) : (
              <ProjectResults
                items={result.items}
                locale={locale}
                comparedCount={compared.length}
                links={(code) => ({
                  href: projectHref(code, listParams),
                  addHref: addHref(code),
                  inComparison: compared.includes(code),
                  removeHref: withCompared(compared.filter((other) => other !== code)),
                })}
              />
            )}
            <Pagination
              params={listParams}
              page={result.page}
              pageCount={result.pageCount}
              labels={{
                nav: t("pagination"),
                previous: t("previous"),
                next: t("next"),
                pageOf: t("pageOf", { page: result.page, pages: result.pageCount }),
              }}
            />
          </section>
        </div>
      </AutoSubmitForm>
    </div>
  );
}
