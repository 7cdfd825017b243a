"use client";

import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { percentOf, type DrawnAxis } from "./value-axis";

/** A project as the scatter draws it: figures already formatted, position in percent of the plot. */
export interface ScatterPoint {
  code: string;
  name: string;
  href: string;
  planned: string;
  realised: string;
  /** Realised as a share of planned, or "–". */
  rate: string;
  /** Planned across, from the left. */
  x: number;
  /** Realised up, from the top. */
  y: number;
}

export interface ScatterWords {
  planned: string;
  realised: string;
  line: string;
  project: string;
  absorption: string;
  /** The table's summary and caption. */
  table: string;
  caption: string;
}

// Every point's look, once for the chart rather than on each of up to 150 points: a transparent
// hit area, the dot (thicker outline on hover and focus) and its label, shown on hover and focus.
const POINT_STYLE = [
  "[&_svg]:overflow-visible [&_a]:outline-none [&_circle]:fill-transparent",
  "[&_circle+circle]:fill-brand-700/75 [&_circle+circle]:stroke-slate-900",
  "[&_a:hover_circle+circle]:stroke-2 [&_a:focus-visible_circle+circle]:stroke-[3]",
  "[&_a_text]:hidden [&_a:hover_text]:block [&_a:focus-visible_text]:block",
  "[&_a_text]:fill-slate-900 [&_a_text]:stroke-white [&_a_text]:stroke-4 [&_a_text]:text-xs [&_a_text]:font-semibold [&_a_text]:[paint-order:stroke]",
].join(" ");

/**
 * Each project as a point, planned public funding across and realised up, with the line where
 * realised equals planned (100 %), and the same projects as a table. SVG placed in percentages,
 * so it fills any width without shrinking its text; every point is a link to its project (Tab
 * moves through them, each named for screen readers and labelled on screen on hover and focus).
 * A client component drawn from the points, so the page carries each project once as data
 * rather than its markup twice; the server did the formatting and the placing.
 */
export function FundingScatterDrawing({
  points,
  axis,
  words,
}: {
  points: ScatterPoint[];
  /** Both axes' ticks (planned across, realised up), formatted by the server. */
  axis: DrawnAxis;
  words: ScatterWords;
}) {
  const t = useTranslations("chart");
  const { ticks, max } = axis;
  // Across from the left, up from the bottom.
  const x = (value: number) => percentOf(value, max);
  const y = (value: number) => percentOf(max - value, max);
  const percent = (place: number) => `${place}%`;
  return (
    <>
      <div className="grid h-[28rem] grid-cols-[auto_minmax(0,1fr)] grid-rows-[minmax(0,1fr)_auto_auto] gap-x-2 pr-4 pt-2 text-xs text-slate-700 sm:text-sm">
        <div className="relative w-12 sm:w-16">
          {ticks.map((tick) => (
            <span
              key={tick.value}
              aria-hidden
              className="absolute right-0 -translate-y-1/2"
              style={{ top: y(tick.value) }}
            >
              {tick.label}
            </span>
          ))}
        </div>
        <svg className={`h-full w-full overflow-visible border-b border-l border-slate-500 ${POINT_STYLE}`}>
          {ticks.slice(1).map((tick) => (
            <g key={tick.value} stroke="#cbd5e1" strokeDasharray="3 3">
              <line x1="0" x2="100%" y1={y(tick.value)} y2={y(tick.value)} />
              <line x1={x(tick.value)} x2={x(tick.value)} y1="0" y2="100%" />
            </g>
          ))}
          <line x1="0" y1="100%" x2="100%" y2="0" stroke="#475569" strokeDasharray="6 4" />
          <text x="98%" y="4%" textAnchor="end" fill="#334155" className="text-xs sm:text-sm">
            {words.line}
          </text>
          {points.map((point) => {
            const labelLeft = point.x > 60;
            // The point's own coordinates, so its circles and label need none (the styles are on the chart).
            return (
              <a key={point.href} href={point.href} aria-label={t("scatterPoint", { ...point })}>
                <svg x={percent(point.x)} y={percent(point.y)}>
                  <circle r={9} />
                  <circle r={5} />
                  <text dx={labelLeft ? -10 : 10} dy={-10} textAnchor={labelLeft ? "end" : undefined}>
                    {`${point.code} ${point.rate}`}
                  </text>
                </svg>
              </a>
            );
          })}
        </svg>
        <div />
        <div aria-hidden className="relative h-5">
          {ticks.map((tick, index) => (
            <span
              key={tick.value}
              // On a phone only the ends are labelled, so the labels never run together.
              className={`absolute top-1 ${index === 0 ? "" : index === ticks.length - 1 ? "-translate-x-full" : "hidden -translate-x-1/2 sm:inline"}`}
              style={{ left: x(tick.value) }}
            >
              {tick.label}
            </span>
          ))}
        </div>
        <div />
        <p className="text-center font-medium">
          {words.planned} → · {words.realised} ↑
        </p>
      </div>
      <details>
        <summary className="cursor-pointer">{words.table}</summary>
        <DataTable
          caption={words.caption}
          captionHidden
          testId="funding-points"
          columns={[
            { header: words.project },
            { header: words.planned, numeric: true },
            { header: words.realised, numeric: true },
            { header: words.absorption, numeric: true },
          ]}
          rows={points.map((point) => ({
            key: point.code,
            header: { href: point.href, lead: point.code, text: point.name, lang: "fi" },
            cells: [point.planned, point.realised, point.rate],
          }))}
        />
      </details>
    </>
  );
}
