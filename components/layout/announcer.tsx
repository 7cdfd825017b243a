"use client";

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
