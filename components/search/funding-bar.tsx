/** Planned against realised as a small bar, with the figures (formatted by the server) beside it. */
export function FundingBar({
  share,
  planned,
  realised,
}: {
  /** Realised ÷ planned for the bar (lib/domain/funding barShare); null draws no bar. */
  share: number | null;
  /** "Planned: 120 000 €", as the reader sees it. */
  planned: string;
  realised: string;
}) {
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
        {planned} · {realised}
      </p>
    </div>
  );
}
