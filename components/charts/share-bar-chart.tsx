"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Shares (0–1) as horizontal bars from 0 to 100 %. Hidden from assistive technology: the table
 * beside it holds the same numbers.
 */
export function ShareBarChart({
  bars,
  valueLabel,
  locale,
}: {
  bars: { label: string; share: number | null }[];
  valueLabel: string;
  locale: string;
}) {
  const percent = new Intl.NumberFormat(locale === "fi" ? "fi-FI" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 1,
  });
  return (
    <div className="w-full" style={{ height: `${Math.max(8, bars.length * 2.5 + 3)}rem` }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={(value: number) => percent.format(value)}
          />
          <YAxis type="category" dataKey="label" width={260} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => percent.format(Number(value))} />
          <Bar dataKey="share" name={valueLabel} fill="#1d4f8c" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
