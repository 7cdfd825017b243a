import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { vocabularyValue } from "@/components/ui/vocabulary-value";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate, formatEuro } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { routeSegment } from "@/lib/http/route-segment";
import { resolveLocale } from "@/lib/i18n/locale";
import { getOrganisation } from "@/lib/queries/get-organisation";

type Props = { params: Promise<{ locale: string; businessId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const segment = routeSegment((await params).businessId);
  const organisation = segment && (await getOrganisation(segment));
  return organisation ? { title: organisation.name } : {};
}

export default async function OrganisationPage({ params }: Props) {
  const { locale: raw, businessId } = await params;
  const locale = resolveLocale(raw);
  setRequestLocale(locale);
  const segment = routeSegment(businessId);
  const organisation = segment && (await getOrganisation(segment));
  if (!organisation) notFound();
  const [t, p] = await Promise.all([getTranslations("organisation"), getTranslations("project")]);
  const euro = (value: number | null) => (value === null ? p("missing") : formatEuro(value, locale));
  return (
    <div className="space-y-6">
      <h1 lang="fi">{organisation.name}</h1>
      <p>
        {p("businessId")}: {organisation.businessId}
        {organisation.organisationType && (
          <> · {vocabularyValue("orgType", organisation.organisationType, locale)}</>
        )}
      </p>
      <ul data-testid="organisation-totals" className="list-disc pl-6">
        {(["applicant", "coImplementer"] as const).map((role) =>
          organisation.totals[role].projects > 0 ? (
            <li key={role}>
              {t(`totals.${role}`, {
                count: organisation.totals[role].projects,
                planned: formatEuro(organisation.totals[role].plannedPublicTotal, locale),
                realised: formatEuro(organisation.totals[role].realisedPublicTotal, locale),
              })}
            </li>
          ) : null,
        )}
      </ul>
      <DataTable
        caption={t("projects")}
        columns={[
          { header: t("name") },
          { header: t("role") },
          { header: p("period") },
          { header: p("plannedPublic"), numeric: true },
          { header: p("realisedPublic"), numeric: true },
        ]}
        rows={organisation.projects.map((project) => ({
          key: `${project.code}-${project.role}`,
          header: (
            <>
              <Link href={`/projects/${project.code}`} lang="fi">
                {project.name}
              </Link>{" "}
              <span className="font-mono">({project.code})</span>
            </>
          ),
          cells: [
            t(project.role),
            [project.plannedStart, project.plannedEnd]
              .map((d) => (d ? formatDate(d, locale) : "?"))
              .join("–"),
            euro(project.plannedPublicTotal),
            euro(project.realisedPublicTotal),
          ],
        }))}
      />
    </div>
  );
}
