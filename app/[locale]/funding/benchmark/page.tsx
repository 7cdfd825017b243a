import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlanForm } from "@/components/benchmark/plan-form";
import { ProjectFundingTable } from "@/components/funding/project-funding-table";
import { DataTable } from "@/components/ui/data-table";
import { benchmarkView, type MeasureKey, type Spread } from "@/lib/views/benchmark-view";
import { IndividualProjects } from "@/components/benchmark/individual-projects";
import { formatEuro, formatNumber, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { benchmarkFromIndex } from "@/lib/queries/benchmark-index";
import { getComparisonChoices } from "@/lib/queries/find-comparable-projects";
import { BENCHMARK_ANSWER_ID, parseBenchmarkForm } from "@/lib/schemas/benchmark-params";
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
  const [t, choices, answer] = await Promise.all([
    getTranslations("benchmark"),
    getComparisonChoices(),
    form.plan ? benchmarkFromIndex(form.plan, search) : null,
  ]);
  const result = answer?.result ?? null;
  const view = form.plan && answer ? benchmarkView(form.plan, answer.result, answer.projects) : null;
  const euro = (value: number | null) => (value === null ? "–" : formatEuro(Math.round(value), locale));
  const rate = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const count = (value: number | null) => (value === null ? "–" : formatNumber(value, locale));
  // Below the minimum a measure gets a count ("higher than 1 of 1"), never a share or quartiles.
  const position = (spread: Spread, projects: number) =>
    spread.kind === "distribution"
      ? spread.percentile === null
        ? "–"
        : t("above", { share: rate(spread.percentile), count: projects })
      : spread.kind === "individual" && spread.below !== null
        ? t("higherThan", { below: spread.below, count: projects })
        : "–";
  const quartiles = (spread: Spread) =>
    spread.kind === "distribution"
      ? [euro(spread.lowerQuartile), euro(spread.median), euro(spread.upperQuartile)]
      : Array(3).fill(spread.kind === "none" ? t("noneGive") : t("tooFewCell"));
  const absorptionText = () => {
    const { count: projects, spread } = view!.absorption;
    if (spread.kind === "distribution")
      return t("absorption", {
        count: projects,
        median: rate(spread.median),
        lower: rate(spread.lowerQuartile),
        upper: rate(spread.upperQuartile),
        expected: euro(view!.expectedRealised),
      });
    if (spread.kind === "individual")
      return t("absorptionSmall", {
        count: projects,
        values: spread.values.map((v) => `${rate(v.value)} (${v.code})`).join(", "),
      });
    return null;
  };

  return (
    <div className="space-y-8">
      <p>
        <Link href="/funding">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <PlanForm form={form} choices={choices} />
      {view && form.plan && (
        <section aria-labelledby={BENCHMARK_ANSWER_ID} className="space-y-4" data-testid="benchmark-result">
          <h2 id={BENCHMARK_ANSWER_ID} tabIndex={-1}>
            {t("resultHeading")}
          </h2>
          {view.comparable === 0 ? (
            <p>{t("noComparable")}</p>
          ) : (
            <>
              <p>{t("comparable", { count: view.comparable })}</p>
              {view.small && (
                <p
                  role="note"
                  className="rounded border-l-4 border-amber-600 bg-amber-50 p-3"
                  data-testid="small-sample"
                >
                  {t("smallSample", { count: view.comparable, minimum: view.minimum })}
                </p>
              )}
              <DataTable
                caption={t("positionCaption")}
                testId="benchmark-position"
                stickyRowHeaders
                columns={[
                  { header: t("measure") },
                  { header: t("yourPlan"), numeric: true },
                  { header: t("percentile"), numeric: true },
                  { header: t("lowerQuartile"), numeric: true },
                  { header: t("median"), numeric: true },
                  { header: t("upperQuartile"), numeric: true },
                  { header: t("projects"), numeric: true },
                ]}
                rows={view.measures.map(({ key, plan, count, spread }) => ({
                  key,
                  header: t(`measures.${key as MeasureKey}`),
                  cells: [
                    plan === null ? t("notGiven") : euro(plan),
                    position(spread, count),
                    ...quartiles(spread),
                    formatNumber(count, locale),
                  ],
                }))}
              />
              <p className="text-sm text-slate-700">{t("minimumNote", { minimum: view.minimum })}</p>
              {view.measures.map(({ key, count, spread }) =>
                spread.kind === "individual" && !view.small ? (
                  <p key={key} data-testid={`small-measure-${key}`}>
                    {t("smallMeasure", {
                      measure: t(`measures.${key as MeasureKey}`),
                      count,
                      minimum: view.minimum,
                      values: spread.values.map((v) => `${euro(v.value)} (${v.code})`).join(", "),
                    })}
                  </p>
                ) : null,
              )}
              <p data-testid="benchmark-absorption">{absorptionText()}</p>
              {view.projects ? (
                <>
                  <h3 className="text-lg font-semibold">{t("projectsHeading")}</h3>
                  <IndividualProjects plan={form.plan} projects={view.projects} />
                </>
              ) : (
                <>
                  <h3 className="text-lg font-semibold">{t("similarHeading")}</h3>
                  <ProjectFundingTable
                    caption={t("similarCaption")}
                    testId="benchmark-similar"
                    extraColumns={[
                      { header: t("months"), numeric: true },
                      { header: t("participants"), numeric: true },
                    ]}
                    rows={result!.similar.map((project) => ({
                      ...project,
                      extra: [count(project.months), count(project.personsPlanned)],
                    }))}
                  />
                </>
              )}
            </>
          )}
          <p className="text-sm text-slate-700">{t("method")}</p>
        </section>
      )}
    </div>
  );
}
