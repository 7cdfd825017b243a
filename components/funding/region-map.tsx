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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="region-map-table">
          <caption className="text-left font-semibold">{view.table.caption}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {view.table.headers.map((header, index) => (
                <th
                  key={header}
                  scope="col"
                  className={`py-1 pr-3 ${index === 0 ? "text-left" : "text-right"}`}
                >
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.table.rows.map((row) => (
              <tr key={row.name} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  <a href={row.href}>{row.name}</a>
                </th>
                {row.cells.map((cell, index) => (
                  <td key={index} className="py-1 pr-3 text-right tabular-nums">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
