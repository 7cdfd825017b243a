"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface FundingBar {
  label: string;
  planned: number;
  realised: number;
}

// The same blue and orange as the score charts: distinguishable for common colour-vision deficiencies.
const PLANNED = "#1d4f8c";
const REALISED = "#c2410c";

/**
 * Planned and realised public funding side by side per group. Hidden from assistive technology:
 * the table under it holds the same numbers.
 */
export function FundingBarChart({
  bars,
  labels,
  locale,
}: {
  bars: FundingBar[];
  labels: { planned: string; realised: string };
  locale: string;
}) {
  const euros = new Intl.NumberFormat(locale === "fi" ? "fi-FI" : "en-GB", {
    style: "currency",
    currency: "EUR",
    notation: "compact",
    maximumFractionDigits: 1,
  });
  return (
    <div className="w-full" style={{ height: `${Math.max(10, bars.length * 3 + 4)}rem` }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(value: number) => euros.format(value)} />
          <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => euros.format(Number(value))} />
          <Legend />
          <Bar dataKey="planned" name={labels.planned} fill={PLANNED} />
          <Bar dataKey="realised" name={labels.realised} fill={REALISED} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
