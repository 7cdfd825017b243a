import type { Metadata } from "next";
import { SimilarProjects } from "@/components/projects/similar-projects";
import { findSimilarProjects } from "@/lib/queries/find-similar-projects";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProjectCompare } from "@/components/compare/project-compare";
import { FundingPanel } from "@/components/projects/funding-panel";
import { GenderSection } from "@/components/projects/gender-section";
import { PartiesSection } from "@/components/projects/parties-section";
import { ProjectContents, type ProjectSectionId } from "@/components/projects/project-contents";
import { SustainabilitySection } from "@/components/projects/sustainability-section";
import { WebOutputs } from "@/components/projects/web-outputs";
import { WebPageNarrative } from "@/components/projects/web-page-narrative";
import { DefinitionList, Paragraphs } from "@/components/ui/definition-list";
import { placeNames, vocabularyValue } from "@/components/ui/vocabulary-value";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { routeSegment } from "@/lib/http/route-segment";
import { resolveLocale } from "@/lib/i18n/locale";
import { getProject } from "@/lib/queries/project-records";
import { searchHref } from "@/lib/search/compare-state";
import { parseListState, type RawSearchParams } from "@/lib/search/list-state";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  /** The search and the selection the page was opened from (lib/search/compare-state). */
  searchParams?: Promise<RawSearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const segment = routeSegment(code);
  const project = segment && (await getProject(segment));
  if (!project) return {};
  const { record } = project;
  const description = (record.summary ?? record.name).slice(0, 200);
  return {
    title: `${record.name} (${record.code})`,
    description,
    openGraph: { title: record.name, description },
  };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const { locale: raw, code } = await params;
  const state = parseListState((await searchParams) ?? {});
  const locale = resolveLocale(raw);
  setRequestLocale(locale);
  const segment = routeSegment(code);
  // The similar projects need only the code, so they are looked up beside the record, not after it.
  const [project, similar, t] = await Promise.all([
    segment ? getProject(segment) : null,
    segment ? findSimilarProjects(segment) : [],
    getTranslations("project"),
  ]);
  if (!project) notFound();
  const { record } = project;
  // The sections below that render nothing for this project (each component's own condition).
  const absentSections: ProjectSectionId[] = [
    ...(project.webPages.every((page) => page.narrative.length === 0)
      ? (["web-narrative-heading"] as const)
      : []),
    ...(record.sustainability.length === 0 ? (["sustainability-heading"] as const) : []),
    ...(project.webPageItems.length === 0 ? (["outputs-heading"] as const) : []),
    ...(project.qualityNotes.length === 0 ? (["quality-heading"] as const) : []),
    ...(similar.length === 0 ? (["similar-heading"] as const) : []),
  ];
  const period = [record.plannedStart, record.plannedEnd]
    .map((d) => (d ? formatDate(d, locale) : "?"))
    .join("–");

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="no-print">
          <Link href={searchHref(state)}>← {t("backToSearch")}</Link>
        </p>
        <h1 lang={record.sourceLanguage}>{record.name}</h1>
        <div className="no-print flex flex-wrap items-start gap-x-6 gap-y-2">
          <ProjectCompare code={record.code} state={state} />
          <a href={`/api/projects/${record.code}`}>{t("downloadJson")}</a>
        </div>
        <DefinitionList
          missing={t("missing")}
          items={[
            { label: t("code"), value: <span className="font-mono">{record.code}</span> },
            { label: t("fund"), value: vocabularyValue("fund", record.fund, locale) },
            { label: t("programmePeriod"), value: record.programmePeriod.replace("-", "–") },
            { label: t("status"), value: vocabularyValue("status", record.status, locale) },
            { label: t("period"), value: period },
            {
              label: t("authority"),
              value: vocabularyValue("authority", record.responsibleAuthority, locale),
            },
            {
              label: t("axis"),
              value: vocabularyValue("axis", record.priorityAxis?.number, locale, record.priorityAxis?.name),
            },
            {
              label: t("objective"),
              value: vocabularyValue(
                "objective",
                record.specificObjective?.number,
                locale,
                record.specificObjective?.name,
              ),
            },
          ]}
        />
        {record.sourceLanguage !== "fi" && (
          <p role="note" className="rounded border-l-4 border-sky-700 bg-sky-50 p-3">
            {t("sourceLanguageNote", { language: record.sourceLanguage })}
          </p>
        )}
        {record.incomplete && (
          <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
            {t("incompleteNotice", { sections: (record.missingSections ?? []).join(", ") })}
          </p>
        )}
        <ProjectContents absent={absentSections} />
      </header>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="plan-heading" className="space-y-3">
          <h2 id="plan-heading">{t("plan")}</h2>
          {record.summary ? (
            <Paragraphs text={record.summary} lang={record.sourceLanguage} />
          ) : (
            <p>{t("missing")}</p>
          )}
        </section>
        <section aria-labelledby="report-heading" className="space-y-3">
          <h2 id="report-heading">{t("finalReport")}</h2>
          {record.finalReportSummary ? (
            <Paragraphs text={record.finalReportSummary} lang={record.sourceLanguage} />
          ) : (
            <p className="rounded border border-slate-300 bg-slate-50 p-3">{t("noFinalReport")}</p>
          )}
        </section>
      </div>
      <WebPageNarrative pages={project.webPages} />

      <FundingPanel record={record} locale={locale} />

      <section aria-labelledby="target-heading" className="space-y-3">
        <h2 id="target-heading">{t("targetGroups")}</h2>
        <h3 className="text-lg font-semibold">{t("direct")}</h3>
        {record.targetGroups.direct ? (
          <Paragraphs text={record.targetGroups.direct} lang={record.sourceLanguage} />
        ) : (
          <p>{t("missing")}</p>
        )}
        <h3 className="text-lg font-semibold">{t("indirect")}</h3>
        {record.targetGroups.indirect ? (
          <Paragraphs text={record.targetGroups.indirect} lang={record.sourceLanguage} />
        ) : (
          <p>{t("missing")}</p>
        )}
      </section>

      <section aria-labelledby="geography-heading" className="space-y-3">
        <h2 id="geography-heading">{t("geography")}</h2>
        <DefinitionList
          missing={t("missing")}
          items={[
            { label: t("regions"), value: placeNames("region", record.geography.regions, locale) },
            {
              label: t("subRegions"),
              value: placeNames("subRegion", record.geography.subRegions, locale),
            },
            {
              label: t("municipalities"),
              value: placeNames("municipality", record.geography.municipalities, locale),
            },
            {
              label: t("implementationAddress"),
              value:
                record.geography.implementationAddress &&
                Object.values(record.geography.implementationAddress).filter(Boolean).join(", "),
            },
          ]}
        />
      </section>

      <PartiesSection
        record={record}
        locale={locale}
        applicantLinked={project.applicantOrganisationBusinessId !== null}
      />
      <GenderSection answers={record.genderEquality} />
      <SustainabilitySection scores={record.sustainability} />
      <WebOutputs items={project.webPageItems} title={project.webPageTitle} />

      {project.qualityNotes.length > 0 && (
        <section aria-labelledby="quality-heading" className="space-y-2">
          <h2 id="quality-heading">{t("quality")}</h2>
          <ul className="list-disc pl-6">
            {project.qualityNotes.map((note) => (
              <li key={note.kind}>{t(`qualityNote.${note.kind}`)}</li>
            ))}
          </ul>
        </section>
      )}

      {/* Not behind <Suspense>: streamed content needs JavaScript to appear, and the page must
          work without it. The similar projects' query is started with the others instead. */}
      <SimilarProjects similar={similar} state={state} />

      <footer className="border-t border-slate-200 pt-4 text-sm text-slate-700">
        <p>
          {t("source", {
            file: project.sourceFile.split("/").pop() ?? project.sourceFile,
            date: formatDate(project.importedAt.slice(0, 10), locale),
          })}
        </p>
      </footer>
    </article>
  );
}
