import type { ChildProcess } from "node:child_process";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for a random point of an import: mostly while it writes (after its first committed
 * project, up to `writeWindowMs` later), sometimes before it writes anything. Returns early if
 * the child has exited.
 */
export async function randomPointOfImport(
  child: ChildProcess,
  projectCount: () => Promise<number>,
  writeWindowMs: number,
): Promise<void> {
  if (Math.random() < 0.2) {
    await sleep(Math.random() * 2000);
    return;
  }
  while (child.exitCode === null && child.signalCode === null && (await projectCount()) === 0)
    await sleep(20);
  await sleep(Math.random() * writeWindowMs);
}
