import { getLocale, getTranslations } from "next-intl/server";
import { QUALITY_NOTE_KINDS } from "@/lib/domain/data-quality";
import { buildPlaceTree, type PlaceParents } from "@/lib/domain/place-tree";
import { resolveLocale } from "@/lib/i18n/locale";
import { groupLabel } from "@/lib/i18n/vocabulary";
import type { ProjectSearchResult } from "@/lib/queries/find-projects";
import { LIST_FACETS, SORTS, type ProjectListParams } from "@/lib/schemas/search-params";
import { FacetGroup } from "./facet-group";
import { PlaceFacet } from "./place-facet";

// Shown together as one tree, where the region facet would be.
const PLACE_LEVELS = new Set<string>(["region", "subRegion", "municipality"]);
const field = "mt-1 w-full rounded border border-slate-400 px-2 py-1";

/** Every filter of the project list as form fields; the form around them is a GET form. */
export async function SearchFilters({
  params,
  result,
  placeParents,
}: {
  params: ProjectListParams;
  result: ProjectSearchResult;
  placeParents: PlaceParents;
}) {
  const [t, locale] = await Promise.all([getTranslations("projects"), getLocale().then(resolveLocale)]);
  const qualityKinds = [
    "incomplete",
    ...QUALITY_NOTE_KINDS.filter((kind) => kind !== "incompleteRecord"),
  ] as const;
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
        <select id="sort" name="sort" defaultValue={params.sort ?? ""} className={field}>
          <option value="">{params.q ? t("sortBy.relevance") : t("sortBy.name")}</option>
          {SORTS.filter((sort) => sort !== "relevance" || params.q).map((sort) => (
            <option key={sort} value={sort}>
              {t(`sortBy.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      {LIST_FACETS.map((facet) =>
        facet === "region" ? (
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
            childrenLabel={(place, level, count) => t(`placeChildren.${level}`, { place, count })}
          />
        ) : PLACE_LEVELS.has(facet) ? null : (
          <FacetGroup
            key={facet}
            name={facet}
            legend={t(`facet.${facet}`)}
            options={result.facets[facet].map((option) => ({
              ...option,
              ...groupLabel(facet, option.value, option.label, locale),
            }))}
            selected={params[facet]}
          />
        ),
      )}
      <RangeFieldset
        legend={t("startYear")}
        labels={[t("from"), t("to")]}
        names={["startFrom", "startTo"]}
        values={[params.startFrom, params.startTo]}
        limits={{ min: 1990, max: 2100, step: 1 }}
      />
      <RangeFieldset
        legend={t("plannedRange")}
        labels={[t("min"), t("max")]}
        names={["plannedMin", "plannedMax"]}
        values={[params.plannedMin, params.plannedMax]}
        limits={{ min: 0, step: 1000 }}
      />
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="font-semibold">{t("finalReport")}</legend>
        {(["", "yes", "no"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="finalReport"
              value={value}
              defaultChecked={(params.finalReport ?? "") === value}
            />
            {value === "" ? t("finalReportAny") : value === "yes" ? t("finalReportYes") : t("finalReportNo")}
          </label>
        ))}
      </fieldset>
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="font-semibold">{t("quality")}</legend>
        {qualityKinds.map((kind) => (
          <label key={kind} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="quality"
              value={kind}
              defaultChecked={params.quality.includes(kind)}
              className="mt-1"
            />
            {t(`qualityKind.${kind}`)}
          </label>
        ))}
      </fieldset>
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
  values: [number | undefined, number | undefined];
  limits: { min: number; max?: number; step: number };
}) {
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 grid grid-cols-2 gap-2 text-sm">
        {names.map((name, index) => (
          <label key={name}>
            {labels[index]}
            <input type="number" name={name} {...limits} defaultValue={values[index]} className={field} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
