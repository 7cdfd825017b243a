import { Link } from "@/lib/i18n/navigation";
import { listHref, type ListState } from "@/lib/search/list-state";

/** Pagination as real links, so every page of results has its own address. */
export function Pagination({
  params,
  page,
  pageCount,
  labels,
}: {
  params: ListState;
  page: number;
  pageCount: number;
  labels: { nav: string; previous: string; next: string; pageOf: string };
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => listHref("/projects", { ...params, page: target });
  const window = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={labels.nav} className="mt-6">
      <p className="mb-2 text-sm text-slate-700">{labels.pageOf}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className="rounded border px-3 py-1">
              {labels.previous}
            </Link>
          </li>
        )}
        {window.map((n) => (
          <li key={n}>
            <Link
              href={href(n)}
              aria-current={n === page ? "page" : undefined}
              className="rounded border px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {n}
            </Link>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className="rounded border px-3 py-1">
              {labels.next}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
