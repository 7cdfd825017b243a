import { getLocale, getTranslations } from "next-intl/server";
import { numberFormat } from "@/lib/format";
import { LazyChart } from "./lazy-chart";
import { niceTicks, percentOf } from "./value-axis";

/**
 * Bars of counts: drawn on the server as plain HTML (bin labels below, turned upright where the
 * bars are narrow), made interactive when someone reaches for it.
 */
export async function HistogramChart(props: {
  bars: { label: string; value: number }[];
  valueLabel: string;
  title: string;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("chart")]);
  const keyboardHint = t("keyboardHint");
  const count = numberFormat(locale);
  // Counts: whole ticks, and the same ones for the interactive chart, so the scale stays put.
  const ticks = niceTicks(Math.max(0, ...props.bars.map((bar) => bar.value)), 3, true);
  const max = ticks[ticks.length - 1] ?? 1;
  return (
    <LazyChart
      title={props.title}
      keyboardHint={keyboardHint}
      chart={{ kind: "histogram", props: { ...props, ticks, keyboardHint } }}
    >
      <div className="@container grid grid-cols-[auto_1fr] gap-x-1 pt-2 text-xs text-slate-700">
        <div className="relative h-56 w-10">
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute right-0 translate-y-1/2"
              style={{ bottom: percentOf(tick, max) }}
            >
              {count.format(tick)}
            </span>
          ))}
        </div>
        <div className="flex h-56 items-end gap-0.5 border-b border-l border-slate-500 @min-[36rem]:gap-1">
          {props.bars.map((bar) => (
            <div
              key={bar.label}
              data-bar="value"
              className="flex-1 bg-brand-700"
              style={{ height: percentOf(bar.value, max) }}
            />
          ))}
        </div>
        <div />
        <div className="flex gap-0.5 pt-1 @min-[36rem]:gap-1">
          {props.bars.map((bar) => (
            <span
              key={bar.label}
              className="flex-1 text-center [writing-mode:vertical-rl] rotate-180 @min-[36rem]:rotate-0 @min-[36rem]:[writing-mode:horizontal-tb]"
            >
              {bar.label}
            </span>
          ))}
        </div>
      </div>
    </LazyChart>
  );
}
