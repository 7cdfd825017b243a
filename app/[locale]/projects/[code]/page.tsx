import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FundingPanel } from "@/components/projects/funding-panel";
import { GenderSection } from "@/components/projects/gender-section";
import { PartiesSection } from "@/components/projects/parties-section";
import { SustainabilitySection } from "@/components/projects/sustainability-section";
import { WebOutputs } from "@/components/projects/web-outputs";
import { DefinitionList, Paragraphs } from "@/components/ui/definition-list";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { routeSegment } from "@/lib/http/route-segment";
import { resolveLocale } from "@/lib/i18n/locale";
import { findSimilarProjects } from "@/lib/queries/find-similar-projects";
import { getProject } from "@/lib/queries/project-records";

type Props = { params: Promise<{ locale: string; code: string }> };

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

export default async function ProjectPage({ params }: Props) {
  const { locale: raw, code } = await params;
  const locale = resolveLocale(raw);
  setRequestLocale(locale);
  const segment = routeSegment(code);
  const project = segment && (await getProject(segment));
  if (!project) notFound();
  const [t, tc, similar] = await Promise.all([
    getTranslations("project"),
    getTranslations("compare"),
    findSimilarProjects(project.record.code),
  ]);
  const { record } = project;
  const period = [record.plannedStart, record.plannedEnd]
    .map((d) => (d ? formatDate(d, locale) : "?"))
    .join("–");

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="no-print">
          <Link href="/projects">← {t("backToSearch")}</Link>
        </p>
        <h1 lang="fi">{record.name}</h1>
        <DefinitionList
          missing={t("missing")}
          items={[
            { label: t("code"), value: <span className="font-mono">{record.code}</span> },
            { label: t("fund"), value: record.fund },
            { label: t("status"), value: record.status },
            { label: t("period"), value: period },
            { label: t("authority"), value: record.responsibleAuthority },
            {
              label: t("axis"),
              value:
                record.priorityAxis && `${record.priorityAxis.number}. ${record.priorityAxis.name ?? ""}`,
            },
            {
              label: t("objective"),
              value:
                record.specificObjective &&
                `${record.specificObjective.number}. ${record.specificObjective.name ?? ""}`,
            },
          ]}
        />
        {record.incomplete && (
          <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
            {t("incompleteNotice", { sections: (record.missingSections ?? []).join(", ") })}
          </p>
        )}
      </header>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="plan-heading" className="space-y-3">
          <h2 id="plan-heading">{t("plan")}</h2>
          {record.summary ? <Paragraphs text={record.summary} /> : <p>{t("missing")}</p>}
        </section>
        <section aria-labelledby="report-heading" className="space-y-3">
          <h2 id="report-heading">{t("finalReport")}</h2>
          {record.finalReportSummary ? (
            <Paragraphs text={record.finalReportSummary} />
          ) : (
            <p className="rounded border border-slate-300 bg-slate-50 p-3">{t("noFinalReport")}</p>
          )}
        </section>
      </div>

      <FundingPanel record={record} locale={locale} />

      <section aria-labelledby="target-heading" className="space-y-3">
        <h2 id="target-heading">{t("targetGroups")}</h2>
        <h3 className="text-lg font-semibold">{t("direct")}</h3>
        {record.targetGroups.direct ? (
          <Paragraphs text={record.targetGroups.direct} />
        ) : (
          <p>{t("missing")}</p>
        )}
        <h3 className="text-lg font-semibold">{t("indirect")}</h3>
        {record.targetGroups.indirect ? (
          <Paragraphs text={record.targetGroups.indirect} />
        ) : (
          <p>{t("missing")}</p>
        )}
      </section>

      <section aria-labelledby="geography-heading" className="space-y-3">
        <h2 id="geography-heading">{t("geography")}</h2>
        <DefinitionList
          missing={t("missing")}
          items={[
            { label: t("regions"), value: record.geography.regions.join(", ") },
            { label: t("subRegions"), value: record.geography.subRegions.join(", ") },
            { label: t("municipalities"), value: record.geography.municipalities.join(", ") },
            {
              label: t("implementationAddress"),
              value:
                record.geography.implementationAddress &&
                Object.values(record.geography.implementationAddress).filter(Boolean).join(", "),
            },
          ]}
        />
      </section>

      <PartiesSection record={record} applicantLinked={project.applicantOrganisationBusinessId !== null} />
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

      {similar.length > 0 && (
        <section aria-labelledby="similar-heading" className="no-print space-y-2">
          <h2 id="similar-heading">{t("similar")}</h2>
          <ul className="list-disc pl-6">
            {similar.map((other) => (
              <li key={other.code}>
                <Link href={`/projects/${other.code}`}>{other.name}</Link>{" "}
                <span className="text-sm text-slate-700">
                  (
                  {[
                    other.sharedObjective && t("sharedObjective"),
                    other.sharedRegions > 0 && t("sharedRegion"),
                  ]
                    .filter(Boolean)
                    .join(", ")}
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer className="border-t border-slate-200 pt-4 text-sm text-slate-700">
        <p>
          {t("source", {
            file: project.sourceFile.split("/").pop() ?? project.sourceFile,
            date: formatDate(project.importedAt.slice(0, 10), locale),
          })}
        </p>
        <p className="no-print">
          <a href={`/api/projects/${record.code}`}>{t("downloadJson")}</a> ·{" "}
          <Link href={`/compare?codes=${record.code}`}>{tc("add")}</Link>
        </p>
      </footer>
    </article>
  );
}
