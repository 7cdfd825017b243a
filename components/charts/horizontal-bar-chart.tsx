import { getLocale, getTranslations } from "next-intl/server";
import { DrawnBars } from "./drawn-bars";
import { LazyChart } from "./lazy-chart";
import type { BarSeries, ValueScale } from "./value-axis";

/**
 * A horizontal bar chart in the page's language: drawn on the server, made interactive (tooltips,
 * arrow keys bar by bar) when someone reaches for it. Callers give only the figures it draws.
 */
export async function HorizontalBarChart(props: {
  rows: ({ label: string } & Record<string, number | string | null>)[];
  series: BarSeries[];
  scale: ValueScale;
  /** The chart's name when Tab reaches it. */
  title: string;
  labelWidth?: number;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("chart")]);
  const keyboardHint = t("keyboardHint");
  return (
    <LazyChart
      title={props.title}
      keyboardHint={keyboardHint}
      chart={{ kind: "bars", props: { ...props, locale, keyboardHint } }}
    >
      <DrawnBars rows={props.rows} series={props.series} scale={props.scale} locale={locale} />
    </LazyChart>
  );
}
