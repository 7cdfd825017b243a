"use client";

import { useLocale, useTranslations } from "next-intl";
import { numberFormat } from "@/lib/format";
import { useListKeys } from "./list-keys";
import { TOOLTIP_LOOK } from "./tooltip-style";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_FOCUS } from "./value-axis";
import { CHART_TEXT, useWidth } from "./use-width";

/**
 * Bars of counts. Keyboard users reach the chart with Tab and move between bars with the arrow
 * keys (Recharts' accessibility layer shows each bar's tooltip); the table beside it holds the
 * same numbers for screen readers. Where the bars are narrow (a phone, 200 % zoom) the bin labels
 * turn aslant so that every one stays readable.
 */
export interface HistogramChartProps {
  bars: { label: string; value: number }[];
  valueLabel: string;
  /** The value axis's ticks, as the server-drawn chart has them. */
  ticks: number[];
  title: string;
}

export function HistogramChartClient({ bars, valueLabel, ticks, title }: HistogramChartProps) {
  const keyboardHint = useTranslations("chart")("keyboardHint");
  const count = numberFormat(useLocale());
  const listKeys = useListKeys("ArrowRight", bars.length);
  const [box, width] = useWidth<HTMLDivElement>();
  // About 70 px per bin label laid flat.
  const narrow = width !== null && width < bars.length * 70;
  return (
    <div ref={box} className={`h-72 w-full ${CHART_FOCUS}`} {...listKeys}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={bars}
          accessibilityLayer
          title={title}
          desc={keyboardHint}
          margin={narrow ? { top: 8, right: 8, left: 0, bottom: 8 } : undefined}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 12, fill: CHART_TEXT }}
            interval={narrow ? 0 : "preserveEnd"}
            angle={narrow ? -50 : 0}
            textAnchor={narrow ? "end" : "middle"}
            height={narrow ? 64 : 30}
          />
          <YAxis
            allowDecimals={false}
            domain={[0, ticks[ticks.length - 1] ?? 1]}
            ticks={ticks}
            width={narrow ? 44 : 60}
            tick={{ fill: CHART_TEXT }}
            tickFormatter={(value: number) => count.format(value)}
          />
          <Tooltip {...TOOLTIP_LOOK} formatter={(value) => count.format(Number(value))} />
          <Bar dataKey="value" name={valueLabel} fill="#1d4f8c" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
