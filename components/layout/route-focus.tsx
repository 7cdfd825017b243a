"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * Keyboard focus after a navigation, which otherwise stays on a control that no longer exists
 * or starts again at the top: an address with a fragment focuses its target (a compare button
 * keeps focus after adding a project), another page reached in the browser focuses its main
 * heading. A change of the query alone
 * (the search form updating its results) leaves focus where it is.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = pathname;
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const fragment = hash ? document.getElementById(hash) : null;
    const focusable = fragment?.matches("a[href], button, input, select, textarea, [tabindex]") ?? false;
    // A full page load only scrolls to its fragment: when that is a control (a compare link
    // reloaded without client navigation), focus goes there too.
    const heading =
      before !== null && before !== pathname ? document.querySelector<HTMLElement>("main h1") : null;
    const target = before === null ? (focusable ? fragment : null) : (fragment ?? heading);
    if (!target) return;
    if (!target.matches("a[href], button, input, select, textarea, [tabindex]")) target.tabIndex = -1;
    target.focus();
  }, [pathname, query]);
  return null;
}
