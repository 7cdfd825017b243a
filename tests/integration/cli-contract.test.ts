/**
 * The command-line contract, on the real CLIs: exit 0 only when every input gave a record (parse)
 * or was imported (import); every bad input gets a located one-line message saying what is
 * wrong with it (empty, binary, missing, unreadable, a folder, too large, rejected), and the
 * other inputs still go through. Symbolic links to files are followed, and said so.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeed, seedPath } from "../support/seeds";
import { runCli, scratchFolder } from "../support/run-cli";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const NOT_A_DOCUMENT = "Kauppalista\nmaito\nleipä\n";

let dir: string;
beforeAll(async () => {
  dir = await scratchFolder({
    "empty.txt": "",
    "binary.txt": Buffer.concat([Buffer.from("PK\u0003\u0004"), randomBytes(4000), Buffer.alloc(16)]),
    "rejected.txt": NOT_A_DOCUMENT,
    "secret.txt": readSeed("S22821"),
    "good.txt": readSeed("S21854"),
    "empty-folder/.keep": "",
  });
  await fs.chmod(path.join(dir, "secret.txt"), 0o000);
  await fs.symlink(seedPath("S21894"), path.join(dir, "link.txt"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const at = (name: string) => path.join(dir, name);

describe.concurrent("npm run parse", () => {
  it.each([
    ["an empty file", "empty.txt", "the file is empty"],
    ["a binary file", "binary.txt", "the file is binary"],
    ["a missing file", "missing.txt", "missing.txt: no such file or folder"],
    ["a folder", "empty-folder", "empty-folder: is a folder"],
    ["a rejected document", "rejected.txt", "not a EURA project description"],
  ])("%s: exit 1 and a message naming it", async (_, name, message) => {
    const result = await runCli("parse", [at(name)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it("an unreadable file: permission denied (not 'no such file'), exit 1", async () => {
    const result = await runCli("parse", [at("secret.txt"), at("good.txt")], { unprivileged: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("secret.txt: cannot be read: permission denied");
    expect(JSON.parse(result.stdout)).toHaveLength(1); // the readable one still parsed
  });

  it("a symbolic link to a document is followed and said so, exit 0", async () => {
    const result = await runCli("parse", [at("link.txt")]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`link.txt is a symbolic link; read ${seedPath("S21894")}`);
    expect(JSON.parse(result.stdout)[0].code).toBe("S21894");
  });

  it("a document over the size limit is refused, naming the file and the limit", async () => {
    const result = await runCli("parse", [at("good.txt")], { env: { REGISTRY_MAX_DOCUMENT_BYTES: "2048" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/good\.txt: the file is \d+ kB, over the limit of 2 kB/);
  });

  it("a good document: exit 0", async () => {
    const result = await runCli("parse", [at("good.txt")]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });
});

describe("npm run import", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  const importing = (args: string[], unprivileged = false) =>
    runCli("import", args, { env: { DATABASE_URL: db.url }, unprivileged });

  it("an empty folder: exit 1, 'holds no .txt or .html documents'", async () => {
    const result = await importing([at("empty-folder")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("empty-folder:\n  error: the folder holds no .txt or .html documents");
  });

  it("a missing path: exit 1, 'no such file or folder'", async () => {
    const result = await importing([at("missing")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("0 created, 0 updated, 0 unchanged, 1 rejected");
    expect(result.stdout).toContain("no such file or folder");
  });

  it("a folder with empty, binary, rejected, unreadable and symlinked files: the good ones are imported, each bad one named, exit 1", async () => {
    const result = await importing([dir], true);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain("2 created, 0 updated, 0 unchanged, 4 rejected");
    expect(result.stdout).toContain(`link.txt is a symbolic link; read ${seedPath("S21894")}`);
    for (const [file, message] of [
      ["secret.txt", "cannot be read: permission denied"],
      ["empty.txt", "the file is empty"],
      ["binary.txt", "the file is binary"],
      ["rejected.txt", "not a EURA project description"],
    ] as const)
      expect(result.stdout).toMatch(
        new RegExp(`Rejected \\S*${file.replace(".", "\\.")}:\\n  error: [^\\n]*${message}`),
      );
    const codes = await db.query<{ code: string }>("SELECT code FROM project ORDER BY code");
    expect(codes.map((row) => row.code)).toEqual(["S21854", "S21894"]);
  });

  it("a document over the size limit: refused by name and limit, exit 1", async () => {
    const result = await runCli("import", [at("good.txt")], {
      env: { DATABASE_URL: db.url, REGISTRY_MAX_DOCUMENT_BYTES: "2048" },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/good\.txt:\n  error: the file is \d+ kB, over the limit of 2 kB/);
  });

  it("only good documents: exit 0", async () => {
    const result = await importing([at("good.txt"), at("link.txt")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 created, 0 updated, 2 unchanged, 0 rejected");
  });
});
