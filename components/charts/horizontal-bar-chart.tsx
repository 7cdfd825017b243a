"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** How the value axis reads: euros (compact), shares (0–1 as %) or scores (0–10). */
export type ValueScale = "euro" | "share" | "score";

export interface BarSeries {
  key: string;
  name: string;
}

// Blue and orange stay distinguishable for the common colour-vision deficiencies.
const COLOURS = ["#1d4f8c", "#c2410c"];

function axisFor(scale: ValueScale, locale: string) {
  const intl = locale === "fi" ? "fi-FI" : "en-GB";
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

/**
 * One bar per series for each labelled row, laid horizontally so long Finnish labels fit. Hidden
 * from assistive technology: the table beside every chart holds the same numbers.
 */
export function HorizontalBarChart({
  rows,
  series,
  scale,
  locale,
  labelWidth = 220,
}: {
  rows: ({ label: string } & Record<string, number | string | null>)[];
  series: BarSeries[];
  scale: ValueScale;
  locale: string;
  labelWidth?: number;
}) {
  const axis = axisFor(scale, locale);
  const height = Math.max(8, rows.length * (1 + 1.2 * series.length) + 4);
  return (
    <div className="w-full" style={{ height: `${height}rem` }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
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
