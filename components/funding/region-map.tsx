import { DataTable } from "@/components/ui/data-table";
import type { RegionMapView } from "@/lib/geo/region-map-view";

/**
 * A choropleth of the regions drawn as server-rendered SVG (works without JavaScript, prints):
 * each region a link that applies the region filter, named with its figures; a legend; the same
 * numbers in a table below.
 */
export function RegionMap({ view, measureLegend }: { view: RegionMapView; measureLegend: string }) {
  return (
    <div className="space-y-3">
      <nav aria-label={measureLegend} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold">{measureLegend}:</span>
        {view.measures.map((measure) => (
          <a
            key={measure.measure}
            href={measure.href}
            aria-current={measure.current ? "true" : undefined}
            className={measure.current ? "font-bold" : undefined}
          >
            {measure.label}
          </a>
        ))}
      </nav>
      <figure className="space-y-2">
        <div className="flex flex-wrap items-start gap-6">
          <svg
            viewBox={`0 0 ${view.width} ${view.height}`}
            width={view.width}
            height={view.height}
            className="h-auto max-w-full"
            aria-labelledby="region-map-title"
            data-testid="region-map"
          >
            <title id="region-map-title">{view.title}</title>
            <style>
              {
                "a.region:focus path,a.region:hover path{stroke:#000;stroke-width:2.5}a.region:focus{outline:none}"
              }
            </style>
            {view.regions.map((region) => (
              <a key={region.name} href={region.href} aria-label={region.label} className="region">
                <path
                  d={region.path}
                  fill={region.fill}
                  stroke="#334155"
                  strokeWidth={0.8}
                  strokeLinejoin="round"
                />
              </a>
            ))}
          </svg>
          <div className="space-y-2 text-sm">
            <p className="font-semibold">{view.title}</p>
            <ul className="space-y-1" data-testid="region-map-legend">
              {view.legend.map((entry) => (
                <li key={entry.label} className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block h-4 w-6 border border-slate-500"
                    style={{ background: entry.fill }}
                  />
                  {entry.label}
                </li>
              ))}
            </ul>
          </div>
        </div>
        <figcaption className="text-sm text-slate-700">{view.credit}</figcaption>
      </figure>
      <DataTable
        caption={view.table.caption}
        testId="region-map-table"
        columns={view.table.headers.map((header, index) => ({ header, numeric: index > 0 }))}
        rows={view.table.rows.map((row) => ({
          key: row.name,
          header: { text: row.name, href: row.href, ...(row.lang && { lang: row.lang }) },
          cells: row.cells,
        }))}
      />
    </div>
  );
}
