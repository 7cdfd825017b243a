/** Parsers for the typed values of a project description. Each returns a value or a reason. */
import { RECORD_LIMITS } from "../schemas/record";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const SPACES = /[ \u00a0\u202f]/g;

/** "1 226 328" → 1226328; "1 226 328,50 €" → 1226328.5. */
export function parseEuros(value: string): Parsed<number> {
  const compact = value.replace(/€|euroa|eur\b/gi, "").trim();
  if (!/^\d{1,3}(?:[ \u00a0\u202f]?\d{3})*(?:[,.]\d{1,2})?$/.test(compact)) {
    return bad(`'${value}' is not an amount in euros`);
  }
  const digits = compact.replace(SPACES, "").replace(",", ".");
  const amount = Number(digits);
  // Refused, never rounded: an amount the database cannot hold, or a double cannot hold exactly.
  if (!(amount < RECORD_LIMITS.eurosBelow) || !Number.isSafeInteger(Number(digits.split(".")[0]))) {
    return bad(`'${value}' is too large: amounts must be below 1 000 000 000 000 euros`);
  }
  return ok(amount);
}

/** A whole, non-negative count: "350", "1 200". */
export function parseCount(value: string): Parsed<number> {
  const compact = value.replace(SPACES, "");
  if (!/^\d+$/.test(compact)) return bad(`'${value}' is not a whole number`);
  const count = Number(compact);
  if (count > RECORD_LIMITS.maxCount)
    return bad(`'${value}' is too large: counts go up to ${RECORD_LIMITS.maxCount}`);
  return ok(count);
}

/** "31.12.2022" → "2022-12-31", checking that the day exists. */
export function parseFinnishDate(value: string): Parsed<string> {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!match) return bad(`'${value}' is not a date (D.M.YYYY)`);
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return bad(`'${value}' is not a real date`);
  }
  return ok(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

const dateAfter = (word: string, value: string) =>
  new RegExp(`(?:^|\\s)${word}\\s+(\\S+)`, "i").exec(value)?.[1]?.replace(/\.$/, "");

/**
 * "Alkaa 1.1.2020 ja päättyy 31.12.2022" → both dates; either may be absent. The words come
 * from the page's language ("Start 1.9.2021 and end 31.10.2023").
 */
export function parsePeriod(
  value: string,
  startWord = "Alkaa",
  endWord = "päättyy",
): Parsed<{ start: string | null; end: string | null }> {
  const start = dateAfter(startWord, value);
  const end = dateAfter(endWord, value);
  if (start === undefined && end === undefined) {
    return bad(`'${value}' is not a period ('${startWord} D.M.YYYY … ${endWord} D.M.YYYY')`);
  }
  const parsedStart = start === undefined ? ok(null) : parseFinnishDate(start);
  if (!parsedStart.ok) return parsedStart;
  const parsedEnd = end === undefined ? ok(null) : parseFinnishDate(end);
  if (!parsedEnd.ok) return parsedEnd;
  return ok({ start: parsedStart.value, end: parsedEnd.value });
}

/** "3. Työllisyys …" → { number: "3", name: "Työllisyys …" }; "7.1. Tuottavuuden …" → "7.1". */
export function parseNumberedName(value: string): Parsed<{ number: string; name: string | null }> {
  const match = /^(\d+(?:\.\d+)*)\.?(?:\s+(.*))?$/.exec(value.trim());
  if (!match) return bad(`'${value}' does not start with a number such as '3.' or '7.1.'`);
  const name = match[2]?.trim();
  return ok({ number: match[1] ?? "", name: name ? name : null });
}

/** "Kyllä" → true, "Ei" → false (or the page language's words). */
export function parseYesNo(value: string, yes = "Kyllä", no = "Ei"): Parsed<boolean> {
  const normalised = value.trim().replace(/\.$/, "").toLocaleLowerCase("fi");
  if (normalised === yes.toLocaleLowerCase("fi")) return ok(true);
  if (normalised === no.toLocaleLowerCase("fi")) return ok(false);
  return bad(`'${value}' is not '${yes}' or '${no}'`);
}

/** "2: Työllistymisen …" (EURA 2007) → { number: "2", name: "Työllistymisen …" }. */
export function parseColonNumberedName(value: string): Parsed<{ number: string; name: string | null }> {
  const match = /^(\d+(?:\.\d+)*)\s*[:.](?:\s+(.*))?$/.exec(value.trim());
  if (!match) return bad(`'${value}' does not start with a number such as '2:'`);
  const name = match[2]?.trim();
  return ok({ number: match[1] ?? "", name: name ? name : null });
}

/** "Kainuu, Kajaanin" → ["Kainuu", "Kajaanin"]. */
export function parseList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "" && item !== "-");
}
