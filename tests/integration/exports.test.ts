import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportFile } from "@/app/api/exports/[version]/[file]/route";
import { EXPORTED_TABLES, generateExports } from "@/lib/exports/generate-exports";
import { readLatestManifest, type ExportManifest } from "@/lib/exports/manifest";
import { getProject } from "@/lib/queries/project-records";
import { projectRecordSchema } from "@/lib/schemas/record";
import { createSeededTestDatabase, type TestDatabase } from "../support/test-database";

describe("the registry as open-data files", () => {
  let db: TestDatabase;
  let root: string;
  let manifest: ExportManifest;
  const warnings: string[] = [];
  beforeAll(async () => {
    db = await createSeededTestDatabase();
    root = await fs.mkdtemp(path.join(os.tmpdir(), "exports-"));
    process.env.REGISTRY_EXPORTS_DIR = root;
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    const result = await generateExports(db.url, root);
    process.off("warning", onWarning);
    expect(result.written).toBe(true);
    manifest = result.manifest;
  });
  afterAll(async () => {
    await db.drop();
    await fs.rm(root, { recursive: true, force: true });
  });

  const read = (name: string) => fs.readFile(path.join(root, manifest.version, name));

  it("lists every table, the dictionary and the records, each with its size and checksum", async () => {
    expect(await readLatestManifest(root)).toEqual(manifest);
    expect(manifest.files.map((file) => file.name)).toEqual([
      ...EXPORTED_TABLES.map((table) => `${table}.csv`),
      "data_dictionary.csv",
      "projects.jsonl",
    ]);
    for (const file of manifest.files) {
      const bytes = await read(file.name);
      expect(file.bytes, file.name).toBe(bytes.length);
      expect(file.sha256, file.name).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    expect(manifest.licence.name).toBe("CC BY 4.0");
    // Unchanged data: nothing is written again.
    expect((await generateExports(db.url, root)).written).toBe(false);
  });

  it("runs its transaction's queries one at a time (node-postgres warns when they queue)", () => {
    expect(warnings).toEqual([]);
  });

  it("every table's CSV reads back as the database's rows, value for value", async () => {
    for (const file of manifest.files.filter((entry) => entry.kind === "table")) {
      const [header, ...rows] = parse(await read(file.name)) as string[][];
      const select = header!.map((column) => `"${column}"::text AS "${column}"`).join(", ");
      const expected = await db.query(`SELECT ${select} FROM "${file.table}"`);
      expect(rows, file.name).toHaveLength(expected.length);
      expect(file.rows, file.name).toBe(expected.length);
      const asCells = (row: Record<string, unknown>) =>
        header!.map((column) => (row[column] ?? "") as string);
      const key = (cells: string[]) => JSON.stringify(cells);
      expect(rows.map(key).sort(), file.name).toEqual(expected.map(asCells).map(key).sort());
    }
    const [projects] = await db.query<{ count: string }>("SELECT count(*) FROM project");
    expect(Number(projects!.count)).toBe(4);
  });

  it("the JSON Lines are the canonical records the API serves", async () => {
    const lines = (await read("projects.jsonl")).toString("utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const record = projectRecordSchema.parse(JSON.parse(line));
      expect(record).toEqual((await getProject(record.code))!.record);
    }
  });

  it("are served as files, and only the listed ones", async () => {
    const get = (version: string, file: string) =>
      exportFile(new Request(`http://registry.test/api/exports/${version}/${file}`), {
        params: Promise.resolve({ version, file }),
      });
    const response = await get(manifest.version, "projects.jsonl");
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await read("projects.jsonl"));
    expect((await get(manifest.version, "manifest.json")).status).toBe(404);
    expect((await get(manifest.version, "../../etc/passwd")).status).toBe(404);
    expect((await get("20000101T000000000Z", "project.csv")).status).toBe(404);
  });
});
