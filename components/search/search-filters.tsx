import { getLocale, getTranslations } from "next-intl/server";
import { buildPlaceTree, type PlaceParents } from "@/lib/domain/place-tree";
import { resolveLocale } from "@/lib/i18n/locale";
import { groupLabel } from "@/lib/i18n/vocabulary";
import type { ProjectSearchResult } from "@/lib/queries/find-projects";
import { filterControls } from "@/lib/search/filter-controls";
import { effectiveSort, SORTS, type ListState } from "@/lib/search/list-state";
import { FacetGroup } from "./facet-group";
import { PlaceFacet } from "./place-facet";

const field = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

/**
 * Every filter of the project list as form fields, in the registry's order and by its controls
 * (lib/search/filters.ts); the form around them is a GET form.
 */
export async function SearchFilters({
  params,
  result,
  placeParents,
}: {
  params: ListState;
  result: ProjectSearchResult;
  placeParents: PlaceParents;
}) {
  const [t, locale] = await Promise.all([getTranslations("projects"), getLocale().then(resolveLocale)]);
  const defaultSort = effectiveSort({ q: params.q, sort: null });
  // Official place names in the page's language (the values in the URL stay Finnish).
  const placeOptions = (level: "region" | "subRegion" | "municipality") =>
    result.facets[level].map((option) => ({
      ...option,
      label: groupLabel(level, option.value, option.label, locale).text,
    }));
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="sort" className="font-semibold">
          {t("sort")}
        </label>
        {/* The default order (relevance with a query, else name) is sent as no `sort`, so the
            address stays short and a new query gets its own default. Options are keyed by what
            they send: the form keeps its inputs across its own searches, and the selected
            default must stay the default (now "Relevance") rather than become "name". */}
        <select
          id="sort"
          name="sort"
          defaultValue={params.sort && params.sort !== defaultSort ? params.sort : ""}
          className={field}
        >
          {SORTS.filter((sort) => sort !== "relevance" || params.q).map((sort) => {
            const value = sort === defaultSort ? "" : sort;
            return (
              <option key={value} value={value}>
                {t(`sortBy.${sort}`)}
              </option>
            );
          })}
        </select>
      </div>
      {filterControls(params).map((control) => {
        switch (control.kind) {
          case "facet":
            return (
              <FacetGroup
                key={control.key}
                name={control.key}
                legend={t(`facet.${control.key}`)}
                options={result.facets[control.key].map((option) => ({
                  ...option,
                  ...groupLabel(control.key, option.value, option.label, locale),
                }))}
                selected={control.selected}
              />
            );
          case "place":
            return (
              <PlaceFacet
                key="place"
                legend={t("placeLegend")}
                tree={buildPlaceTree(
                  {
                    region: placeOptions("region"),
                    subRegion: placeOptions("subRegion"),
                    municipality: placeOptions("municipality"),
                  },
                  { region: params.region, subRegion: params.subRegion, municipality: params.municipality },
                  placeParents,
                )}
              />
            );
          case "range":
            return (
              <RangeFieldset
                key={control.group}
                legend={t(control.group)}
                labels={[
                  t(control.group === "startYear" ? "from" : "min"),
                  t(control.group === "startYear" ? "to" : "max"),
                ]}
                names={control.names}
                values={control.values}
                limits={control.limits}
              />
            );
          case "choice":
            return (
              <fieldset key={control.key} className="border-t border-slate-200 pt-3">
                <legend className="font-semibold">{t(`choice.${control.key}.legend`)}</legend>
                {["", ...control.options].map((value) => (
                  // Targets at least 24 px apart (WCAG 2.5.8), 44 px on a touch screen.
                  <label key={value} className="flex items-center gap-2 py-0.5 text-sm pointer-coarse:py-2.5">
                    <input
                      type="radio"
                      name={control.key}
                      value={value}
                      defaultChecked={(control.selected ?? "") === value}
                      className="size-5 shrink-0"
                    />
                    {t(`choice.${control.key}.${value || "any"}`)}
                  </label>
                ))}
              </fieldset>
            );
          case "options":
            return (
              <fieldset key={control.key} className="border-t border-slate-200 pt-3">
                <legend className="font-semibold">{t(`choice.${control.key}.legend`)}</legend>
                {control.options.map((value) => (
                  <label key={value} className="flex items-start gap-2 py-0.5 text-sm pointer-coarse:py-2.5">
                    <input
                      type="checkbox"
                      name={control.key}
                      value={value}
                      defaultChecked={control.selected.includes(value)}
                      className="mt-0.5 size-5 shrink-0"
                    />
                    {t(`choice.${control.key}.${value}`)}
                  </label>
                ))}
              </fieldset>
            );
        }
      })}
    </div>
  );
}

/** Two number inputs, from and to. */
function RangeFieldset({
  legend,
  labels,
  names,
  values,
  limits,
}: {
  legend: string;
  labels: [string, string];
  names: [string, string];
  values: [number | null, number | null];
  limits: { min: number; max?: number; step: number };
}) {
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 grid grid-cols-2 gap-2 text-sm">
        {names.map((name, index) => (
          <label key={name}>
            {labels[index]}
            <input
              type="number"
              name={name}
              {...limits}
              defaultValue={values[index] ?? undefined}
              className={field}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
