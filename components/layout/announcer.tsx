"use client";

import { useEffect, useRef } from "react";

const ANNOUNCER_ID = "announcer";

/**
 * The page's one polite live region. It is in the page from the start (a region that appears
 * together with its text is not read out), and `announce` fills it a moment later.
 */
export function Announcer() {
  return <div id={ANNOUNCER_ID} role="status" aria-live="polite" className="sr-only" />;
}

/** Has screen readers read a message once, without moving focus. */
export function announce(message: string) {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = "";
  // After a pause, so that the same message twice is a change and a just-loaded page is ready.
  window.setTimeout(() => {
    region.textContent = message;
  }, 150);
}

/**
 * Reads out `message` whenever `search` changes after the first render (the search's result count
 * as the filters change, even when the count stays the same), instead of a live region round a
 * whole list that would read it all.
 */
export function AnnounceOnChange({ message, search }: { message: string; search: string }) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (previous.current !== null && previous.current !== search) announce(message);
    previous.current = search;
  }, [message, search]);
  return null;
}
