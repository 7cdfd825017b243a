import { Link } from "@/lib/i18n/navigation";

export interface DrillDownItem {
  code: string;
  name: string;
  /** What the project answered or scored, shown after its name. */
  badge: string;
  /** The justification or explanation, as published (Finnish). */
  text: string | null;
}

/** Projects behind one number of a dashboard, each with the words it gave for it. */
export function DrillDown({
  id,
  heading,
  items,
  closeHref,
  labels,
}: {
  id: string;
  heading: string;
  items: DrillDownItem[];
  closeHref: string;
  labels: { close: string; empty: string };
}) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded border border-brand-700 p-4">
      <h2 id={id}>{heading}</h2>
      <p>
        <Link href={closeHref}>{labels.close}</Link>
      </p>
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
