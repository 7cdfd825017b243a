import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { getOpenData } from "@/lib/exports/open-data";
import { formatBytes, formatDateTime, formatNumber } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { titleFromMessages } from "@/lib/i18n/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("data");

export default async function DataPage({ params }: Props) {
  const locale = resolveLocale((await params).locale);
  setRequestLocale(locale);
  const [t, data] = await Promise.all([getTranslations("data"), getOpenData()]);
  return (
    <div className="space-y-6">
      <h1>{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      {data === null ? (
        <p className="rounded border border-slate-300 p-4">{t("none")}</p>
      ) : (
        <section aria-labelledby="files-heading" className="space-y-3">
          <h2 id="files-heading">{t("files")}</h2>
          <p>
            {t("version", {
              version: data.version,
              changed: formatDateTime(new Date(data.changedAt), locale),
              generated: formatDateTime(new Date(data.generatedAt), locale),
            })}
          </p>
          <p>
            {t.rich("licence", {
              licence: (chunks) => <a href={data.licence.url}>{chunks}</a>,
              name: data.licence.name,
            })}
          </p>
          <DataTable
            caption={t("files")}
            captionHidden
            testId="open-data-files"
            columns={[
              { header: t("column.file") },
              { header: t("column.content") },
              { header: t("column.rows"), numeric: true },
              { header: t("column.size"), numeric: true },
              { header: t("column.sha256") },
            ]}
            rows={data.files.map((file) => ({
              key: file.name,
              header: (
                <a href={file.href} download>
                  {file.name}
                </a>
              ),
              cells: [
                file.kind === "table" ? t("kind.table", { table: file.table ?? "" }) : t(`kind.${file.kind}`),
                formatNumber(file.rows, locale),
                formatBytes(file.bytes, locale),
                <code key="sha" className="break-all text-xs">
                  {file.sha256}
                </code>,
              ],
            }))}
          />
          <p className="max-w-3xl text-sm text-slate-700">{t("formats")}</p>
        </section>
      )}
    </div>
  );
}
