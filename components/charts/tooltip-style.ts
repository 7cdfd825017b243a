import type { CSSProperties } from "react";

/**
 * A Recharts tooltip's box: its words wrap within the screen. Recharts' own box never wraps, and
 * a long bar label made it up to 640 px wide on a 320 px screen, cut off and scrolling the page.
 */
export const TOOLTIP_CONTENT_STYLE: CSSProperties = {
  whiteSpace: "normal",
  maxWidth: "min(22rem, calc(100vw - 2rem))",
};
