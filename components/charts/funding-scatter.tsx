"use client";

import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from "recharts";
import { intlLocale } from "@/lib/format";
import { CHART_TEXT, useWidth } from "./use-width";

export interface ScatterPoint {
  planned: number;
  realised: number;
  href: string;
  /** The point's name for the keyboard and screen readers: code, name and both figures. */
  label: string;
  /** Shown beside the point on hover and focus. */
  short: string;
}

type PlacedPoint = ScatterPoint & { labelLeft: boolean };

const POINT = "#1d4f8c";

function PointLink(props: ScatterShapeProps) {
  const point = props.payload as PlacedPoint | undefined;
  if (props.cx === undefined || props.cy === undefined || !point) return <g />;
  const { cx, cy } = props;
  return (
    <a href={point.href} aria-label={point.label} className="group outline-none">
      <circle cx={cx} cy={cy} r={9} fill="transparent" />
      <circle
        cx={cx}
        cy={cy}
        r={5}
        fill={POINT}
        fillOpacity={0.75}
        className="stroke-slate-900 group-hover:stroke-2 group-focus-visible:stroke-[3]"
      />
      <text
        x={point.labelLeft ? cx - 10 : cx + 10}
        y={cy - 10}
        textAnchor={point.labelLeft ? "end" : "start"}
        className="hidden fill-slate-900 text-xs font-semibold group-hover:block group-focus-visible:block"
        paintOrder="stroke"
        stroke="white"
        strokeWidth={4}
      >
        {point.short}
      </text>
    </a>
  );
}

/**
 * Each project as a point, planned public funding across and realised up, with the line where
 * realised equals planned (100 %). Every point is a link to its project: Tab moves through them,
 * each named for screen readers and labelled on screen on hover and focus.
 */
export function FundingScatter({
  points,
  labels,
  locale,
}: {
  points: ScatterPoint[];
  labels: { planned: string; realised: string; line: string };
  locale: string;
}) {
  const euros = new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "EUR",
    notation: "compact",
    maximumFractionDigits: 1,
  });
  // A little room beyond the largest figure, so no point sits on the frame.
  const max = 1.05 * Math.max(1, ...points.flatMap((point) => [point.planned, point.realised]));
  // Labels of points in the right part open leftwards, so they stay inside the chart.
  const placed: PlacedPoint[] = points.map((point) => ({ ...point, labelLeft: point.planned > 0.6 * max }));
  // On a phone or at 200 % zoom: fewer ticks and tighter margins, so the plot keeps its room.
  const [box, width] = useWidth<HTMLDivElement>();
  const narrow = width !== null && width < 480;
  const ticks = narrow ? 3 : 5;
  const text = { fill: CHART_TEXT };
  const tick = { ...text, fontSize: narrow ? 12 : 14 };
  return (
    <div ref={box} className="h-[28rem] w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart
          margin={
            narrow
              ? { top: 16, right: 36, bottom: 24, left: 4 }
              : { top: 16, right: 44, bottom: 24, left: 32 }
          }
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="planned"
            name={labels.planned}
            domain={[0, max]}
            allowDataOverflow
            tickCount={ticks}
            tick={tick}
            tickFormatter={(value: number) => euros.format(value)}
            label={{ value: labels.planned, position: "insideBottom", offset: -12, ...text }}
          />
          <YAxis
            type="number"
            dataKey="realised"
            name={labels.realised}
            domain={[0, max]}
            width={narrow ? 84 : 80}
            tickCount={ticks}
            tick={tick}
            tickFormatter={(value: number) => euros.format(value)}
            label={{
              value: labels.realised,
              angle: -90,
              ...(narrow ? { position: "insideLeft", offset: 12 } : { position: "left", offset: 16 }),
              style: { textAnchor: "middle" },
              ...text,
            }}
          />
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: max, y: max },
            ]}
            stroke="#475569"
            strokeDasharray="6 4"
            label={{ value: labels.line, position: "insideTopRight", ...text }}
          />
          <Scatter data={placed} shape={PointLink} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
