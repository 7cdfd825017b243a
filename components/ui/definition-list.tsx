import type { ReactNode } from "react";

/** Label–value pairs; a missing value shows the given placeholder, never a made-up figure. */
export function DefinitionList({
  items,
  missing,
}: {
  items: { label: string; value: ReactNode | null | undefined }[];
  missing: string;
}) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[fit-content(50%)_minmax(0,1fr)]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="font-semibold text-slate-800">{item.label}</dt>
          <dd className="mb-2 sm:mb-0">
            {item.value === null || item.value === undefined || item.value === "" ? (
              <span className="text-slate-600">{missing}</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A source text, as published in its language (Finnish unless said), with its paragraphs kept. */
export function Paragraphs({ text, lang = "fi" }: { text: string; lang?: string }) {
  return (
    <div className="space-y-3" lang={lang}>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
