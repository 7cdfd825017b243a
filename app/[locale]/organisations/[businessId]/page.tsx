import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate, formatEuro } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale } from "@/lib/i18n/locale";
import { getOrganisation } from "@/lib/queries/get-organisation";

type Props = { params: Promise<{ locale: string; businessId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organisation = await getOrganisation(decodeURIComponent((await params).businessId));
  return organisation ? { title: organisation.name } : {};
}

export default async function OrganisationPage({ params }: Props) {
  const { locale: raw, businessId } = await params;
  const locale = resolveLocale(raw);
  setRequestLocale(locale);
  const organisation = await getOrganisation(decodeURIComponent(businessId));
  if (!organisation) notFound();
  const [t, p] = await Promise.all([getTranslations("organisation"), getTranslations("project")]);
  const euro = (value: number | null) => (value === null ? p("missing") : formatEuro(value, locale));
  return (
    <div className="space-y-6">
      <h1 lang="fi">{organisation.name}</h1>
      <p>
        {p("businessId")}: {organisation.businessId}
        {organisation.organisationType && ` · ${organisation.organisationType}`}
      </p>
      <p>
        {t("counts", { applicant: organisation.totals.asApplicant, co: organisation.totals.asCoImplementer })}
      </p>
      <p data-testid="organisation-totals">
        {t("totals", {
          planned: formatEuro(organisation.totals.plannedPublicTotal, locale),
          realised: formatEuro(organisation.totals.realisedPublicTotal, locale),
        })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="text-left text-lg font-semibold">{t("projects")}</caption>
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="py-1 pr-3">
                {t("name")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("role")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {p("period")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {p("plannedPublic")}
              </th>
              <th scope="col" className="py-1 text-right">
                {p("realisedPublic")}
              </th>
            </tr>
          </thead>
          <tbody>
            {organisation.projects.map((project) => (
              <tr key={`${project.code}-${project.role}`} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  <Link href={`/projects/${project.code}`}>{project.name}</Link>{" "}
                  <span className="font-mono">({project.code})</span>
                </th>
                <td className="py-1 pr-3">{t(project.role)}</td>
                <td className="py-1 pr-3">
                  {[project.plannedStart, project.plannedEnd]
                    .map((d) => (d ? formatDate(d, locale) : "?"))
                    .join("–")}
                </td>
                <td className="py-1 pr-3 text-right tabular-nums">{euro(project.plannedPublicTotal)}</td>
                <td className="py-1 text-right tabular-nums">{euro(project.realisedPublicTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
