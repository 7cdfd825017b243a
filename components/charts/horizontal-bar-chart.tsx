import { getLocale } from "next-intl/server";
import { LazyChart } from "./lazy-chart";
import { drawnAxis, largestFigure, valueAxis, type BarSeries, type ValueScale } from "./value-axis";

/**
 * A horizontal bar chart in the page's language: drawn as plain HTML (DrawnBars), made
 * interactive (tooltips, arrow keys bar by bar) when someone reaches for it. Callers give only the
 * figures it draws; the value axis is formatted here, on the server.
 */
export async function HorizontalBarChart(props: {
  rows: ({ label: string } & Record<string, number | string | null>)[];
  series: BarSeries[];
  scale: ValueScale;
  /** The chart's name when Tab reaches it. */
  title: string;
  labelWidth?: number;
}) {
  const locale = await getLocale();
  return (
    <LazyChart
      title={props.title}
      chart={{ kind: "bars", props: { ...props, locale } }}
      axis={drawnAxis(valueAxis(props.scale, locale, false, largestFigure(props.rows, props.series)))}
    />
  );
}
