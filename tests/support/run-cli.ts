/** Runs a real command-line entry point (lib/cli/*.ts through tsx), as a user would. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Root reads any file, so "unreadable" needs an ordinary user: nobody, when run as root. */
export const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

export interface CliOptions {
  env?: Record<string, string>;
  unprivileged?: boolean;
}

/** One node process (tsx as a loader, not its wrapper), so a kill reaches the CLI itself. */
export function spawnCli(
  command: "parse" | "import",
  args: string[],
  options: CliOptions = {},
): ChildProcessWithoutNullStreams {
  return spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "lib", "cli", `${command}.ts`), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      ...(options.unprivileged ? UNPRIVILEGED : {}),
    },
  );
}

export function runCli(
  command: "parse" | "import",
  args: string[],
  options: CliOptions = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(command, args, options);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A folder others may enter (the CLI may run as nobody), filled with the given files. */
export async function scratchFolder(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cli-contract-"));
  await fs.chmod(dir, 0o755);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true, mode: 0o755 });
    await fs.writeFile(path.join(dir, name), content, { mode: 0o644 });
  }
  return dir;
}
