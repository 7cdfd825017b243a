import { percentOf, type DrawnAxis } from "./value-axis";

/**
 * Bars of counts as plain HTML (bin labels below, turned upright where the bars are narrow),
 * from the bars the interactive chart takes. No JavaScript needed to read it.
 */
export function DrawnHistogram({
  bars,
  axis,
}: {
  bars: { label: string; value: number }[];
  axis: DrawnAxis;
}) {
  const { ticks, max } = axis;
  return (
    <div className="@container grid grid-cols-[auto_1fr] gap-x-1 pt-2 text-xs text-slate-700">
      <div className="relative h-56 w-10">
        {ticks.map((tick) => (
          <span
            key={tick.value}
            className="absolute right-0 translate-y-1/2"
            style={{ bottom: percentOf(tick.value, max) }}
          >
            {tick.label}
          </span>
        ))}
      </div>
      <div className="flex h-56 items-end gap-0.5 border-b border-l border-slate-500 @min-[36rem]:gap-1">
        {bars.map((bar) => (
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
        {bars.map((bar) => (
          <span
            key={bar.label}
            className="flex-1 text-center [writing-mode:vertical-rl] rotate-180 @min-[36rem]:rotate-0 @min-[36rem]:[writing-mode:horizontal-tb]"
          >
            {bar.label}
          </span>
        ))}
      </div>
    </div>
  );
}
