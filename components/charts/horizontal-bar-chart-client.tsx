"use client";

import { useTranslations } from "next-intl";
import { useListKeys } from "./list-keys";
import { TOOLTIP_LOOK } from "./tooltip-style";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  CHART_FOCUS,
  SERIES_COLOURS,
  largestFigure,
  valueAxis,
  type BarSeries,
  type ValueScale,
} from "./value-axis";
import { CHART_TEXT, useWidth } from "./use-width";

// The narrow layout: each row's label on its own lines above its bars.
const BAR = 12;
const BAR_GAP = 2;
const LINE = 15;
const MARGIN = { top: 4, right: 36, left: 16, bottom: 4 };
// A generous width of a 12 px character (as Recharts measures when it wraps), to reserve lines.
const CHARACTER = 8.5;

export interface HorizontalBarChartProps {
  rows: ({ label: string } & Record<string, number | string | null>)[];
  series: BarSeries[];
  scale: ValueScale;
  locale: string;
  labelWidth?: number;
  /** The chart's name when Tab reaches it. */
  title: string;
}

/**
 * One bar per series for each labelled row, laid horizontally so long Finnish labels fit. Where
 * the labels beside the bars would leave the bars too little room (a phone, 200 % zoom), each
 * label goes above its bars and the value axis has fewer ticks: the chart re-lays itself rather
 * than shrinking. Keyboard users reach the chart with Tab and move between rows with the arrow
 * keys (Recharts' accessibility layer shows each row's tooltip); the table beside every chart
 * holds the same numbers for screen readers.
 */
export function HorizontalBarChartClient({
  rows,
  series,
  scale,
  locale,
  labelWidth = 220,
  title,
}: HorizontalBarChartProps) {
  const keyboardHint = useTranslations("chart")("keyboardHint");
  const [box, width] = useWidth<HTMLDivElement>();
  // Bars listed top to bottom: Recharts moves forward with ArrowLeft.
  const listKeys = useListKeys("ArrowLeft", rows.length);
  // Bars need about 240 px beside the labels to be read.
  const narrow = width !== null && width < labelWidth + 240;
  const axis = valueAxis(scale, locale, narrow, largestFigure(rows, series));
  const plotWidth = Math.max(100, (width ?? 320) - MARGIN.left - MARGIN.right);
  const lines = Math.max(1, ...rows.map((row) => Math.ceil((row.label.length * CHARACTER) / plotWidth)));
  const bars = series.length * BAR + (series.length - 1) * BAR_GAP;
  // Bars sit in the middle of their band, so the label's room is reserved above and below.
  const band = bars + 2 * (lines * LINE + 6);
  const height = narrow
    ? `${rows.length * band + 36 + (series.length > 1 ? 32 : 0)}px`
    : `${Math.max(8, rows.length * (1 + 1.2 * series.length) + 4)}rem`;
  return (
    <div ref={box} className={`w-full ${CHART_FOCUS}`} style={{ height }} {...listKeys}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={narrow ? MARGIN : { left: 8, right: 24 }}
          barGap={narrow ? BAR_GAP : undefined}
          accessibilityLayer
          title={title}
          desc={keyboardHint}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            tickCount={narrow ? 3 : 5}
            interval={narrow ? 0 : "preserveEnd"}
            tickFormatter={axis.format}
            tick={{ fill: CHART_TEXT }}
          />
          {narrow ? (
            <YAxis
              type="category"
              dataKey="label"
              // Recharts draws no axis of width 0; 1 px leaves the bars where the labels start.
              width={1}
              interval={0}
              axisLine={false}
              tickLine={false}
              tick={({ y, payload }) => (
                <Text
                  x={MARGIN.left}
                  y={Number(y) - bars / 2 - 4}
                  width={plotWidth}
                  textAnchor="start"
                  verticalAnchor="end"
                  lineHeight={LINE}
                  fontSize={12}
                  // Text wraps by measuring the words in this style.
                  style={{ fontSize: 12 }}
                  fill={CHART_TEXT}
                >
                  {String(payload.value)}
                </Text>
              )}
            />
          ) : (
            <YAxis
              type="category"
              dataKey="label"
              width={labelWidth}
              tick={{ fontSize: 12, fill: CHART_TEXT }}
              interval={0}
            />
          )}
          <Tooltip
            {...TOOLTIP_LOOK}
            formatter={(value) => axis.format(Number(value))}
            // In the bars' order, as the legend (Recharts sorts the figures by name otherwise).
            itemSorter={(item) => series.findIndex((entry) => entry.key === item.dataKey)}
          />
          {/* In the bars' order (Recharts sorts the legend by name unless told not to). */}
          {series.length > 1 && <Legend itemSorter={null} />}
          {series.map((item, index) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.name}
              fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              barSize={narrow ? BAR : undefined}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
