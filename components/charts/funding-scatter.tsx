import { percentOf, valueAxis } from "./value-axis";

export interface ScatterPoint {
  planned: number;
  realised: number;
  href: string;
  /** The point's name for the keyboard and screen readers: code, name and both figures. */
  label: string;
  /** Shown beside the point on hover and focus. */
  short: string;
}

// Every point's look, once for the chart rather than on each of up to 150 points: a transparent
// hit area, the dot (thicker outline on hover and focus) and its label, shown on hover and focus.
const POINT_STYLE = [
  "[&_svg]:overflow-visible [&_a]:outline-none [&_circle]:fill-transparent",
  "[&_circle+circle]:fill-brand-700/75 [&_circle+circle]:stroke-slate-900",
  "[&_a:hover_circle+circle]:stroke-2 [&_a:focus-visible_circle+circle]:stroke-[3]",
  "[&_a_text]:hidden [&_a:hover_text]:block [&_a:focus-visible_text]:block",
  "[&_a_text]:fill-slate-900 [&_a_text]:stroke-white [&_a_text]:stroke-4 [&_a_text]:text-xs [&_a_text]:font-semibold [&_a_text]:[paint-order:stroke]",
].join(" ");

/**
 * Each project as a point, planned public funding across and realised up, with the line where
 * realised equals planned (100 %). Drawn on the server as SVG placed in percentages, so it fills
 * any width without shrinking its text and needs no JavaScript. Every point is a link to its
 * project: Tab moves through them, each named for screen readers and labelled on screen on hover
 * and focus.
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
  const axis = valueAxis(
    "euro",
    locale,
    false,
    Math.max(1, ...points.flatMap((point) => [point.planned, point.realised])),
  );
  const { ticks, format } = axis;
  const max = axis.domain[1];
  const x = (value: number) => percentOf(value, max);
  const y = (value: number) => percentOf(max - value, max);
  return (
    <div className="grid h-[28rem] grid-cols-[auto_minmax(0,1fr)] grid-rows-[minmax(0,1fr)_auto_auto] gap-x-2 pr-4 pt-2 text-xs text-slate-700 sm:text-sm">
      <div className="relative w-12 sm:w-16">
        {ticks.map((tick) => (
          <span key={tick} aria-hidden className="absolute right-0 -translate-y-1/2" style={{ top: y(tick) }}>
            {format(tick)}
          </span>
        ))}
      </div>
      <svg className={`h-full w-full overflow-visible border-b border-l border-slate-500 ${POINT_STYLE}`}>
        {ticks.slice(1).map((tick) => (
          <g key={tick} stroke="#cbd5e1" strokeDasharray="3 3">
            <line x1="0" x2="100%" y1={y(tick)} y2={y(tick)} />
            <line x1={x(tick)} x2={x(tick)} y1="0" y2="100%" />
          </g>
        ))}
        <line x1="0" y1="100%" x2="100%" y2="0" stroke="#475569" strokeDasharray="6 4" />
        <text x="98%" y="4%" textAnchor="end" fill="#334155" className="text-xs sm:text-sm">
          {labels.line}
        </text>
        {points.map((point) => {
          const labelLeft = point.planned > 0.6 * max;
          // The point's own coordinates, so its circles and label need none (the styles are on the chart).
          return (
            <a key={point.href} href={point.href} aria-label={point.label}>
              <svg x={x(point.planned)} y={y(point.realised)}>
                <circle r={9} />
                <circle r={5} />
                <text dx={labelLeft ? -10 : 10} dy={-10} textAnchor={labelLeft ? "end" : undefined}>
                  {point.short}
                </text>
              </svg>
            </a>
          );
        })}
      </svg>
      <div />
      <div aria-hidden className="relative h-5">
        {ticks.map((tick, index) => (
          <span
            key={tick}
            // On a phone only the ends are labelled, so the labels never run together.
            className={`absolute top-1 ${index === 0 ? "" : index === ticks.length - 1 ? "-translate-x-full" : "hidden -translate-x-1/2 sm:inline"}`}
            style={{ left: x(tick) }}
          >
            {format(tick)}
          </span>
        ))}
      </div>
      <div />
      <p className="text-center font-medium">
        {labels.planned} → · {labels.realised} ↑
      </p>
    </div>
  );
}
