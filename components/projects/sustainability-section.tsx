import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import type { ProjectRecord } from "@/lib/schemas/record";

export async function SustainabilitySection({ scores }: { scores: ProjectRecord["sustainability"] }) {
  const [t, c] = await Promise.all([getTranslations("project"), getTranslations("criteria")]);
  if (scores.length === 0) return null;
  return (
    <section aria-labelledby="sustainability-heading" className="space-y-3">
      <h2 id="sustainability-heading">{t("sustainability")}</h2>
      <figure className="space-y-3">
        <figcaption>{t("sustainabilityCaption")}</figcaption>
        <HorizontalBarChart
          title={t("sustainability")}
          scale="score"
          rows={scores.map((score) => ({
            label: c(score.criterion),
            direct: score.direct,
            indirect: score.indirect,
          }))}
          series={[
            { key: "direct", name: t("direct") },
            { key: "indirect", name: t("indirectScore") },
          ]}
        />
        <DataTable
          caption={t("sustainabilityCaption")}
          captionHidden
          columns={[
            { header: t("criterion") },
            { header: t("direct"), numeric: true },
            { header: t("indirectScore"), numeric: true },
            { header: t("justification") },
          ]}
          rows={scores.map((score) => ({
            key: score.criterion,
            header: (
              <>
                <span className="font-medium">{c(score.criterion)}</span>
                <span className="block text-xs text-slate-600">{t(`category.${score.category}`)}</span>
              </>
            ),
            cells: [
              score.direct,
              score.indirect,
              score.justification ? (
                <span key="j" lang="fi" className="whitespace-pre-line">
                  {score.justification}
                </span>
              ) : (
                <span key="j" className="text-slate-600">
                  {t("noJustification")}
                </span>
              ),
            ],
          }))}
        />
      </figure>
    </section>
  );
}
