"use client";

import { useTranslations } from "next-intl";
import { hasSelection, type PlaceNode } from "@/lib/domain/place-tree";

/**
 * Region → sub-region → municipality as one nested list of checkboxes. Each level keeps its own
 * URL parameter (region, subRegion, municipality); the lower levels fold away under their parent
 * and open when something inside is selected. A client component, so that the page carries the
 * tree of places as data rather than hundreds of checkboxes' markup twice.
 */
export function PlaceFacet({ legend, tree }: { legend: string; tree: PlaceNode[] }) {
  const t = useTranslations("placeFacet");
  if (tree.length === 0) return null;
  // A sub-region with its level's word: it is often named as its main municipality, which may sit
  // just below it ("Kajana ekonomiska region" and "Kajana"), and Finnish names it in the genitive.
  const name = (node: PlaceNode) =>
    node.level === "subRegion" ? t("subRegionName", { place: node.label }) : node.label;
  const item = (node: PlaceNode) => {
    const id = `${node.level}-${node.value}`.replace(/[^\w-]/g, "_");
    const childLevel = node.children[0]?.level;
    return (
      <li key={id}>
        {/* Targets at least 24 px apart (WCAG 2.5.8), 44 px on a touch screen. */}
        <div className="flex items-start gap-2 py-0.5 pointer-coarse:py-2.5">
          <input
            id={id}
            type="checkbox"
            name={node.level}
            value={node.value}
            defaultChecked={node.selected}
            className="mt-0.5 size-5 shrink-0"
          />
          <label htmlFor={id} className="text-sm">
            {name(node)} <span className="text-slate-600">({node.count})</span>
          </label>
        </div>
        {childLevel && (
          <details className="ml-6" open={node.children.some(hasSelection)}>
            <summary className="cursor-pointer py-0.5 text-sm text-slate-700 pointer-coarse:py-2.5">
              {/* "Pohjois-Savo: 3 seutukuntaa", "Kajaanin seutukunta: 4 kuntaa": what folds out, counted. */}
              {t(`children.${childLevel}`, { place: name(node), count: node.children.length })}
            </summary>
            <ul className="mt-1 space-y-1">{node.children.map(item)}</ul>
          </details>
        )}
      </li>
    );
  };
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 max-h-80 space-y-1 overflow-y-auto pr-1">{tree.map(item)}</ul>
    </fieldset>
  );
}
