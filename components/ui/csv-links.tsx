import { getTranslations } from "next-intl/server";
import type { CsvFormat } from "@/lib/tables/csv-format";

/**
 * A download in its two CSV variants, each saying what it is for: the spreadsheet one
 * (semicolons, decimal comma, headers in the page's language) and the one for programs.
 */
export async function CsvLinks({ href, label }: { href: (format: CsvFormat) => string; label?: string }) {
  const t = await getTranslations("download");
  return (
    <p className="text-sm">
      {label ?? t("label")}:{" "}
      <a href={href("excel")} download>
        {t("excel")}
      </a>
      {" · "}
      <a href={href("csv")} download>
        {t("machine")}
      </a>
    </p>
  );
}
