"use client";

import { useTranslations } from "next-intl";
import { SCROLLING_CAPTION, ScrollRegion } from "@/components/ui/scroll-region";

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

export interface HeatmapRow {
  code: string;
  name: string;
  href: string;
  /** Scores in the order of the criteria; null where the project has no score. */
  scores: (number | null)[];
}

/**
 * The heatmap's table, drawn in the browser from its scores (a client component: the page's
 * hydration data carries the numbers, not 360 cells of markup). `cellHrefs` holds the link of
 * each criterion and score on the page, written by the server's URL serializer.
 */
export function ScoreHeatmapTable({
  caption,
  projectHeader,
  criteria,
  rows,
  cellHrefs,
}: {
  caption: string;
  projectHeader: string;
  criteria: string[];
  rows: HeatmapRow[];
  /** By criterion, then score: the link of that criterion and score. */
  cellHrefs: Record<number, Record<number, string>>;
}) {
  const t = useTranslations("chart");
  return (
    <ScrollRegion label={caption}>
      <table
        className="border-collapse text-xs [&_td]:border [&_td]:border-white [&_td]:text-center [&_td>a]:block [&_td>a]:p-1 [&_td>a]:text-inherit [&_td>a]:no-underline [&_td>a:hover]:underline"
        data-testid="heatmap"
      >
        <caption className={`${SCROLLING_CAPTION} mb-2 text-sm`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="min-w-48 p-1 text-left align-bottom">
              {projectHeader}
            </th>
            {criteria.map((criterion) => (
              <th key={criterion} scope="col" className="w-14 p-1 align-bottom font-medium">
                {criterion}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.href}>
              <th scope="row" className="p-1 text-left font-normal">
                {/* The code too: generated and real names repeat ("Digitaalinen hyvinvointi"). */}
                <a href={row.href}>
                  {row.code} <span lang="fi">{row.name}</span>
                </a>
              </th>
              {row.scores.map((score, index) =>
                score === null ? (
                  <td key={index} className="p-1">
                    –
                  </td>
                ) : (
                  <td
                    key={index}
                    style={{ backgroundColor: SCALE[score], color: score >= 7 ? "#ffffff" : "#0f172a" }}
                  >
                    <a
                      href={cellHrefs[index]?.[score]}
                      aria-label={t("heatmapCell", {
                        project: `${row.code} ${row.name}`,
                        criterion: criteria[index] ?? "",
                        score,
                      })}
                    >
                      {score}
                    </a>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
