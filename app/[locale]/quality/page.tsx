import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { titleFromMessages } from "@/lib/i18n/page-metadata";
import { getImportHistory, getQualityOverview } from "@/lib/queries/get-quality-overview";
import { listHref } from "@/lib/search/list-state";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("quality");

export default async function QualityPage({ params }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const [t, tp, overview, runs] = await Promise.all([
    getTranslations("quality"),
    getTranslations("projects.choice.quality"),
    getQualityOverview(),
    getImportHistory(),
  ]);
  const number = (value: number) => formatNumber(value, locale);
  return (
    <div className="space-y-8">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead", { count: overview.projects })}</p>

      <section aria-labelledby="observations-heading" className="space-y-2">
        <h2 id="observations-heading">{t("observations")}</h2>
        <DataTable
          caption={t("observationsCaption")}
          testId="quality-counts"
          columns={[
            { header: t("column.observation") },
            { header: t("column.projects"), numeric: true },
            { header: t("column.share"), numeric: true },
          ]}
          rows={overview.counts.map(({ kind, projects }) => ({
            key: kind,
            header: tp(kind),
            cells: [
              <Link
                key="link"
                href={listHref("/projects", { quality: [kind] })}
                aria-label={t("searchLink", { count: projects, observation: tp(kind) })}
              >
                {number(projects)}
              </Link>,
              overview.projects > 0 ? formatPercent(projects / overview.projects, locale) : "–",
            ],
          }))}
        />
      </section>

      <section aria-labelledby="webpages-heading" className="space-y-2">
        <h2 id="webpages-heading">{t("unlinkedWebPages")}</h2>
        <p>{t("unlinkedWebPagesLead", { count: overview.unlinkedWebPages.length })}</p>
        {overview.unlinkedWebPages.length > 0 && (
          <ul className="list-disc pl-6">
            {overview.unlinkedWebPages.map((page) => (
              <li key={`${page.title}-${page.projectCode}`}>
                {page.title}
                {page.projectCode && ` (${page.projectCode})`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="imports-heading" className="space-y-2">
        <h2 id="imports-heading">{t("imports")}</h2>
        <p className="max-w-3xl">{t("importsLead")}</p>
        <DataTable
          caption={t("importsCaption")}
          testId="import-runs"
          columns={[
            { header: t("column.finished") },
            { header: t("column.paths") },
            { header: t("column.files"), numeric: true },
            { header: t("column.created"), numeric: true },
            { header: t("column.updated"), numeric: true },
            { header: t("column.unchanged"), numeric: true },
            { header: t("column.rejected"), numeric: true },
          ]}
          rows={runs.map((run) => ({
            key: String(run.id),
            header: formatDateTime(run.finishedAt, locale),
            cells: [
              run.paths.join(", "),
              number(run.files),
              number(run.created),
              number(run.updated),
              number(run.unchanged),
              number(run.rejected),
            ],
          }))}
        />
        {runs.length === 0 && <p>{t("noImports")}</p>}
        {runs
          .filter((run) => run.rejectedFiles.length > 0)
          .map((run) => (
            <details key={run.id} className="rounded border border-slate-300 p-2">
              <summary className="cursor-pointer">
                {t("rejectedFiles", {
                  count: run.rejectedFiles.length,
                  when: formatDateTime(run.finishedAt, locale),
                })}
              </summary>
              <ul className="mt-2 space-y-2">
                {run.rejectedFiles.map((rejected) => (
                  <li key={rejected.file}>
                    <code>{rejected.file}</code>
                    <ul className="list-disc pl-6 text-sm">
                      {rejected.problems.map((problem, index) => (
                        <li key={index}>{problem}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </details>
          ))}
      </section>
    </div>
  );
}
