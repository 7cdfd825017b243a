"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_FOCUS } from "./horizontal-bar-chart-client";

/**
 * Bars of counts. Keyboard users reach the chart with Tab and move between bars with the arrow
 * keys (Recharts' accessibility layer shows each bar's tooltip); the table beside it holds the
 * same numbers for screen readers.
 */
export function HistogramChartClient({
  bars,
  valueLabel,
  title,
  keyboardHint,
}: {
  bars: { label: string; value: number }[];
  valueLabel: string;
  title: string;
  keyboardHint: string;
}) {
  return (
    <div className={`h-72 w-full ${CHART_FOCUS}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} accessibilityLayer title={title} desc={keyboardHint}>
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
