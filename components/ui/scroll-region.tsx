"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * The look of a visible caption of a table in a ScrollRegion: it stays at the box's left edge and
 * wraps within the screen while the table scrolls, rather than being as wide as the table.
 */
export const SCROLLING_CAPTION = "sticky left-0 max-w-[calc(100vw-2rem)] text-left";

/**
 * A box that scrolls sideways when its content (a wide table) does not fit, so the page itself
 * never does (WCAG 1.4.10). While it scrolls it is a labelled region in the Tab order (keyboard
 * users scroll it with the arrow keys), says so in words and shows shadows at the edges that have
 * more content. Without JavaScript it is always treated as scrolling; with it, a box whose content
 * fits drops out of the Tab order and the landmarks.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const t = useTranslations("shell");
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="space-y-1">
      {scrolls && (
        <p className="text-sm text-slate-700" aria-hidden="true">
          <span className="mr-1">↔</span>
          {t("tableScrolls")}
        </p>
      )}
      <div
        ref={box}
        role={scrolls ? "region" : undefined}
        aria-label={scrolls ? label : undefined}
        tabIndex={scrolls ? 0 : undefined}
        className="scroll-region relative overflow-x-auto"
        data-scrolls={scrolls}
      >
        {children}
      </div>
    </div>
  );
}
