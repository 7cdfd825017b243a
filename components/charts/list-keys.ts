import { useRef, type KeyboardEvent } from "react";

const FORWARD = new Set(["ArrowDown", "ArrowRight"]);
const BACK = new Set(["ArrowUp", "ArrowLeft"]);
// The events this sends on, which it must let through.
const translated = new WeakSet<Event>();

/**
 * Arrow keys for a chart whose bars are a list from top to bottom (Recharts' vertical layout).
 * Recharts moves there with ArrowLeft as "next" and ArrowRight as "previous" (its first
 * ArrowRight picks the first bar) and ignores Up and Down; a reader expects Down or Right to go
 * down the list and Up or Left back up. Put on the chart's box: each
 * arrow key is stopped and sent on to Recharts as the key that does what the reader asked.
 */
export function useListKeys() {
  const started = useRef(false);
  return {
    onKeyDownCapture(event: KeyboardEvent<HTMLElement>) {
      if (translated.has(event.nativeEvent)) return;
      const forward = FORWARD.has(event.key);
      if (!forward && !BACK.has(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      // Any first press starts at the top (Recharts' first ArrowRight); after that its ArrowLeft
      // is "next".
      const key = !started.current ? "ArrowRight" : forward ? "ArrowLeft" : "ArrowRight";
      started.current = true;
      const sent = new KeyboardEvent("keydown", { key, bubbles: true });
      translated.add(sent);
      event.target.dispatchEvent(sent);
    },
  };
}
