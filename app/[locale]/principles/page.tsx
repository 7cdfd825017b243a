import { DataTable } from "@/components/ui/data-table";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { FilterScope } from "@/components/funding/filter-scope";
import { formatNumber, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getFundingOverview } from "@/lib/queries/get-funding-breakdowns";
import {
  getCategoryAggregates,
  getCriterionAggregates,
  getGenderAggregates,
  getGenderBreakdown,
  type GenderBreakdownRow,
} from "@/lib/queries/get-principle-aggregates";
import { GENDER_QUESTIONS } from "@/lib/domain/criteria";
import { filterQuery, parseProjectList, type RawSearchParams } from "@/lib/schemas/search-params";
import { principlesViewSchema } from "@/lib/schemas/principles-params";
import { DrillDown } from "@/components/principles/drill-down";
import { ScoreHeatmap } from "@/components/principles/score-heatmap";
import { Link } from "@/lib/i18n/navigation";
import {
  findGenderExplanations,
  findJustifications,
  getScoreMatrix,
} from "@/lib/queries/find-principle-details";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("principles");

export default async function PrinciplesPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const raw = await searchParams;
  const filters = parseProjectList(raw);
  const view = principlesViewSchema.parse(raw);
  const [
    t,
    p,
    c,
    overview,
    gender,
    criteria,
    matrix,
    justifications,
    explanations,
    genderByAxis,
    genderByOrgType,
    categories,
  ] = await Promise.all([
    getTranslations("principles"),
    getTranslations("project"),
    getTranslations("criteria"),
    getFundingOverview(filters),
    getGenderAggregates(filters),
    getCriterionAggregates(filters),
    getScoreMatrix(filters, view.view, view.hpage),
    view.criterion ? findJustifications(filters, view.criterion, view.view, view.score) : null,
    view.question
      ? findGenderExplanations(
          filters,
          view.question,
          view.answer === undefined ? undefined : view.answer === "yes",
        )
      : null,
    getGenderBreakdown(filters, "axis"),
    getGenderBreakdown(filters, "orgType"),
    getCategoryAggregates(filters),
  ]);
  /** This page with the same filters and some view parameters changed. */
  const href = (changes: Partial<Record<keyof typeof view, string | number | undefined>>) => {
    const query = new URLSearchParams(filterQuery(filters));
    const next = { ...view, ...changes };
    if (next.view !== "direct") query.set("view", String(next.view));
    if (next.hpage !== 1) query.set("hpage", String(next.hpage));
    for (const key of ["criterion", "score", "question", "answer"] as const) {
      if (next[key] !== undefined) query.set(key, String(next[key]));
    }
    const search = query.toString();
    return search ? `/principles?${search}` : "/principles";
  };
  const viewLabel = view.view === "direct" ? t("viewDirect") : t("viewIndirect");
  const share = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const average = (value: number | null) => (value === null ? "–" : formatNumber(value, locale, 2));

  return (
    <div className="space-y-8">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <FilterScope filters={filters} count={overview.projects} basePath="/principles" />
      {justifications && view.criterion && (
        <DrillDown
          id="drill-heading"
          heading={t("drillCriterion", {
            criterion: c(view.criterion),
            view: viewLabel,
            score: view.score ?? "all",
          })}
          closeHref={href({ criterion: undefined, score: undefined })}
          labels={{ close: t("closeDrill"), empty: t("drillEmpty") }}
          items={justifications.map((row) => ({
            code: row.code,
            name: row.name,
            badge: `${row.direct} / ${row.indirect}`,
            text: row.justification,
          }))}
        />
      )}
      {explanations && view.question && (
        <DrillDown
          id="drill-gender-heading"
          heading={t("drillGender", {
            question: p(`question.${view.question}`),
            answer: view.answer ?? "all",
          })}
          closeHref={href({ question: undefined, answer: undefined })}
          labels={{ close: t("closeDrill"), empty: t("drillEmpty") }}
          items={explanations.map((row) => ({
            code: row.code,
            name: row.name,
            badge: row.answer === null ? "–" : row.answer ? p("yes") : p("no"),
            text: row.explanation,
          }))}
        />
      )}
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
            cells: [
              <Link key="yes" href={href({ question: row.question, answer: "yes" })}>
                {row.yes}
              </Link>,
              <Link key="all" href={href({ question: row.question, answer: undefined })}>
                {row.answered}
              </Link>,
              share(row.shareYes),
            ],
          }))}
        />
      </section>
      {(
        [
          ["genderByAxis", genderByAxis],
          ["genderByOrgType", genderByOrgType],
        ] as const
      ).map(([key, rows]: readonly [string, GenderBreakdownRow[]]) => (
        <section key={key} aria-labelledby={`${key}-heading`} className="space-y-2">
          <h3 id={`${key}-heading`} className="text-lg font-semibold">
            {t(key)}
          </h3>
          <DataTable
            caption={t(key)}
            captionHidden
            columns={[
              { header: t("group") },
              ...GENDER_QUESTIONS.map((question) => ({ header: p(`question.${question}`), numeric: true })),
            ]}
            rows={rows.map((row) => ({
              key: row.group,
              header: row.group,
              cells: GENDER_QUESTIONS.map(
                (question) =>
                  `${share(row.shares[question].share)} (${row.shares[question].yes}/${row.shares[question].answered})`,
              ),
            }))}
          />
        </section>
      ))}
      <section aria-labelledby="category-heading" className="space-y-2">
        <h2 id="category-heading">{t("byCategory")}</h2>
        <DataTable
          caption={t("byCategoryCaption")}
          testId="category-table"
          columns={[
            { header: t("category") },
            { header: t("averageDirect"), numeric: true },
            { header: t("averageIndirect"), numeric: true },
            { header: t("deviation"), numeric: true },
            { header: t("range"), numeric: true },
            { header: t("scores"), numeric: true },
          ]}
          rows={categories.map((row) => ({
            key: row.category,
            header: p(`category.${row.category}`),
            cells: [
              average(row.averageDirect),
              average(row.averageIndirect),
              average(row.deviationDirect),
              row.minDirect === null ? "–" : `${row.minDirect}–${row.maxDirect}`,
              row.scores,
            ],
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
            header: (
              <Link href={href({ criterion: row.criterion, score: undefined })}>{c(row.criterion)}</Link>
            ),
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
      <section aria-labelledby="heatmap-heading" className="space-y-3">
        <h2 id="heatmap-heading">{t("heatmap")}</h2>
        <p className="flex gap-4">
          <Link
            href={href({ view: "direct", hpage: 1 })}
            aria-current={view.view === "direct" ? "true" : undefined}
          >
            {t("showDirect")}
          </Link>
          <Link
            href={href({ view: "indirect", hpage: 1 })}
            aria-current={view.view === "indirect" ? "true" : undefined}
          >
            {t("showIndirect")}
          </Link>
        </p>
        <ScoreHeatmap
          rows={matrix.rows}
          caption={t("heatmapCaption", {
            view: view.view,
            page: Math.min(view.hpage, matrix.pageCount),
            pages: matrix.pageCount,
          })}
          cellHref={(criterion, score) => `${href({ criterion, score })}#drill-heading`}
        />
        {matrix.pageCount > 1 && (
          <nav aria-label={t("heatmap")} className="flex gap-4">
            {view.hpage > 1 && <Link href={href({ hpage: view.hpage - 1 })}>{t("previous")}</Link>}
            {view.hpage < matrix.pageCount && <Link href={href({ hpage: view.hpage + 1 })}>{t("next")}</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
