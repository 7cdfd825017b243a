import { Link } from "@/lib/i18n/navigation";

export interface DrillDownItem {
  code: string;
  name: string;
  /** What the project answered or scored, shown after its name. */
  badge: string;
  /** The justification or explanation, as published (Finnish). */
  text: string | null;
}

/**
 * Projects behind one number of a dashboard, each with the words it gave for it, searchable by a
 * GET form (the words ride in the URL as `dq`, so a search can be shared and works without
 * JavaScript).
 */
export function DrillDown({
  id,
  heading,
  items,
  closeHref,
  labels,
  search,
}: {
  id: string;
  heading: string;
  items: DrillDownItem[];
  closeHref: string;
  labels: { close: string; empty: string; search: string; submit: string; limited: string | null };
  /** The words searched for, and every other parameter of the page to keep. */
  search: { value: string | undefined; keep: [string, string][] };
}) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded border border-brand-700 p-4">
      <h2 id={id}>{heading}</h2>
      <p>
        <Link href={closeHref}>{labels.close}</Link>
      </p>
      <form method="get" action={`#${id}`} className="flex flex-wrap items-end gap-2" role="search">
        {search.keep.map(([key, value], index) => (
          <input key={`${key}-${index}`} type="hidden" name={key} value={value} />
        ))}
        <label className="flex max-w-full flex-col text-sm">
          {labels.search}
          <input
            type="search"
            name="dq"
            defaultValue={search.value ?? ""}
            className="mt-1 w-72 max-w-full rounded border border-slate-400 px-2 py-1"
          />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-white">
          {labels.submit}
        </button>
      </form>
      {labels.limited && <p className="text-sm text-slate-700">{labels.limited}</p>}
      {items.length === 0 ? (
        <p>{labels.empty}</p>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.code}>
              <Link href={`/projects/${item.code}`} lang="fi">
                {item.name}
              </Link>{" "}
              ({item.badge})
              {item.text && (
                <p lang="fi" className="text-sm whitespace-pre-line text-slate-700">
                  {item.text}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
