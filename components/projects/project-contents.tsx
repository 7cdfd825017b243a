import { getTranslations } from "next-intl/server";

/** The sections a project page can have, in page order: the heading's id and its message key. */
const SECTIONS = [
  ["plan-heading", "plan"],
  ["report-heading", "finalReport"],
  ["web-narrative-heading", "webNarrative.heading"],
  ["funding-heading", "funding"],
  ["target-heading", "targetGroups"],
  ["geography-heading", "geography"],
  ["parties-heading", "applicant"],
  ["gender-heading", "gender"],
  ["sustainability-heading", "sustainability"],
  ["outputs-heading", "outputs"],
  ["quality-heading", "quality"],
  ["similar-heading", "similar"],
] as const;

export type ProjectSectionId = (typeof SECTIONS)[number][0];

/**
 * An in-page table of contents: a project page runs to many screens on a phone, so its sections
 * are one link away from the top. `absent` names the sections this project has nothing for.
 */
export async function ProjectContents({ absent }: { absent: ProjectSectionId[] }) {
  const t = await getTranslations("project");
  return (
    <nav aria-labelledby="contents-heading" className="no-print rounded border border-slate-300 p-3">
      <h2 id="contents-heading" className="text-base font-semibold">
        {t("contents")}
      </h2>
      <ol className="mt-1 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {SECTIONS.filter(([id]) => !absent.includes(id)).map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(key)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
