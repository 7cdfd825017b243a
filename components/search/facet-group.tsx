"use client";

import type { FacetCount } from "@/lib/queries/find-projects";

/** A facet's option; `text` is its label in the page's language, `lang` set when that is not the page's. */
type FacetOption = FacetCount & { text?: string; lang?: string };

/**
 * One facet as a group of checkboxes, each with its count under the other active filters. A client
 * component, so that the page carries the options as data rather than their markup twice.
 */
export function FacetGroup({
  name,
  legend,
  options,
  selected,
}: {
  name: string;
  legend: string;
  options: FacetOption[];
  selected: string[];
}) {
  // Selected values stay visible even when the other filters leave them no projects.
  const shown = [
    ...options,
    ...selected
      .filter((value) => !options.some((option) => option.value === value))
      .map((value): FacetOption => ({ value, label: value, count: 0 })),
  ];
  if (shown.length === 0) return null;
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 max-h-56 space-y-1 overflow-y-auto pr-1">
        {shown.map((option) => {
          const id = `${name}-${option.value}`.replace(/[^\w-]/g, "_");
          return (
            // Targets at least 24 px apart (WCAG 2.5.8), 44 px on a touch screen.
            <li key={option.value} className="flex items-start gap-2 py-0.5 pointer-coarse:py-2.5">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                className="mt-0.5 size-5 shrink-0"
              />
              <label htmlFor={id} className="text-sm">
                <span lang={option.lang}>{option.text ?? option.label}</span>{" "}
                <span className="text-slate-600">({option.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
