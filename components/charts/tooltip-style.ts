import type { CSSProperties } from "react";

/**
 * How every Recharts tooltip of the registry looks: "Planned: €2m", in a box whose words wrap
 * within the screen. Recharts' own box never wraps, and a long bar label made it up to 640 px
 * wide on a 320 px screen, cut off and scrolling the page.
 */
export const TOOLTIP_LOOK: { separator: string; contentStyle: CSSProperties; isAnimationActive: boolean } = {
  separator: ": ",
  // At its bar at once, not sliding there: the keys scroll it into view where it comes to rest.
  isAnimationActive: false,
  // The page's margins (2 × 1rem) and the ≈ 17 px Recharts sets a tooltip off its bar: at
  // 100vw − 2rem a long label's box ended 1 px past a 320 px screen.
  contentStyle: { whiteSpace: "normal", maxWidth: "min(22rem, calc(100vw - 4rem))" },
};
