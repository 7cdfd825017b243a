import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlanForm } from "@/components/benchmark/plan-form";
import { ProjectFundingTable } from "@/components/funding/project-funding-table";
import { DataTable } from "@/components/ui/data-table";
import type { Distribution } from "@/lib/domain/benchmark";
import { formatEuro, formatNumber, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { benchmarkPlanFor } from "@/lib/queries/benchmark-plan";
import { getComparisonChoices } from "@/lib/queries/find-comparable-projects";
import { parseBenchmarkForm } from "@/lib/schemas/benchmark-params";
import type { RawSearchParams } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("benchmark");

export default async function BenchmarkPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const form = parseBenchmarkForm(await searchParams);
  // The comparison narrows the projects exactly as the search's filters of the same names would.
  const search = await resolveSearch({
    axis: form.comparison.axis ? [form.comparison.axis] : [],
    objective: form.comparison.objective ? [form.comparison.objective] : [],
    region: form.comparison.region ? [form.comparison.region] : [],
  });
  const [t, choices, result] = await Promise.all([
    getTranslations("benchmark"),
    getComparisonChoices(),
    form.plan ? benchmarkPlanFor(form.plan, search) : null,
  ]);
  const euro = (value: number | null) => (value === null ? "–" : formatEuro(Math.round(value), locale));
  const rate = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));

  return (
    <div className="space-y-8">
      <p>
        <Link href="/funding">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <PlanForm form={form} choices={choices} />
      {result && form.plan && (
        <section aria-labelledby="result-heading" className="space-y-4" data-testid="benchmark-result">
          <h2 id="result-heading">{t("resultHeading")}</h2>
          {result.comparable === 0 ? (
            <p>{t("noComparable")}</p>
          ) : (
            <>
              <p>{t("comparable", { count: result.comparable })}</p>
              <DataTable
                caption={t("positionCaption")}
                testId="benchmark-position"
                columns={[
                  { header: t("measure") },
                  { header: t("yourPlan"), numeric: true },
                  { header: t("percentile"), numeric: true },
                  { header: t("lowerQuartile"), numeric: true },
                  { header: t("median"), numeric: true },
                  { header: t("upperQuartile"), numeric: true },
                  { header: t("projects"), numeric: true },
                ]}
                rows={(
                  [
                    ["total", form.plan.plannedPublicTotal, result.total],
                    [
                      "perParticipant",
                      form.plan.plannedPublicTotal / form.plan.participants,
                      result.perParticipant,
                    ],
                    ["monthly", form.plan.plannedPublicTotal / form.plan.months, result.monthly],
                  ] as [string, number, Distribution][]
                ).map(([measure, value, spread]) => ({
                  key: measure,
                  header: t(`measures.${measure}`),
                  cells: [
                    euro(value),
                    spread.percentile === null ? "–" : t("above", { share: rate(spread.percentile) }),
                    euro(spread.lowerQuartile),
                    euro(spread.median),
                    euro(spread.upperQuartile),
                    formatNumber(spread.count, locale),
                  ],
                }))}
              />
              <p data-testid="benchmark-absorption">
                {t("absorption", {
                  median: rate(result.absorption.median),
                  lower: rate(result.absorption.lowerQuartile),
                  upper: rate(result.absorption.upperQuartile),
                  expected: euro(
                    result.absorption.median === null
                      ? null
                      : form.plan.plannedPublicTotal * result.absorption.median,
                  ),
                })}
              </p>
              <h3 className="text-lg font-semibold">{t("similarHeading")}</h3>
              <ProjectFundingTable
                caption={t("similarCaption")}
                testId="benchmark-similar"
                extraColumns={[
                  { header: t("months"), numeric: true },
                  { header: t("participants"), numeric: true },
                ]}
                rows={result.similar.map((project) => ({
                  ...project,
                  extra: [
                    project.months === null ? "–" : formatNumber(project.months, locale),
                    project.personsPlanned === null ? "–" : formatNumber(project.personsPlanned, locale),
                  ],
                }))}
              />
            </>
          )}
          <p className="text-sm text-slate-700">{t("method")}</p>
        </section>
      )}
    </div>
  );
}
