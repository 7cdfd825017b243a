import { getTranslations } from "next-intl/server";
import { HistogramChartClient } from "./histogram-chart-client";

/** Bars of counts with the keyboard hint every chart carries. */
export async function HistogramChart(props: {
  bars: { label: string; value: number }[];
  valueLabel: string;
  title: string;
}) {
  const t = await getTranslations("chart");
  return <HistogramChartClient {...props} keyboardHint={t("keyboardHint")} />;
}
