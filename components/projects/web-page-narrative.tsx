import { getTranslations } from "next-intl/server";
import type { ProjectWebPageView } from "@/lib/queries/project-records";

const LINK_METHODS = ["code", "flag", "address", "confirmed"] as const;
const linkMethod = (value: string | null) =>
  LINK_METHODS.find((method) => method === value) ?? ("code" as const);

/**
 * What the project's own web page tells in its own words (that it ended, its closing seminar,
 * its funders …), beside the final report: labelled as the page's text, with its source and how
 * the page was linked to the project.
 */
export async function WebPageNarrative({ pages }: { pages: ProjectWebPageView[] }) {
  const t = await getTranslations("project.webNarrative");
  const told = pages.filter((page) => page.narrative.length > 0);
  if (told.length === 0) return null;
  return (
    <section
      aria-labelledby="web-narrative-heading"
      className="space-y-4 rounded border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id="web-narrative-heading">{t("heading")}</h2>
      <p className="text-sm text-slate-700">{t("note")}</p>
      {told.map((page) => (
        <article key={page.sourceFile} className="space-y-2">
          <h3 className="text-lg font-semibold" lang="fi">
            {page.title}
          </h3>
          <p className="text-sm text-slate-700">
            {t("source")}{" "}
            {page.address ? (
              <a href={page.address}>{page.address}</a>
            ) : (
              // No address on the copy: say what the file is rather than show a bare file name.
              t("savedCopy", { file: page.sourceFile })
            )}
            {" · "}
            {t(`linkedBy.${linkMethod(page.linkedBy)}`)}
          </p>
          <blockquote lang="fi" className="space-y-2 border-l-4 border-slate-400 pl-4">
            {page.narrative.flatMap((paragraph, i) =>
              paragraph.split("\n").map((line, j) => <p key={`${i}-${j}`}>{line}</p>),
            )}
          </blockquote>
        </article>
      ))}
    </section>
  );
}
