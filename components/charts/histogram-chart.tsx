"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Bars of counts; hidden from assistive technology because the table beside it holds the numbers. */
export function HistogramChart({
  bars,
  valueLabel,
}: {
  bars: { label: string; value: number }[];
  valueLabel: string;
}) {
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="value" name={valueLabel} fill="#1d4f8c" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
