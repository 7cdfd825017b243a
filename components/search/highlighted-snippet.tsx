import { MATCH_END, MATCH_START } from "@/lib/queries/find-projects";

/**
 * A search snippet whose matches are wrapped in <mark>, built from text, never from HTML. The
 * text is the document's own (Finnish).
 */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(new RegExp(`(${MATCH_START}[^${MATCH_END}]*${MATCH_END})`));
  return (
    <p className="text-sm text-slate-700" lang="fi">
      {parts.map((part, i) =>
        part.startsWith(MATCH_START) ? (
          <mark key={i} className="bg-yellow-200 text-slate-900">
            {part.slice(1, -1)}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}
