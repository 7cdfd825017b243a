"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ComponentType } from "react";
import { DrawnBars } from "./drawn-bars";
import { DrawnHistogram } from "./drawn-histogram";
import { LIST_KEYS } from "./list-keys";
import type { HistogramChartProps } from "./histogram-chart-client";
import type { HorizontalBarChartProps } from "./horizontal-bar-chart-client";
import { CHART_FOCUS, type DrawnAxis } from "./value-axis";

/** The interactive chart to load, with only the figures it draws. */
export type InteractiveChart =
  { kind: "bars"; props: HorizontalBarChartProps } | { kind: "histogram"; props: HistogramChartProps };

// Each a chunk of its own with Recharts, fetched only when someone reaches for a chart.
const LOADERS: Record<InteractiveChart["kind"], () => Promise<ComponentType<never>>> = {
  bars: () => import("./horizontal-bar-chart-client").then((module) => module.HorizontalBarChartClient),
  histogram: () => import("./histogram-chart-client").then((module) => module.HistogramChartClient),
};

const subscribeToNothing = () => () => {};

/** The chart as plain HTML, from the figures the interactive chart takes. */
function DrawnChart({ chart, axis }: { chart: InteractiveChart; axis: DrawnAxis }) {
  return chart.kind === "bars" ? (
    <DrawnBars rows={chart.props.rows} series={chart.props.series} axis={axis} />
  ) : (
    <DrawnHistogram bars={chart.props.bars} axis={axis} />
  );
}

/**
 * The chart drawn as plain HTML (DrawnChart: in the server's HTML, what a reader without
 * JavaScript sees, and drawn again at hydration from the same figures, so the page carries them
 * once rather than the drawing's markup twice) until someone reaches for it: Tab, a click or a tap
 * loads Recharts (about 115 kB) and puts the interactive chart in its place, with focus and any
 * arrow keys pressed meanwhile handed on, so the keyboard reading (Tab to the chart, arrow keys
 * bar by bar) works as before. A page that nobody interacts with never downloads or runs
 * Recharts. Not on hover or on touching the screen: the interactive chart is laid out taller,
 * and a page that grows under a passing pointer, or under a finger scrolling past, jumps.
 */
export function LazyChart({
  chart,
  title,
  axis,
}: {
  chart: InteractiveChart;
  title: string;
  /** The value axis, formatted by the server. */
  axis: DrawnAxis;
}) {
  const keyboardHint = useTranslations("chart")("keyboardHint");
  const [Loaded, setLoaded] = useState<ComponentType<InteractiveChart["props"]> | null>(null);
  // False in the server's HTML and during hydration, true once React runs in the browser.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const box = useRef<HTMLDivElement>(null);
  const loading = useRef(false);
  const focused = useRef(false);
  const keys = useRef<string[]>([]);
  const hintId = useId();

  const load = () => {
    if (loading.current) return;
    loading.current = true;
    LOADERS[chart.kind]().then(
      (component) => setLoaded(() => component as unknown as ComponentType<InteractiveChart["props"]>),
      // The drawn chart stays (it reads without Recharts); the next reach tries again.
      () => (loading.current = false),
    );
  };

  // Recharts draws its surface once it has measured its box: hand focus and keys on then.
  useEffect(() => {
    if (!Loaded || !focused.current) return;
    let frame = 0;
    let tries = 0;
    const handOver = () => {
      const surface = box.current?.querySelector<SVGElement>("svg[tabindex]");
      if (!surface) {
        if (++tries < 120) frame = requestAnimationFrame(handOver);
        return;
      }
      // Focus shows the first bar, which is what the first key pressed meanwhile reached for.
      surface.focus();
      for (const key of keys.current.splice(0).slice(1))
        surface.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    };
    frame = requestAnimationFrame(handOver);
    return () => cancelAnimationFrame(frame);
  }, [Loaded]);

  if (Loaded)
    return (
      <div ref={box}>
        <Loaded {...chart.props} />
      </div>
    );
  // Before hydration the drawn chart is a picture named by its title; after it, a stop in the Tab
  // order like Recharts' own surface, which it becomes.
  return (
    <div
      ref={box}
      role={hydrated ? "application" : "img"}
      aria-label={title}
      aria-describedby={hydrated ? hintId : undefined}
      tabIndex={hydrated ? 0 : undefined}
      className={`rounded-sm ${CHART_FOCUS}`}
      onFocus={() => {
        focused.current = true;
        load();
      }}
      // Tabbing on before the chart has loaded leaves focus where the reader took it.
      onBlur={(event) => {
        if (event.relatedTarget) focused.current = false;
      }}
      onPointerDown={load}
      onKeyDown={(event) => {
        if (!LIST_KEYS.has(event.key)) return;
        event.preventDefault();
        keys.current.push(event.key);
        load();
      }}
    >
      {hydrated && (
        <span id={hintId} hidden>
          {keyboardHint}
        </span>
      )}
      <DrawnChart chart={chart} axis={axis} />
    </div>
  );
}
