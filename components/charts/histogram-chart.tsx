import { getLocale } from "next-intl/server";
import { numberFormat } from "@/lib/format";
import { LazyChart } from "./lazy-chart";
import { drawnAxis, niceTicks } from "./value-axis";

/**
 * Bars of counts: drawn as plain HTML (DrawnHistogram), made interactive when someone reaches for
 * it. The counts' axis is formatted here, on the server.
 */
export async function HistogramChart(props: {
  bars: { label: string; value: number }[];
  valueLabel: string;
  title: string;
}) {
  const count = numberFormat(await getLocale());
  // Counts: whole ticks, and the same ones for the interactive chart, so the scale stays put.
  const ticks = niceTicks(Math.max(0, ...props.bars.map((bar) => bar.value)), 3, true);
  return (
    <LazyChart
      title={props.title}
      chart={{ kind: "histogram", props: { ...props, ticks } }}
      axis={drawnAxis({
        ticks,
        domain: [0, ticks[ticks.length - 1] ?? 1],
        format: (value) => count.format(value),
      })}
    />
  );
}
