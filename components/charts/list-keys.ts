import type { KeyboardEvent } from "react";

const FORWARD = new Set(["ArrowDown", "ArrowRight"]);
const BACK = new Set(["ArrowUp", "ArrowLeft"]);
// The events this sends on, which it must let through.
const translated = new WeakSet<Event>();

/**
 * All four arrow keys for a Recharts chart, read bar by bar: Down or Right to the next bar, Up or
 * Left back. Recharts listens to Left and Right only, and in a vertical layout (bars listed top
 * to bottom) its ArrowLeft is "next". `next` is the key Recharts moves forward with in this chart.
 * Focus alone shows the first bar (Recharts does that), so every press moves. Put on the chart's
 * box: each arrow key is stopped and sent on to Recharts as the key that does what the reader
 * asked.
 */
export function listKeyHandlers(next: "ArrowLeft" | "ArrowRight") {
  const back = next === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
  return {
    onKeyDownCapture(event: KeyboardEvent<HTMLElement>) {
      if (translated.has(event.nativeEvent)) return;
      const forward = FORWARD.has(event.key);
      if (!forward && !BACK.has(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      const sent = new KeyboardEvent("keydown", { key: forward ? next : back, bubbles: true });
      translated.add(sent);
      event.target.dispatchEvent(sent);
    },
  };
}
