/**
 * Text with a search's matches in <mark>, built from text, never from HTML. `parts` is the text
 * split at its matches (lib/queries/match-highlights matchParts): even places plain text, odd
 * places matched words.
 */
export function Highlighted({ parts }: { parts: string[] }) {
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <mark key={i} className="bg-yellow-200 text-slate-900">
        {part}
      </mark>
    ) : (
      <span key={i}>{part}</span>
    ),
  );
}

/** A search snippet: passages of the document's own (Finnish) text around the matches. */
export function HighlightedSnippet({ parts }: { parts: string[] }) {
  return (
    <p className="text-sm text-slate-700" lang="fi">
      <Highlighted parts={parts} />
    </p>
  );
}
