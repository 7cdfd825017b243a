"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ScoreRow {
  label: string;
  direct: number;
  indirect: number;
}

// Blue and orange stay distinguishable for the common colour-vision deficiencies.
const DIRECT = "#1d4f8c";
const INDIRECT = "#c2410c";

/** Direct and indirect scores (0–10) per criterion; the table beside it holds the same numbers. */
export function ScoreBarChart({
  rows,
  labels,
}: {
  rows: ScoreRow[];
  labels: { direct: string; indirect: string };
}) {
  return (
    <div className="h-[34rem] w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
          <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend />
          <Bar dataKey="direct" name={labels.direct} fill={DIRECT} />
          <Bar dataKey="indirect" name={labels.indirect} fill={INDIRECT} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
