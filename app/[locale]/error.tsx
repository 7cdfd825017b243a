"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div role="alert" className="space-y-4">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}
