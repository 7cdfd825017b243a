/**
 * The same URL means the same projects in every view: the search page, /funding, /principles
 * (its totals and heatmap), the CSV and JSON downloads and a table CSV, for typo queries, text
 * with facets, repeated keys and sorts. Downloads come in the page's order.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { GET as getCsv } from "@/app/api/projects.csv/route";
import { GET as getJson } from "@/app/api/projects.json/route";
import { GET as getTable } from "@/app/api/tables/[file]/route";
import { findScoreRows } from "@/lib/queries/find-principle-details";
import { findProjects } from "@/lib/queries/find-projects";
import { getFundingOverview } from "@/lib/queries/get-funding-breakdowns";
import { getProjectTotals } from "@/lib/queries/find-projects";
import { listQuery, parseListState } from "@/lib/search/list-state";
import { resolveSearch } from "@/lib/search/resolve-search";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

const URLS = [
  "q=Kajanin", // a typo: only the fallback to similar names finds it
  "q=digitalisatio",
  "q=digitaalinen&region=Kainuu&region=Pohjois-Savo",
  "region=Kainuu&region=Pohjois-Savo",
  "region=Kainuu&region=Pohjois-Savo&sort=planned",
  "axis=9&sort=absorption",
  "fund=ESF&orgType=Kunta&orgType=Ammattikorkeakoulu&sort=realised",
  "q=kunta&sort=start",
  "",
];

const api = (path: string) => new Request(`http://registry.test${path}`);

describe("every view of a URL shows the same projects", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createSeededTestDatabase();
  });
  afterAll(() => db.drop());

  it.each(URLS)("?%s", async (query) => {
    const state = parseListState(query);
    const page = await findProjects(state);
    const onScreen = page.items.map((item) => item.code);
    expect(page.totals.count).toBe(onScreen.length); // four seeds: one page
    const search = await resolveSearch(state);
    expect(search.key).toBe(page.search.key);

    // Dashboards count the same projects.
    expect((await getFundingOverview(search)).projects).toBe(onScreen.length);
    expect((await getProjectTotals(search)).count).toBe(onScreen.length);
    const heatmap = (await findScoreRows(search, "direct")).map((row) => row.code);
    expect([...heatmap].sort()).toEqual([...onScreen].sort());

    // Downloads: the same projects, in the page's order (the page's own download links).
    const downloadQuery = listQuery({ ...state, page: 1, compare: [] });
    const csvResponse = await getCsv(api(`/api/projects.csv${downloadQuery}`));
    expect(csvResponse.status).toBe(200);
    const csv = parse(await csvResponse.text(), { bom: true, columns: true }) as { code: string }[];
    expect(csv.map((row) => row.code)).toEqual(onScreen);
    const jsonResponse = await getJson(api(`/api/projects.json${downloadQuery}`));
    expect(jsonResponse.status).toBe(200);
    const json = (await jsonResponse.json()) as { code: string }[];
    expect(json.map((record) => record.code)).toEqual(onScreen);

    // A table CSV of /funding: every project has one priority axis, so its rows add up.
    const filterPart = listQuery({ ...state, sort: null, page: 1, compare: [] });
    const tableResponse = await getTable(
      api(`/api/tables/funding-axis.csv${filterPart}${filterPart ? "&" : "?"}lang=en`),
      { params: Promise.resolve({ file: "funding-axis.csv" }) },
    );
    expect(tableResponse.status).toBe(200);
    const table = parse(await tableResponse.text(), { bom: true, columns: true }) as Record<string, string>[];
    const projects = table.reduce((sum, row) => sum + Number(row["projects"] ?? 0), 0);
    expect(projects).toBe(onScreen.length);
  });

  it("the typo fallback reaches every view", async () => {
    const search = await resolveSearch(parseListState("q=Kajanin"));
    expect(search.textMode).toBe("fuzzy");
    expect((await getFundingOverview(search)).projects).toBe(1);
  });

  it("the downloads carry what the project's own web page lists", async () => {
    const json = (await (await getJson(api("/api/projects.json?orgType=Kunta"))).json()) as {
      code: string;
      webPages: { narrative: string[]; items: unknown[] }[];
    }[];
    expect(json[0]?.code).toBe("S21894");
    const outputs = json[0]!.webPages.reduce((sum, page) => sum + page.items.length, 0);
    expect(outputs).toBeGreaterThan(10);
    expect(json[0]!.webPages[0]?.narrative.length).toBeGreaterThan(0);
    const csv = parse(await (await getCsv(api("/api/projects.csv?orgType=Kunta"))).text(), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(Number(csv[0]?.web_page_outputs)).toBe(outputs);
  });

  it("the API refuses pages and names a bad parameter", async () => {
    const paged = await getCsv(api("/api/projects.csv?page=2"));
    expect(paged.status).toBe(400);
    expect(JSON.stringify(await paged.json())).toContain("page");
    const bad = await getJson(api("/api/projects.json?sort=bogus"));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("sort");
  });
});
