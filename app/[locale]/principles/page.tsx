import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FilterScope } from "@/components/funding/filter-scope";
import { formatNumber, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getFundingOverview } from "@/lib/queries/get-funding-breakdowns";
import { getCriterionAggregates, getGenderAggregates } from "@/lib/queries/get-principle-aggregates";
import { parseProjectList, type RawSearchParams } from "@/lib/schemas/search-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "principles" });
  return { title: t("title") };
}

export default async function PrinciplesPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const filters = parseProjectList(await searchParams);
  const [t, p, c, overview, gender, criteria] = await Promise.all([
    getTranslations("principles"),
    getTranslations("project"),
    getTranslations("criteria"),
    getFundingOverview(filters),
    getGenderAggregates(filters),
    getCriterionAggregates(filters),
  ]);
  const share = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const average = (value: number | null) => (value === null ? "–" : formatNumber(value, locale, 2));

  return (
    <div className="space-y-8">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <FilterScope filters={filters} count={overview.projects} basePath="/principles" />
      <section aria-labelledby="gender-heading" className="space-y-2">
        <h2 id="gender-heading">{t("gender")}</h2>
        <DataTable
          caption={t("genderCaption")}
          columns={[
            { header: t("question") },
            { header: t("yes"), numeric: true },
            { header: t("answered"), numeric: true },
            { header: t("share"), numeric: true },
          ]}
          rows={gender.map((row) => ({
            key: row.question,
            header: p(`question.${row.question}`),
            cells: [row.yes, row.answered, share(row.shareYes)],
          }))}
        />
      </section>
      <section aria-labelledby="sustainability-heading" className="space-y-2">
        <h2 id="sustainability-heading">{t("sustainability")}</h2>
        <DataTable
          caption={t("sustainabilityCaption")}
          testId="criteria-table"
          columns={[
            { header: t("criterion") },
            { header: t("category") },
            { header: t("averageDirect"), numeric: true },
            { header: t("averageIndirect"), numeric: true },
            { header: t("shareWithEffect"), numeric: true },
            { header: t("projects"), numeric: true },
          ]}
          rows={criteria.map((row) => ({
            key: row.criterion,
            header: c(row.criterion),
            cells: [
              p(`category.${row.category}`),
              average(row.averageDirect),
              average(row.averageIndirect),
              share(row.shareWithEffect),
              row.projects,
            ],
          }))}
        />
      </section>
    </div>
  );
}
