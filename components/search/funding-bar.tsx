import { barShare } from "@/lib/domain/funding";
import { formatEuro } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

/** Planned against realised as a small bar, with the numbers written out beside it. */
export function FundingBar({
  planned,
  realised,
  locale,
  labels,
}: {
  planned: number | null;
  realised: number | null;
  locale: Locale;
  labels: { planned: string; realised: string; notReported: string };
}) {
  const share = barShare(planned, realised);
  return (
    <div className="text-sm">
      {share !== null && (
        <div aria-hidden="true" className="relative mb-1 h-2 w-full max-w-xs rounded bg-slate-200">
          <div
            className={`h-2 rounded ${share > 1 ? "bg-amber-600" : "bg-brand-700"}`}
            style={{ width: `${Math.min(share, 1) * 100}%` }}
          />
        </div>
      )}
      <p>
        {labels.planned}: {planned === null ? labels.notReported : formatEuro(planned, locale)} ·{" "}
        {labels.realised}: {realised === null ? labels.notReported : formatEuro(realised, locale)}
      </p>
    </div>
  );
}
