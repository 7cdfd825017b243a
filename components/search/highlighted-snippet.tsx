/**
 * A search snippet with its matches in <mark>, built from text, never from HTML. `parts` is the
 * snippet split at its matches (lib/queries/find-projects snippetParts): even places plain text,
 * odd places matched words. The text is the document's own (Finnish).
 */
export function HighlightedSnippet({ parts }: { parts: string[] }) {
  return (
    <p className="text-sm text-slate-700" lang="fi">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="bg-yellow-200 text-slate-900">
            {part}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}
