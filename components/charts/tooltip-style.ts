import type { CSSProperties } from "react";

/**
 * How every Recharts tooltip of the registry looks: "Planned: €2m", in a box whose words wrap
 * within the screen. Recharts' own box never wraps, and a long bar label made it up to 640 px
 * wide on a 320 px screen, cut off and scrolling the page.
 */
export const TOOLTIP_LOOK: { separator: string; contentStyle: CSSProperties } = {
  separator: ": ",
  contentStyle: { whiteSpace: "normal", maxWidth: "min(22rem, calc(100vw - 2rem))" },
};
