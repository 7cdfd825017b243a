import { getLocale, getTranslations } from "next-intl/server";
import { HorizontalBarChartClient, type BarSeries, type ValueScale } from "./horizontal-bar-chart-client";

/**
 * A horizontal bar chart in the page's language, with the keyboard hint every chart carries:
 * callers give the data, this gives the locale and the words.
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
  return <HorizontalBarChartClient {...props} locale={locale} keyboardHint={t("keyboardHint")} />;
}
