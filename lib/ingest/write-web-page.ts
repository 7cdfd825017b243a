/** Writes a project's web page and its structured items; links it to its project if known. */
import type { Prisma } from "../generated/prisma/client";
import type { WebPageRecord } from "../schemas/record";
import type { WriteOutcome } from "./write-project";

type Tx = Prisma.TransactionClient;

async function findProjectId(tx: Tx, page: WebPageRecord): Promise<number | null> {
  if (page.projectCode) {
    const byCode = await tx.project.findUnique({ where: { code: page.projectCode }, select: { id: true } });
    if (byCode) return byCode.id;
  }
  if (page.mentionedName) {
    const byName = await tx.project.findFirst({
      where: { name: { equals: page.mentionedName, mode: "insensitive" } },
      select: { id: true },
    });
    if (byName) return byName.id;
  }
  return null;
}

export async function writeWebPage(
  tx: Tx,
  page: WebPageRecord,
  source: { file: string; hash: string },
): Promise<{ outcome: WriteOutcome; linked: boolean }> {
  const projectId = await findProjectId(tx, page);
  const existing = await tx.projectWebPage.findUnique({
    where: { sourceFile: source.file },
    select: { id: true, sourceHash: true, projectId: true },
  });
  if (existing && existing.sourceHash === source.hash && existing.projectId === projectId) {
    return { outcome: "unchanged", linked: projectId !== null };
  }
  const data = {
    projectId,
    projectCode: page.projectCode,
    title: page.title,
    fullText: page.fullText,
    sourceHash: source.hash,
  };
  const webPage = await tx.projectWebPage.upsert({
    where: { sourceFile: source.file },
    create: { sourceFile: source.file, ...data },
    update: data,
    select: { id: true },
  });
  await tx.webPageItem.deleteMany({ where: { webPageId: webPage.id } });
  const positions = new Map<string, number>();
  await tx.webPageItem.createMany({
    data: page.items.map((item) => {
      const position = positions.get(item.kind) ?? 0;
      positions.set(item.kind, position + 1);
      return { webPageId: webPage.id, position, ...item };
    }),
  });
  return { outcome: existing ? "updated" : "created", linked: projectId !== null };
}
