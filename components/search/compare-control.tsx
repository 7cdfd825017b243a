"use client";

import { useEffect } from "react";
import { announce } from "@/components/layout/announcer";
import { Link } from "@/lib/i18n/navigation";

/**
 * "Add to comparison" on a search result, and once added "✓ In comparison · Remove". Both links
 * carry the control's id as their fragment and the control keeps that id in either state, so
 * after the page updates (or reloads, without JavaScript) focus returns to the same place; the
 * change is read out in the page's live region.
 */
export function CompareControl({
  id,
  name,
  inComparison,
  addHref,
  removeHref,
  labels,
}: {
  id: string;
  name: string;
  inComparison: boolean;
  /** Null when the comparison is full. */
  addHref: string | null;
  removeHref: string | null;
  labels: { add: string; added: string; remove: string; removeLabel: string; announcement: string };
}) {
  useEffect(() => {
    if (window.location.hash === `#${id}`) announce(labels.announcement);
  }, [id, inComparison, labels.announcement]);
  if (inComparison)
    return (
      <>
        <span className="font-medium">✓ {labels.added}</span>
        {removeHref && (
          <>
            {" · "}
            <Link id={id} href={`${removeHref}#${id}`} scroll={false} aria-label={labels.removeLabel}>
              {labels.remove}
            </Link>
          </>
        )}
      </>
    );
  if (!addHref) return null;
  return (
    <Link id={id} href={`${addHref}#${id}`} scroll={false} aria-label={`${labels.add}: ${name}`}>
      {labels.add}
    </Link>
  );
}
