"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { intlLocale } from "@/lib/format";

/** How the value axis reads: euros (compact), shares (0–1 as %) or scores (0–10). */
export type ValueScale = "euro" | "share" | "score";

export interface BarSeries {
  key: string;
  name: string;
}

// Blue and orange stay distinguishable for the common colour-vision deficiencies.
const COLOURS = ["#1d4f8c", "#c2410c"];

function axisFor(scale: ValueScale, locale: string) {
  const intl = intlLocale(locale);
  if (scale === "euro") {
    const euros = new Intl.NumberFormat(intl, {
      style: "currency",
      currency: "EUR",
      notation: "compact",
      maximumFractionDigits: 1,
    });
    return { format: (value: number) => euros.format(value), domain: undefined, ticks: undefined };
  }
  if (scale === "share") {
    const percent = new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 1 });
    return {
      format: (value: number) => percent.format(value),
      domain: [0, 1],
      ticks: [0, 0.25, 0.5, 0.75, 1],
    };
  }
  const number = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 });
  return { format: (value: number) => number.format(value), domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] };
}

/** A visible focus ring on a chart that Tab has reached. */
export const CHART_FOCUS =
  "[&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-brand-700";

/**
 * One bar per series for each labelled row, laid horizontally so long Finnish labels fit.
 * Keyboard users reach the chart with Tab and move between rows with the arrow keys (Recharts'
 * accessibility layer shows each row's tooltip); the table beside every chart holds the same
 * numbers for screen readers.
 */
export function HorizontalBarChartClient({
  rows,
  series,
  scale,
  locale,
  labelWidth = 220,
  title,
  keyboardHint,
}: {
  rows: ({ label: string } & Record<string, number | string | null>)[];
  series: BarSeries[];
  scale: ValueScale;
  locale: string;
  labelWidth?: number;
  /** The chart's name when Tab reaches it. */
  title: string;
  keyboardHint: string;
}) {
  const axis = axisFor(scale, locale);
  const height = Math.max(8, rows.length * (1 + 1.2 * series.length) + 4);
  return (
    <div className={`w-full ${CHART_FOCUS}`} style={{ height: `${height}rem` }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ left: 8, right: 24 }}
          accessibilityLayer
          title={title}
          desc={keyboardHint}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={axis.domain} ticks={axis.ticks} tickFormatter={axis.format} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => axis.format(Number(value))} />
          {series.length > 1 && <Legend />}
          {series.map((item, index) => (
            <Bar key={item.key} dataKey={item.key} name={item.name} fill={COLOURS[index % COLOURS.length]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
