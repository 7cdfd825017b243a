import { useRef, type FocusEvent, type KeyboardEvent } from "react";

const FORWARD = new Set(["ArrowDown", "ArrowRight"]);
const BACK = new Set(["ArrowUp", "ArrowLeft"]);
const EDGES = new Set(["Home", "End"]);
/** Every key a chart reads bar by bar with (what LazyChart holds while Recharts loads). */
export const LIST_KEYS: ReadonlySet<string> = new Set([...FORWARD, ...BACK, ...EDGES]);
// The events this sends on, which it must let through.
const translated = new WeakSet<Event>();

/**
 * Scrolls the chart's tooltip into view once Recharts has placed it: in a chart taller than the
 * screen (a phone's list of fifteen criteria) the bar the keys reached, and its figures, were
 * below or above the view, so nothing seemed to happen.
 */
function revealTooltip(box: HTMLElement) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      box.querySelector(".recharts-tooltip-wrapper")?.scrollIntoView({ block: "nearest", inline: "nearest" }),
    ),
  );
}

function send(target: EventTarget, key: string) {
  const sent = new KeyboardEvent("keydown", { key, bubbles: true });
  translated.add(sent);
  target.dispatchEvent(sent);
}

/**
 * The keys of a Recharts chart read bar by bar, put on the chart's box: Down or Right to the next
 * of its `count` bars, Up or Left back, Home and End to the first and the last. Recharts listens
 * to Left and Right only, and in a vertical layout (bars listed top to bottom) its ArrowLeft is
 * "next": `next` is the key Recharts moves forward with in this chart. Each key is stopped and
 * sent on as the keys that do what the reader asked. Focus shows the first bar the first time
 * (Recharts does that); coming back to the chart shows the bar the reader left, which Recharts
 * remembers but hides on leaving.
 */
export function useListKeys(next: "ArrowLeft" | "ArrowRight", count: number) {
  const back = next === "ArrowLeft" ? "ArrowRight" : "ArrowLeft";
  const focusedBefore = useRef(false);
  return {
    onKeyDownCapture(event: KeyboardEvent<HTMLElement>) {
      if (translated.has(event.nativeEvent)) return;
      const edge = EDGES.has(event.key);
      const forward = FORWARD.has(event.key);
      if (!edge && !forward && !BACK.has(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      const key = event.key === "End" || forward ? next : back;
      for (let i = 0; i < (edge ? count : 1); i++) send(event.target, key);
      revealTooltip(event.currentTarget);
    },
    onFocus(event: FocusEvent<HTMLElement>) {
      // Recharts' surface, not anything else in the box.
      if (!(event.target instanceof SVGElement)) return;
      // Recharts' Enter shows (or hides) the tooltip of the bar it is on.
      if (focusedBefore.current) send(event.target, "Enter");
      focusedBefore.current = true;
    },
  };
}
