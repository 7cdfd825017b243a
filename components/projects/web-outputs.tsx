import { getTranslations } from "next-intl/server";
import type { WebPageItem } from "@/lib/schemas/record";

const KINDS = ["pilot", "article", "thesis", "episode", "video", "event"] as const;

/** What the project's own web page lists: pilots, articles, theses, podcast episodes, events. */
export async function WebOutputs({ items, title }: { items: WebPageItem[]; title: string | null }) {
  const t = await getTranslations("project");
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="outputs-heading" className="space-y-3">
      <h2 id="outputs-heading">{t("outputs")}</h2>
      {/* The page's own title, in its words (Finnish) whatever the page's language. */}
      {title && (
        <p className="text-sm text-slate-700" lang="fi">
          {title}
        </p>
      )}
      {KINDS.map((kind) => {
        const ofKind = items.filter((item) => item.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind}>
            <h3 className="text-lg font-semibold">
              {t(`outputKind.${kind}`)} ({ofKind.length})
            </h3>
            <ul className="list-disc space-y-1 pl-6">
              {ofKind.map((item, i) => (
                <li key={i} lang="fi">
                  {item.number && `${item.number}. `}
                  <span className="font-medium">{item.title}</span>
                  {item.titleEn && <span lang="en"> – {item.titleEn}</span>}
                  {item.author && ` (${item.author}${item.year ? `, ${item.year}` : ""})`}
                  {item.description && <p className="text-sm text-slate-700">{item.description}</p>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
