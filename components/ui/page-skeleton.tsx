import { useTranslations } from "next-intl";

/**
 * Shown while a page's data loads (a route's loading.tsx): grey blocks where the heading, the
 * figures and the tables will be, and the word "Loading" for screen readers.
 */
export function PageSkeleton({ blocks = 4 }: { blocks?: number }) {
  const t = useTranslations("shell");
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-9 w-2/3 max-w-md animate-pulse rounded bg-slate-200" />
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} aria-hidden="true" className="space-y-2">
          <div className="h-5 w-1/3 max-w-xs animate-pulse rounded bg-slate-200" />
          <div className="h-24 w-full animate-pulse rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
