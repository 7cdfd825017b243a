import type { Metadata } from "next";
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
        <table className="w-full max-w-3xl border-collapse text-sm">
          <caption className="text-left">{t("genderCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="py-1 pr-3">
                {t("question")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t("yes")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t("answered")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {gender.map((row) => (
              <tr key={row.question} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {p(`question.${row.question}`)}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{row.yes}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{row.answered}</td>
                <td className="py-1 text-right tabular-nums">{share(row.shareYes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="sustainability-heading" className="space-y-2">
        <h2 id="sustainability-heading">{t("sustainability")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="criteria-table">
            <caption className="text-left">{t("sustainabilityCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-400 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("criterion")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("category")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t("averageDirect")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t("averageIndirect")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t("shareWithEffect")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("projects")}
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((row) => (
                <tr key={row.criterion} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {c(row.criterion)}
                  </th>
                  <td className="py-1 pr-3">{p(`category.${row.category}`)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{average(row.averageDirect)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{average(row.averageIndirect)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{share(row.shareWithEffect)}</td>
                  <td className="py-1 text-right tabular-nums">{row.projects}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
