/** The benchmarks measure the production build: build it first when the sources changed since. */
import { spawn } from "node:child_process";
import path from "node:path";
import { isBuildFresh, markBuildFresh, sourceHash } from "../../lib/cli/build-freshness";

const root = path.resolve(import.meta.dirname, "../..");
export const nextBin = path.join(root, "node_modules/next/dist/bin/next");

export async function buildSiteIfStale(): Promise<void> {
  const hash = await sourceHash();
  if (await isBuildFresh(hash)) return;
  console.log("Building the site…");
  await new Promise((resolve, reject) =>
    spawn(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" }).on("exit", (code) =>
      code === 0 ? resolve(null) : reject(new Error("build failed")),
    ),
  );
  await markBuildFresh(hash);
}
