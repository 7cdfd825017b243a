"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The width of the element holding a chart, kept current as the window or zoom changes, so that a
 * chart can lay itself out for the room it has (labels above bars, fewer ticks) rather than shrink.
 * Null until measured (on the server and in the first render).
 */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(element.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Chart text on white: slate-700, 10.3:1 (Recharts' default grey #808080 is only 3.9:1). */
export const CHART_TEXT = "#334155";
