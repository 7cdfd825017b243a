import { numberFormat } from "@/lib/format";

/** How the value axis reads: euros (compact), shares (0–1 as %) or scores (0–10). */
export type ValueScale = "euro" | "share" | "score";

export interface ValueAxis {
  format: (value: number) => string;
  domain: [number, number];
  ticks: number[];
}

/**
 * A value axis as the server formatted it, for the drawn charts: they are drawn in the browser
 * too (hydration), and a number formatted there by another ICU could read differently.
 */
export interface DrawnAxis {
  max: number;
  ticks: { value: number; label: string }[];
}

export const drawnAxis = (axis: ValueAxis): DrawnAxis => ({
  max: axis.domain[1],
  ticks: axis.ticks.map((value) => ({ value, label: axis.format(value) })),
});

type FigureRow = Record<string, number | string | null>;

/** The largest finite figure of the series in the rows (0 for none). */
export const largestFigure = (rows: readonly FigureRow[], series: readonly BarSeries[]) =>
  Math.max(
    0,
    ...rows.flatMap((row) =>
      series.map((item) => {
        const value = row[item.key];
        return typeof value === "number" && Number.isFinite(value) ? value : 0;
      }),
    ),
  );

/**
 * The value axis of a bar chart, the same for the server-drawn bars and the interactive chart
 * (so the chart keeps its scale when one replaces the other): fixed for shares and scores, round
 * ticks past the largest figure for euros.
 */
export function valueAxis(scale: ValueScale, locale: string, narrow: boolean, largest: number): ValueAxis {
  if (scale === "euro") {
    const euros = numberFormat(locale, {
      style: "currency",
      currency: "EUR",
      notation: "compact",
      maximumFractionDigits: 1,
    });
    const ticks = niceTicks(largest, narrow ? 3 : 4);
    return { format: (value) => euros.format(value), domain: [0, ticks[ticks.length - 1]!], ticks };
  }
  if (scale === "share") {
    const percent = numberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
    return {
      format: (value) => percent.format(value),
      domain: [0, 1],
      ticks: narrow ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1],
    };
  }
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  return {
    format: (value) => number.format(value),
    domain: [0, 10],
    ticks: narrow ? [0, 5, 10] : [0, 2, 4, 6, 8, 10],
  };
}

/**
 * Round ticks from 0 past `max` (steps of 1, 2, 2.5 or 5 × 10ⁿ), about `count` of them; whole
 * steps only for counts (`integer`).
 */
export function niceTicks(max: number, count = 4, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const step = integer ? Math.max(1, Math.ceil(nice)) : nice;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}

/** A figure's place along an axis from 0 to `max`, in percent to a hundredth (finer than a pixel). */
export const placeOf = (value: number, max: number): number =>
  Math.round(Math.max(0, Math.min(100, (100 * value) / max)) * 100) / 100;

/** A figure's place along an axis from 0 to `max`, as a CSS or SVG percentage. */
export const percentOf = (value: number, max: number) => `${placeOf(value, max)}%`;

// Blue and orange stay distinguishable for the common colour-vision deficiencies; on white they
// have 8.6:1 and 5.2:1 (the legend's text takes the series colour).
export const SERIES_COLOURS = ["#1d4f8c", "#c2410c"];

/** A visible focus ring on a chart that Tab has reached (the drawn chart or Recharts' surface). */
export const CHART_FOCUS =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-brand-700";

/** One series of bars: the row's figure under `key`, named `name` in the legend and tooltip. */
export interface BarSeries {
  key: string;
  name: string;
}
