/**
 * The search form's controls, derived from the filter registry in its order: a facet's
 * checkboxes, the three place levels as one tree, the two bounds of a range as one fieldset.
 */
import { FILTER_KEYS, FILTERS, type FacetKey, type FilterControl } from "./filters";
import type { ListState } from "./list-state";

type RangeGroup = Extract<FilterControl, { kind: "range" }>["group"];

export type FormControl =
  | { kind: "facet"; key: FacetKey; selected: string[] }
  | { kind: "place" }
  | {
      kind: "range";
      group: RangeGroup;
      names: [string, string];
      values: [number | null, number | null];
      limits: { min: number; max?: number; step: number };
    }
  | { kind: "choice"; key: string; options: readonly string[]; selected: string | null }
  | { kind: "options"; key: string; options: readonly string[]; selected: string[] };

export function filterControls(state: ListState): FormControl[] {
  const controls: FormControl[] = [];
  const ranges = new Map<RangeGroup, Extract<FormControl, { kind: "range" }>>();
  for (const key of FILTER_KEYS) {
    const control: FilterControl = FILTERS[key].control;
    const value = state[key];
    switch (control.kind) {
      case "facet":
        controls.push({ kind: "facet", key: key as FacetKey, selected: value as string[] });
        break;
      case "place":
        if (!controls.some((c) => c.kind === "place")) controls.push({ kind: "place" });
        break;
      case "range": {
        let range = ranges.get(control.group);
        if (!range) {
          const { min, max, step } = control;
          range = {
            kind: "range",
            group: control.group,
            names: ["", ""],
            values: [null, null],
            limits: { min, max, step },
          };
          ranges.set(control.group, range);
          controls.push(range);
        }
        const index = control.bound === "min" ? 0 : 1;
        range.names[index] = key;
        range.values[index] = value as number | null;
        break;
      }
      case "choice":
        controls.push({ kind: "choice", key, options: control.options, selected: value as string | null });
        break;
      case "options":
        controls.push({ kind: "options", key, options: control.options, selected: value as string[] });
        break;
    }
  }
  return controls;
}
