import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SimilarProject } from "@/lib/queries/find-similar-projects";
import { projectHref } from "@/lib/search/compare-state";
import type { ListState } from "@/lib/search/list-state";

/** Projects sharing the objective or a region. */
export async function SimilarProjects({ similar, state }: { similar: SimilarProject[]; state: ListState }) {
  const t = await getTranslations("project");
  if (similar.length === 0) return null;
  return (
    <section aria-labelledby="similar-heading" className="no-print space-y-2">
      <h2 id="similar-heading">{t("similar")}</h2>
      <ul className="list-disc pl-6">
        {similar.map((other) => (
          <li key={other.code}>
            <Link href={projectHref(other.code, state)} lang="fi">
              {other.name}
            </Link>{" "}
            <span className="text-sm text-slate-700">
              (
              {[other.sharedObjective && t("sharedObjective"), other.sharedRegions > 0 && t("sharedRegion")]
                .filter(Boolean)
                .join(", ")}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
