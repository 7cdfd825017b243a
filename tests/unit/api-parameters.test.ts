import { describe, expect, it } from "vitest";
import { FILTER_PARAMETERS } from "@/lib/api/parameters";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { FILTER_KEYS, FILTERS } from "@/lib/search/filters";

describe("the API's documented parameters", () => {
  it("are every filter of the registry", () => {
    expect(FILTER_PARAMETERS.map((parameter) => parameter.name)).toEqual(FILTER_KEYS);
    const documented = buildOpenApiDocument("http://localhost").paths["/api/projects.json"]!.get.parameters;
    expect(documented.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(FILTER_KEYS));
  });

  it("describe the values the registry's parsers accept: each example passes both", () => {
    for (const parameter of FILTER_PARAMETERS.filter((p) => p.example !== undefined)) {
      const filter = FILTERS[parameter.name as keyof typeof FILTERS];
      const parse = ("item" in filter ? filter.item : filter.parser).parse as (value: string) => unknown;
      const parsed = parse(parameter.example!);
      expect(parsed, parameter.name).not.toBeNull();
      expect(parameter.schema.safeParse(parameter.repeated ? [parsed] : parsed).success, parameter.name).toBe(
        true,
      );
    }
  });

  it("reject what the parsers reject: a start year out of range, an unknown quality", () => {
    const schema = (name: string) => FILTER_PARAMETERS.find((p) => p.name === name)!.schema;
    expect(FILTERS.startFrom.parser.parse("1800")).toBeNull();
    expect(schema("startFrom").safeParse(1800).success).toBe(false);
    expect(schema("quality").safeParse(["sloppy"]).success).toBe(false);
  });
});
