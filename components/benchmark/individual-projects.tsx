import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { perPlanned, type Plan } from "@/lib/domain/benchmark";
import { formatEuro, formatNumber, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import type { ComparableRow } from "@/lib/views/benchmark-view";

/**
 * A sample too small for statistics, shown whole: the plan's row first, then every comparable
 * project with its own figures, so the reader compares them directly.
 */
export async function IndividualProjects({ plan, projects }: { plan: Plan; projects: ComparableRow[] }) {
  const [t, tf, locale] = await Promise.all([
    getTranslations("benchmark"),
    getTranslations("funding"),
    getLocale().then(resolveLocale),
  ]);
  const euro = (value: number | null) => (value === null ? "–" : formatEuro(Math.round(value), locale));
  const count = (value: number | null) => (value === null ? "–" : formatNumber(value, locale));
  return (
    <DataTable
      caption={t("projectsCaption")}
      testId="benchmark-individual"
      columns={[
        { header: tf("project") },
        { header: tf("planned"), numeric: true },
        { header: tf("realised"), numeric: true },
        { header: tf("absorption"), numeric: true },
        { header: t("months"), numeric: true },
        { header: t("participants"), numeric: true },
        { header: t("realisedPerParticipant"), numeric: true },
        { header: t("realisedPerMonth"), numeric: true },
      ]}
      rows={[
        {
          key: "plan",
          header: <strong>{t("yourPlan")}</strong>,
          cells: [
            euro(plan.plannedPublicTotal),
            "–",
            "–",
            count(plan.months),
            count(plan.participants),
            euro(perPlanned(plan.plannedPublicTotal, plan.participants)),
            euro(perPlanned(plan.plannedPublicTotal, plan.months)),
          ],
        },
        ...projects.map((project) => ({
          key: project.code,
          header: (
            <Link href={`/projects/${project.code}`}>
              {project.code} <span lang="fi">{project.name}</span>
            </Link>
          ),
          cells: [
            euro(project.plannedPublicTotal),
            euro(project.realisedPublicTotal),
            project.figures.absorption === null ? "–" : formatPercent(project.figures.absorption, locale),
            count(project.figures.months),
            count(project.personsPlanned),
            euro(project.figures.perParticipant),
            euro(project.figures.monthly),
          ],
        })),
      ]}
    />
  );
}
