import { getTranslations, setRequestLocale } from "next-intl/server";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { FilterScope } from "@/components/funding/filter-scope";
import { DrillDown } from "@/components/principles/drill-down";
import { ScoreHeatmap } from "@/components/principles/score-heatmap";
import { EmptyState } from "@/components/search/empty-state";
import { CsvLinks } from "@/components/ui/csv-links";
import { StatTableView } from "@/components/ui/stat-table-view";
import type { CriterionKey, GenderQuestion } from "@/lib/domain/criteria";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import {
  DRILL_DOWN_LIMIT,
  findGenderExplanations,
  findJustifications,
  getScoreMatrix,
} from "@/lib/queries/find-principle-details";
import { getProjectTotals } from "@/lib/queries/find-projects";
import { type RawSearchParams } from "@/lib/search/list-state";
import { loadSearch } from "@/lib/search/load-search";
import { parsePrinciplesView, principlesHref, type PrinciplesView } from "@/lib/search/principles-state";
import { tableAnchor, tableCsvHref } from "@/lib/tables/table-links";
import { PRINCIPLE_PAGE_TABLES, SCORE_TABLE_IDS } from "@/lib/tables/principle-tables";
import { tableOrdersSchema } from "@/lib/tables/stat-table";

/** The heatmap's heading: its section's name, and where closing a drill-down it opened returns. */
const HEATMAP_HEADING = "heatmap-heading";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titleFromMessages("principles");

export default async function PrinciplesPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const raw = await searchParams;
  const { search, pageQuery } = await loadSearch(raw);
  const filters = search.filters;
  const view = parsePrinciplesView(raw);
  const orders = tableOrdersSchema.parse(raw.order);
  const [t, p, c, funding, empty] = await Promise.all([
    getTranslations("principles"),
    getTranslations("project"),
    getTranslations("criteria"),
    getTranslations("funding"),
    getTranslations("emptyState"),
  ]);
  const translators = { locale, principles: t, project: p, criteria: c, funding };
  const build = (table: keyof typeof PRINCIPLE_PAGE_TABLES) =>
    PRINCIPLE_PAGE_TABLES[table].build(search, translators);
  const [
    totals,
    gender,
    genderByAxis,
    genderByOrgType,
    categories,
    criteria,
    matrix,
    justifications,
    explanations,
  ] = await Promise.all([
    getProjectTotals(search),
    build("gender"),
    build("genderByAxis"),
    build("genderByOrgType"),
    build("categories"),
    build("criteria"),
    getScoreMatrix(search, view.view, view.hpage),
    view.criterion
      ? findJustifications(search, view.criterion, view.view, view.score ?? undefined, view.dq ?? undefined)
      : null,
    view.question
      ? findGenderExplanations(
          search,
          view.question,
          view.answer === null ? undefined : view.answer === "yes",
          view.dq ?? undefined,
        )
      : null,
  ]);
  /** This page with the same filters and some view parameters changed. */
  const href = (changes: Partial<{ [K in keyof PrinciplesView]: PrinciplesView[K] | null }>) =>
    principlesHref(filters, view, changes);
  const viewLabel = view.view === "direct" ? t("viewDirect") : t("viewIndirect");
  const tableProps = { locale, pageQuery, filters };
  const drillLabels = (count: number) => ({
    close: t("closeDrill"),
    empty: t("drillEmpty"),
    search: t("drillSearch"),
    submit: t("drillSubmit"),
    limited: count >= DRILL_DOWN_LIMIT ? t("drillLimited", { limit: DRILL_DOWN_LIMIT }) : null,
  });
  if (totals.count === 0)
    return (
      <div className="space-y-8">
        <h1>{t("title")}</h1>
        <EmptyState filters={filters} basePath="/principles" what={empty("principles")} />
      </div>
    );
  // The drill-down's search keeps every other parameter of the page.
  const keepForSearch = [...pageQuery.entries()].filter(([key]) => key !== "dq");

  return (
    <div className="space-y-8">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <FilterScope filters={filters} count={totals.count} basePath="/principles" />
      {justifications && view.criterion && (
        <DrillDown
          id="drill-heading"
          heading={t("drillCriterion", {
            criterion: c(view.criterion),
            view: viewLabel,
            score: view.score ?? "all",
          })}
          // Back to where it was opened: a score's cell in the heatmap, or a criterion's in the table.
          closeHref={`${href({ criterion: null, score: null, dq: null })}#${view.score === null ? tableAnchor(criteria.id) : HEATMAP_HEADING}`}
          labels={drillLabels(justifications.length)}
          search={{ value: view.dq ?? undefined, keep: keepForSearch }}
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
          closeHref={`${href({ question: null, answer: null, dq: null })}#${tableAnchor(gender.id)}`}
          labels={drillLabels(explanations.length)}
          search={{ value: view.dq ?? undefined, keep: keepForSearch }}
          items={explanations.map((row) => ({
            code: row.code,
            name: row.name,
            badge: row.answer === null ? "–" : row.answer ? p("yes") : p("no"),
            text: row.explanation,
          }))}
        />
      )}
      <section id={gender.id} aria-labelledby="gender-heading" className="space-y-2">
        <h2 id="gender-heading">{t("gender")}</h2>
        <figure className="space-y-2">
          <figcaption>{t("genderCaption")}</figcaption>
          <HorizontalBarChart
            title={t("gender")}
            scale="share"
            labelWidth={260}
            series={[{ key: "share", name: t("share") }]}
            rows={gender.rows.map((row) => ({
              label: String(row.values.question),
              share: (row.values.share as number | null) ?? null,
            }))}
          />
          <StatTableView
            table={gender}
            order={orders[gender.id]}
            {...tableProps}
            cellHref={(question, column) =>
              column === "yes" || column === "answered"
                ? `${href({ question: question as GenderQuestion, answer: column === "yes" ? "yes" : null, dq: null })}#drill-gender-heading`
                : null
            }
          />
        </figure>
      </section>
      {[genderByAxis, genderByOrgType].map((table) => (
        <section key={table.id} id={table.id} aria-labelledby={`${table.id}-heading`} className="space-y-2">
          <h3 id={`${table.id}-heading`} className="text-lg font-semibold">
            {table.title}
          </h3>
          <StatTableView table={table} order={orders[table.id]} {...tableProps} />
        </section>
      ))}
      <section id={categories.id} aria-labelledby="category-heading" className="space-y-2">
        <h2 id="category-heading">{t("byCategory")}</h2>
        <p className="text-sm text-slate-700">{t("byCategoryCaption")}</p>
        <StatTableView table={categories} order={orders[categories.id]} {...tableProps} />
      </section>
      <section id={criteria.id} aria-labelledby="sustainability-heading" className="space-y-2">
        <h2 id="sustainability-heading">{t("sustainability")}</h2>
        <figure className="space-y-2">
          <figcaption>{t("sustainabilityCaption")}</figcaption>
          <HorizontalBarChart
            title={t("sustainability")}
            scale="score"
            series={[
              { key: "direct", name: t("averageDirect") },
              { key: "indirect", name: t("averageIndirect") },
            ]}
            rows={criteria.rows.map((row) => ({
              label: String(row.values.criterion),
              direct: row.values.averageDirect as number | null,
              indirect: row.values.averageIndirect as number | null,
            }))}
          />
          <StatTableView
            table={criteria}
            order={orders[criteria.id]}
            {...tableProps}
            cellHref={(criterion, column) =>
              column === "criterion"
                ? `${href({ criterion: criterion as CriterionKey, score: null, dq: null })}#drill-heading`
                : null
            }
          />
        </figure>
      </section>
      <section aria-labelledby={HEATMAP_HEADING} className="space-y-3">
        <h2 id={HEATMAP_HEADING}>{t("heatmap")}</h2>
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
          cellHref={(criterion, score) =>
            `${href({ criterion: criterion as CriterionKey, score, dq: null })}#drill-heading`
          }
        />
        <CsvLinks
          label={t("downloadScores")}
          href={(format) =>
            tableCsvHref(
              { id: SCORE_TABLE_IDS[view.view], title: "", columns: [], rows: [] },
              filters,
              locale,
              undefined,
              format,
            )
          }
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
