import { DataTable } from "@/components/ui/data-table";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { FilterScope } from "@/components/funding/filter-scope";
import { DefinitionList } from "@/components/ui/definition-list";
import { formatEuro, formatNumber, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import {
  BREAKDOWNS,
  findAbsorptionRates,
  getFundingBreakdown,
  getFundingOverview,
} from "@/lib/queries/get-funding-breakdowns";
import { absorptionHistogram } from "@/lib/domain/funding";
import { HistogramChart } from "@/components/charts/histogram-chart";
import { filterQuery, parseProjectList, type RawSearchParams } from "@/lib/schemas/search-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("funding");

export default async function FundingPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const filters = parseProjectList(await searchParams);
  const [t, overview, breakdowns, rates] = await Promise.all([
    getTranslations("funding"),
    getFundingOverview(filters),
    Promise.all(BREAKDOWNS.map((by) => getFundingBreakdown(filters, by))),
    findAbsorptionRates(filters),
  ]);
  const histogram = absorptionHistogram(rates);
  const binLabel = (bin: (typeof histogram)[number], index: number) =>
    index === histogram.length - 1
      ? t("binLast", { from: bin.from })
      : t("binLabel", { from: bin.from, to: bin.to });
  const euro = (value: number) => formatEuro(value, locale);
  const rate = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const query = filterQuery(filters);

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
          ]}
        />
        <p className="text-sm text-slate-700">{t("missingFigures", { count: overview.missingFigures })}</p>
        <p>
          <a href={`/api/projects.csv${query ? `?${query}` : ""}`}>{t("downloadCsv")}</a>
        </p>
      </section>
      <section aria-labelledby="distribution-heading" className="space-y-2">
        <h2 id="distribution-heading">{t("distribution")}</h2>
        <figure className="space-y-2">
          <figcaption>{t("distributionCaption")}</figcaption>
          <HistogramChart
            bars={histogram.map((bin, index) => ({ label: binLabel(bin, index), value: bin.projects }))}
            valueLabel={t("projects")}
          />
          <DataTable
            caption={t("distribution")}
            captionHidden
            testId="absorption-histogram"
            columns={[{ header: t("bin") }, { header: t("projects"), numeric: true }]}
            rows={histogram.map((bin, index) => ({
              key: String(bin.from),
              header: binLabel(bin, index),
              cells: [bin.projects],
            }))}
          />
        </figure>
      </section>
      {BREAKDOWNS.map((by, index) => (
        <section key={by} aria-labelledby={`by-${by}`} className="space-y-2">
          <h2 id={`by-${by}`}>{t(`by.${by}`)}</h2>
          {by === "region" && <p className="text-sm text-slate-700">{t("regionNote")}</p>}
          <DataTable
            caption={t(`by.${by}`)}
            captionHidden
            columns={[
              { header: t("column.group") },
              { header: t("column.projects"), numeric: true },
              { header: t("column.planned"), numeric: true },
              { header: t("column.realised"), numeric: true },
              { header: t("column.absorption"), numeric: true },
            ]}
            rows={(breakdowns[index] ?? []).map((row) => ({
              key: row.key,
              header: row.label,
              cells: [
                formatNumber(row.projects, locale),
                euro(row.plannedPublicTotal),
                euro(row.realisedPublicTotal),
                rate(row.absorptionRate),
              ],
            }))}
          />
        </section>
      ))}
    </div>
  );
}
