/**
 * The API's query parameters as zod schemas, derived from the filter registry
 * (lib/search/filters.ts): a filter added there is documented here without further work. The
 * registry's nuqs parsers validate the requests; these schemas describe the same rules (a unit
 * test checks that each example passes both).
 */
import { z } from "zod";
import { FILTER_KEYS, FILTERS, type FilterControl, type FilterKey } from "../search/filters";
import { SORTS } from "../search/list-state";
import { locales } from "../i18n/routing";
import { TABLE_ORDER } from "../tables/stat-table";

export interface QueryParameter {
  name: string;
  /** Given once per value (`region=A&region=B`). */
  repeated: boolean;
  schema: z.ZodType;
  example?: string;
}

/** A value that matches seed projects, shown as the clickable example. */
const FILTER_EXAMPLES: Partial<Record<FilterKey, string>> = {
  q: "digitalisaatio",
  fund: "ESF",
  axis: "3",
  objective: "7.1",
  region: "Pohjois-Savo",
  municipality: "Kuopio",
  orgType: "Kunta",
  startFrom: "2015",
  startTo: "2020",
  plannedMin: "200000",
  plannedMax: "1000000",
  finalReport: "yes",
  quality: "plannedPersonsMissing",
};

const TEXT = z.string().min(1).max(200);

function valueSchema(control: FilterControl): z.ZodType {
  switch (control.kind) {
    case "text":
    case "facet":
    case "place":
      return TEXT;
    case "range": {
      const base = control.step === 1 ? z.int() : z.number();
      const bounded = base.min(control.min);
      return control.max === undefined ? bounded : bounded.max(control.max);
    }
    case "choice":
    case "options":
      return z.enum(control.options as [string, ...string[]]);
  }
}

/** Every filter of the registry as a query parameter. */
export const FILTER_PARAMETERS: QueryParameter[] = FILTER_KEYS.map((key) => {
  const filter = FILTERS[key];
  const repeated = "item" in filter;
  const single = valueSchema(filter.control);
  return {
    name: key,
    repeated,
    schema: repeated ? z.array(single) : single,
    example: FILTER_EXAMPLES[key],
  };
});

export const SORT_PARAMETER: QueryParameter = {
  name: "sort",
  repeated: false,
  schema: z.enum(SORTS),
  example: "planned",
};

export const LANG_PARAMETER: QueryParameter = {
  name: "lang",
  repeated: false,
  schema: z.enum(locales).default("fi"),
  example: "en",
};

export const ORDER_PARAMETER: QueryParameter = {
  name: "order",
  repeated: false,
  schema: z.string().regex(TABLE_ORDER),
  example: "funding-axis.planned.desc",
};
