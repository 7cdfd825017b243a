import { getTranslations, setRequestLocale } from "next-intl/server";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { FundingScatter } from "@/components/charts/funding-scatter";
import { HistogramChart } from "@/components/charts/histogram-chart";
import { FilterScope } from "@/components/funding/filter-scope";
import { RegionMap } from "@/components/funding/region-map";
import { EmptyState } from "@/components/search/empty-state";
import { DefinitionList } from "@/components/ui/definition-list";
import { CsvLinks } from "@/components/ui/csv-links";
import { StatTableView } from "@/components/ui/stat-table-view";
import { projectsCsvHref } from "@/lib/tables/csv-format";
import { MAP_PARAMETER } from "@/lib/geo/region-map";
import { fundingRegionMap } from "@/lib/geo/region-map-view";
import { formatEuro, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { groupLabel } from "@/lib/i18n/vocabulary";
import { Link } from "@/lib/i18n/navigation";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import {
  BREAKDOWNS,
  findAbsorptionRates,
  findFundingPoints,
  getFundingBreakdown,
  getFundingOverview,
  MAX_FUNDING_POINTS,
} from "@/lib/queries/get-funding-breakdowns";
import { absorptionTable, breakdownTable, breakdownTableId } from "@/lib/tables/funding-tables";
import { tableOrdersSchema } from "@/lib/tables/stat-table";
import { listQuery, type RawSearchParams } from "@/lib/search/list-state";
import { loadSearch } from "@/lib/search/load-search";

const wholeEuros = (value: number | null) => (value === null ? null : Math.round(value));

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("funding");

export default async function FundingPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const raw = await searchParams;
  const { state, search, pageQuery } = await loadSearch(raw);
  const orders = tableOrdersSchema.parse(raw.order);
  const [t, te, tm, overview, breakdowns, rates, scatter] = await Promise.all([
    getTranslations("funding"),
    getTranslations("emptyState"),
    getTranslations("funding.map"),
    getFundingOverview(search),
    Promise.all(BREAKDOWNS.map((by) => getFundingBreakdown(search, by))),
    findAbsorptionRates(search),
    findFundingPoints(search),
  ]);
  const filters = search.filters;
  const euro = (value: number | null) => (value === null ? "–" : formatEuro(value, locale));
  const rate = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const histogram = absorptionTable(rates, t);
  const tableProps = { locale, pageQuery, filters };

  if (overview.projects === 0)
    return (
      <div className="space-y-8">
        <h1>{t("title")}</h1>
        <EmptyState filters={filters} basePath="/funding" what={te("funding")} />
      </div>
    );

  return (
    <div className="space-y-8">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <FilterScope filters={filters} count={overview.projects} basePath="/funding" />
      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading">{t("totals")}</h2>
        <DefinitionList
          missing="–"
          items={[
            { label: t("granted"), value: euro(overview.grantedEuState) },
            { label: t("realisedEuState"), value: euro(overview.realisedEuState) },
            { label: t("planned"), value: euro(overview.plannedPublicTotal) },
            { label: t("realised"), value: euro(overview.realisedPublicTotal) },
            { label: t("absorption"), value: <strong>{rate(overview.absorptionRate)}</strong> },
            { label: t("plannedPerParticipant"), value: euro(wholeEuros(overview.plannedPerParticipant)) },
            { label: t("realisedPerParticipant"), value: euro(wholeEuros(overview.realisedPerParticipant)) },
          ]}
        />
        <p className="text-sm text-slate-700">{t("missingFigures", { count: overview.missingFigures })}</p>
        <p className="text-sm text-slate-700">
          {t("participantsNote", { count: overview.withParticipants })}
        </p>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          <CsvLinks
            label={t("downloadCsv")}
            href={(format) =>
              projectsCsvHref(
                `/api/projects.csv${listQuery({ ...filters, sort: state.sort })}`,
                format,
                locale,
              )
            }
          />
          <Link href={`/funding/benchmark`}>{t("benchmarkLink")}</Link>
        </div>
      </section>

      <section id={histogram.id} aria-labelledby="distribution-heading" className="space-y-2">
        <h2 id="distribution-heading">{t("distribution")}</h2>
        <figure className="space-y-2">
          <figcaption>{t("distributionCaption")}</figcaption>
          <HistogramChart
            title={t("distribution")}
            bars={histogram.rows.map((row) => ({
              label: String(row.values.bin),
              value: Number(row.values.projects ?? 0),
            }))}
            valueLabel={t("projects")}
          />
          <StatTableView table={histogram} order={orders[histogram.id]} {...tableProps} />
        </figure>
      </section>

      <section aria-labelledby="scatter-heading" className="space-y-2">
        <h2 id="scatter-heading">{t("scatter")}</h2>
        <figure className="space-y-2">
          <figcaption>
            {t("scatterCaption")}{" "}
            {scatter.total > MAX_FUNDING_POINTS &&
              t("scatterLimited", { shown: MAX_FUNDING_POINTS, total: scatter.total })}
          </figcaption>
          <FundingScatter points={scatter.points} />
        </figure>
      </section>

      <section id="region-map" aria-labelledby="region-map-heading" className="space-y-2">
        <h2 id="region-map-heading">{tm("heading")}</h2>
        <p className="text-sm text-slate-700">{t("regionNote")}</p>
        <RegionMap
          view={fundingRegionMap(
            breakdowns[BREAKDOWNS.indexOf("region")] ?? [],
            raw[MAP_PARAMETER],
            filters,
            locale,
            (key, values) => tm(key, values),
          )}
          measureLegend={tm("measureLegend")}
        />
      </section>

      {BREAKDOWNS.map((by, index) => {
        const rows = breakdowns[index] ?? [];
        const table = breakdownTable(by, rows, t, locale);
        return (
          <section key={by} id={breakdownTableId(by)} aria-labelledby={`by-${by}`} className="space-y-2">
            <h2 id={`by-${by}`}>{t(`by.${by}`)}</h2>
            {by === "region" && <p className="text-sm text-slate-700">{t("regionNote")}</p>}
            {rows.length > 0 && (
              <HorizontalBarChart
                title={t(`by.${by}`)}
                scale="euro"
                series={[
                  { key: "planned", name: t("column.planned") },
                  { key: "realised", name: t("column.realised") },
                ]}
                rows={rows.map((row) => ({
                  label: groupLabel(by, row.key, row.label, locale).text,
                  planned: row.plannedPublicTotal,
                  realised: row.realisedPublicTotal,
                }))}
              />
            )}
            <StatTableView table={table} order={orders[table.id]} {...tableProps} />
          </section>
        );
      })}
    </div>
  );
}
