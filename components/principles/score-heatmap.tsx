import { getLocale, getTranslations } from "next-intl/server";
import { CRITERION_KEYS } from "@/lib/domain/criteria";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ScoreMatrixRow } from "@/lib/queries/find-principle-details";
import { ScoreHeatmapTable } from "./score-heatmap-table";

/**
 * Projects × criteria as a real table; each number links to the projects with that score. The
 * hundreds of links are plain anchors (a full page load), not client-side Links: each of those
 * would be a component to hydrate and prefetch on a phone, for no gain on a page read from the
 * server anyway. The server writes each criterion-and-score link once; the table is drawn from
 * the scores.
 */
export async function ScoreHeatmap({
  rows,
  caption,
  cellHref,
}: {
  rows: ScoreMatrixRow[];
  caption: string;
  cellHref: (criterion: string, score: number) => string;
}) {
  const [t, c, locale] = await Promise.all([
    getTranslations("principles"),
    getTranslations("criteria"),
    getLocale() as Promise<Locale>,
  ]);
  // Each criterion-and-score link on the page once: cellHrefs[criterion][score].
  const cellHrefs: Record<number, Record<number, string>> = {};
  for (const row of rows)
    row.scores.forEach((score, criterion) => {
      if (score === null) return;
      const links = (cellHrefs[criterion] ??= {});
      links[score] ??= getPathname({ href: cellHref(CRITERION_KEYS[criterion] ?? "", score), locale });
    });
  return (
    <ScoreHeatmapTable
      caption={caption}
      projectHeader={t("project")}
      criteria={CRITERION_KEYS.map((key) => c(key))}
      rows={rows.map((row) => ({
        code: row.code,
        name: row.name,
        href: getPathname({ href: `/projects/${row.code}`, locale }),
        scores: row.scores,
      }))}
      cellHrefs={cellHrefs}
    />
  );
}
