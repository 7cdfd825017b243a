import { Fragment } from "react";
import { percentOf, SERIES_COLOURS, type BarSeries, type DrawnAxis } from "./value-axis";

type Row = { label: string } & Record<string, number | string | null>;

const figure = (row: Row, key: string) => {
  const value = row[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

/**
 * Horizontal bars as plain HTML from the same rows the interactive chart takes (in the server's
 * HTML, and drawn again at hydration from those rows): labels beside the bars where the chart has
 * room, above them where it has not (a phone, 200 % zoom), a value axis below, a legend for two
 * series. No JavaScript needed to read it.
 */
export function DrawnBars({ rows, series, axis }: { rows: Row[]; series: BarSeries[]; axis: DrawnAxis }) {
  const { ticks, max } = axis;
  return (
    <div className="@container pr-6 text-xs text-slate-700">
      <div className="grid grid-cols-1 gap-x-2 @min-[30rem]:grid-cols-[minmax(0,15rem)_1fr]">
        {rows.map((row) => (
          <Fragment key={row.label}>
            <div className="pt-2 @min-[30rem]:self-center @min-[30rem]:pt-0 @min-[30rem]:text-right">
              {row.label}
            </div>
            <div className="space-y-0.5 border-l border-slate-500 py-1.5">
              {series.map((item, index) => {
                const value = figure(row, item.key);
                return (
                  <div
                    key={item.key}
                    data-bar={item.key}
                    className="h-3"
                    style={{
                      width: value === null ? 0 : percentOf(value, max),
                      background: SERIES_COLOURS[index % SERIES_COLOURS.length],
                    }}
                  />
                );
              })}
            </div>
          </Fragment>
        ))}
        <div className="hidden @min-[30rem]:block" />
        <div className="relative h-5 border-t border-slate-500">
          {ticks.map((tick, index) => (
            <span
              key={tick.value}
              // In a narrow chart only the ends are labelled, so the labels never run together.
              className={`absolute top-1 ${index === 0 ? "" : index === ticks.length - 1 ? "-translate-x-full" : "hidden -translate-x-1/2 @min-[30rem]:inline"}`}
              style={{ left: percentOf(tick.value, max) }}
            >
              {tick.label}
            </span>
          ))}
        </div>
      </div>
      {series.length > 1 && (
        <ul className="mt-2 flex flex-wrap justify-center gap-x-4 text-sm">
          {series.map((item, index) => (
            <li key={item.key} className="flex items-center gap-1.5" style={{ color: SERIES_COLOURS[index] }}>
              <span className="inline-block size-3" style={{ background: SERIES_COLOURS[index] }} />
              {item.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
