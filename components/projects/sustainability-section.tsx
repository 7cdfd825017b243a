import { getTranslations } from "next-intl/server";
import { ScoreBarChart } from "@/components/charts/score-bar-chart";
import type { ProjectRecord } from "@/lib/schemas/record";

export async function SustainabilitySection({ scores }: { scores: ProjectRecord["sustainability"] }) {
  const [t, c] = await Promise.all([getTranslations("project"), getTranslations("criteria")]);
  if (scores.length === 0) return null;
  return (
    <section aria-labelledby="sustainability-heading" className="space-y-3">
      <h2 id="sustainability-heading">{t("sustainability")}</h2>
      <figure className="space-y-3">
        <figcaption>{t("sustainabilityCaption")}</figcaption>
        <ScoreBarChart
          rows={scores.map((score) => ({
            label: c(score.criterion),
            direct: score.direct,
            indirect: score.indirect,
          }))}
          labels={{ direct: t("direct"), indirect: t("indirectScore") }}
        />
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("sustainabilityCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-400 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("criterion")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t("direct")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t("indirectScore")}
                </th>
                <th scope="col" className="py-1">
                  {t("justification")}
                </th>
              </tr>
            </thead>
            <tbody>
              {scores.map((score) => (
                <tr key={score.criterion} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-medium">
                    {c(score.criterion)}
                    <span className="block text-xs font-normal text-slate-600">
                      {t(`category.${score.category}`)}
                    </span>
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{score.direct}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{score.indirect}</td>
                  <td className="py-1 whitespace-pre-line" lang="fi">
                    {score.justification ?? <span className="text-slate-600">{t("noJustification")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </section>
  );
}
