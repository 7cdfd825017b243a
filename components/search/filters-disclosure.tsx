"use client";

import { useEffect, useRef, type ReactNode } from "react";

// Tailwind's lg breakpoint, where the filters sit beside the results.
const WIDE = "(min-width: 64rem)";

/**
 * The search filters behind a disclosure whose summary says how many are active. On a narrow
 * screen it starts closed, so the results follow the search box at once; on a wide screen, where
 * the filters are a column beside the results, it opens itself (and globals.css shows its content
 * there even before). A plain <details>: without JavaScript it still opens and closes.
 */
export function FiltersDisclosure({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  // Left to the browser (uncontrolled), so re-rendering with new results keeps what the user chose.
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const openWhenWide = (matches: boolean) => {
      if (matches && details.current) details.current.open = true;
    };
    openWhenWide(wide.matches);
    const onChange = (event: MediaQueryListEvent) => openWhenWide(event.matches);
    wide.addEventListener("change", onChange);
    return () => wide.removeEventListener("change", onChange);
  }, []);
  return (
    <details
      ref={details}
      className="filters-disclosure group rounded border border-slate-300 lg:border-0"
      data-testid="filters-disclosure"
    >
      <summary className="flex cursor-pointer list-none flex-wrap items-baseline gap-x-2 p-3 lg:p-0 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block w-4 transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className="px-3 pb-3 lg:px-0">{children}</div>
    </details>
  );
}
