import { describe, expect, it } from "vitest";
import { sharedFreshReads } from "@/lib/database/data-version";

/** A read whose answer is the database's version when the read began, ended by hand. */
function controlledReads() {
  let version = 1;
  const pending: (() => void)[] = [];
  let started = 0;
  const read = () => {
    started++;
    const seen = String(version);
    return new Promise<string>((resolve) => pending.push(() => resolve(seen)));
  };
  const endOldest = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { read, endOldest, commit: () => version++, started: () => started };
}

describe("sharedFreshReads", () => {
  it("never answers a caller with a read that began before it asked", async () => {
    const db = controlledReads();
    const version = sharedFreshReads(db.read);
    const first = version();
    db.commit(); // an import commits while the first read is running
    const second = version();
    const third = version();
    await db.endOldest();
    expect(await first).toBe("1");
    await db.endOldest();
    expect(await second).toBe("2");
    expect(await third).toBe("2");
    // Two reads for three callers: the two who arrived during the first read shared the next.
    expect(db.started()).toBe(2);
  });

  it("starts a new read for a caller after the last one ended", async () => {
    const db = controlledReads();
    const version = sharedFreshReads(db.read);
    const first = version();
    await db.endOldest();
    expect(await first).toBe("1");
    db.commit();
    const later = version();
    await db.endOldest();
    expect(await later).toBe("2");
  });

  it("lets a failed read fail its callers only", async () => {
    let fail = true;
    const version = sharedFreshReads(async () => {
      if (fail) throw new Error("connection lost");
      return "7";
    });
    await expect(version()).rejects.toThrow("connection lost");
    fail = false;
    expect(await version()).toBe("7");
  });
});
