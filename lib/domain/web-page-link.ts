/**
 * Which project a web page that prints no project code belongs to. Its own address under the
 * project's WWW-osoite is taken as proof when it points at one project only; a name or acronym
 * match is only a candidate, shown with its evidence and confidence and linked when a person
 * confirms it (`npm run link`).
 */

export interface LinkableProject {
  code: string;
  name: string;
  /** The WWW-osoite of the description (the applicant's or the project's site). */
  website: string | null;
}

export interface LinkablePage {
  title: string;
  mentionedName: string | null;
  pageUrl: string | null;
  fullText: string;
}

export interface LinkCandidate {
  code: string;
  /** 0–1: how sure the match is; never enough to link without a person's confirmation. */
  confidence: number;
  evidence: string[];
}

/** Host without "www." and path without a trailing slash, lowercase: "kuopio.fi/idk". */
export function normaliseAddress(address: string): string | null {
  const withScheme = /^[a-z]+:\/\//i.test(address) ? address : `http://${address}`;
  if (!URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.hostname.replace(/^www\./, "")}${path}`.toLowerCase();
}

/**
 * The projects whose WWW-osoite the page's address lies under, the most specific first: an
 * address under kuopio.fi/idk beats one under kuopio.fi. Empty when the page has no address.
 */
export function addressMatches(page: LinkablePage, projects: readonly LinkableProject[]): LinkableProject[] {
  const own = page.pageUrl && normaliseAddress(page.pageUrl);
  if (!own) return [];
  const under = projects
    .map((project) => ({ project, site: project.website ? normaliseAddress(project.website) : null }))
    .filter(({ site }) => site && (own === site || own.startsWith(`${site}/`)));
  const longest = Math.max(0, ...under.map(({ site }) => site!.length));
  return under.filter(({ site }) => site!.length === longest).map(({ project }) => project);
}

const comparable = (text: string) =>
  text
    .toLocaleLowerCase("fi")
    .replace(/[–—]/g, "-")
    .replace(/\s*-\s*(hanke|hankkeen|projekti)\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const STOP_WORDS = new Set(["ja", "sekä", "the", "and", "of", "hanke", "projekti", "kehittäminen"]);
const significantWords = (text: string) =>
  new Set(
    comparable(text)
      .split(" ")
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word)),
  );

/** "Ihmiskeskeinen digitaalinen kunta (IDK)" → "IDK": an acronym the name gives in parentheses. */
export function projectAcronym(name: string): string | null {
  return /\(([A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,11})\)/.exec(name)?.[1] ?? null;
}

/** How well a page names one project: evidence for a person to weigh, and a confidence. */
export function nameMatch(page: LinkablePage, project: LinkableProject): LinkCandidate | null {
  const evidence: string[] = [];
  let confidence = 0;
  const name = comparable(project.name);
  const headings = [page.title, page.mentionedName].filter((text): text is string => Boolean(text));
  if (name.length > 0 && headings.some((heading) => comparable(heading) === name)) {
    evidence.push(`the page's heading is the project's name "${project.name}"`);
    confidence = 0.9;
  } else if (name.length >= 12 && comparable(page.fullText).includes(name)) {
    evidence.push(`the page's text contains the project's name "${project.name}"`);
    confidence = 0.75;
  } else {
    const wanted = significantWords(project.name);
    const heading = significantWords(headings.join(" "));
    const shared = [...wanted].filter((word) => heading.has(word));
    const share = wanted.size > 0 ? shared.length / wanted.size : 0;
    if (shared.length >= 2 && share >= 0.6) {
      evidence.push(
        `the page's heading shares ${shared.length} of ${wanted.size} words of the project's name`,
      );
      confidence = Math.round(share * 0.6 * 100) / 100;
    }
  }
  const acronym = projectAcronym(project.name);
  if (acronym && new RegExp(`(^|[^\\p{L}\\p{N}])${acronym}([^\\p{L}\\p{N}]|$)`, "u").test(page.fullText)) {
    evidence.push(`the page mentions the project's acronym ${acronym}`);
    confidence = Math.max(confidence, 0.5) + (confidence > 0 ? 0.05 : 0);
  }
  return evidence.length > 0
    ? { code: project.code, confidence: Math.min(0.95, confidence), evidence }
    : null;
}

/** The projects a page may belong to, the likeliest first (at most five). */
export function linkCandidates(page: LinkablePage, projects: readonly LinkableProject[]): LinkCandidate[] {
  const byAddress = new Set(addressMatches(page, projects).map((project) => project.code));
  return projects
    .map((project) => {
      const match = nameMatch(page, project);
      if (!byAddress.has(project.code)) return match;
      const evidence = `the page's address ${page.pageUrl} is under the project's WWW-osoite ${project.website}`;
      return {
        code: project.code,
        confidence: Math.min(0.95, (match?.confidence ?? 0) + 0.3),
        evidence: [evidence, ...(match?.evidence ?? [])],
      };
    })
    .filter((candidate): candidate is LinkCandidate => candidate !== null)
    .sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code))
    .slice(0, 5);
}
