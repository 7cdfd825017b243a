import { getLocale, getTranslations } from "next-intl/server";
import { CRITERION_KEYS } from "@/lib/domain/criteria";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ScoreMatrixRow } from "@/lib/queries/find-principle-details";
import { ScrollRegion } from "@/components/ui/scroll-region";

// A sequential blue scale (readable with the common colour-vision deficiencies); every cell also
// shows its number, and text colour keeps a 4.5:1 contrast on each step.
const SCALE = [
  "#f7fbff",
  "#e3eef9",
  "#cfe1f2",
  "#b5d4e9",
  "#93c3df",
  "#6daed5",
  "#4b97c9",
  "#1f6fb2",
  "#1864aa",
  "#0a4a90",
  "#08306b",
];

/**
 * Projects × criteria as a real table; each number links to the projects with that score. The
 * hundreds of links are plain anchors (a full page load), not client-side Links: each of those
 * would be a component to hydrate and prefetch on a phone, for no gain on a page read from the
 * server anyway. Cell styles sit once on the table rather than on every cell.
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
  return (
    <ScrollRegion label={caption}>
      <table
        className="border-collapse text-xs [&_td]:border [&_td]:border-white [&_td]:text-center [&_td>a]:block [&_td>a]:p-1 [&_td>a]:text-inherit [&_td>a]:no-underline [&_td>a:hover]:underline"
        data-testid="heatmap"
      >
        <caption className="mb-2 text-left text-sm">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="min-w-48 p-1 text-left align-bottom">
              {t("project")}
            </th>
            {CRITERION_KEYS.map((key) => (
              <th key={key} scope="col" className="w-14 p-1 align-bottom font-medium">
                {c(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="p-1 text-left font-normal">
                <a href={getPathname({ href: `/projects/${row.code}`, locale })} lang="fi">
                  {row.name}
                </a>
              </th>
              {row.scores.map((score, index) => {
                const key = CRITERION_KEYS[index] ?? "";
                if (score === null)
                  return (
                    <td key={key} className="p-1">
                      –
                    </td>
                  );
                return (
                  <td
                    key={key}
                    style={{ backgroundColor: SCALE[score], color: score >= 7 ? "#ffffff" : "#0f172a" }}
                  >
                    <a
                      href={getPathname({ href: cellHref(key, score), locale })}
                      aria-label={t("cellLabel", { project: row.name, criterion: c(key), score })}
                    >
                      {score}
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
