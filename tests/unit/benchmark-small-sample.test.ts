import { describe, expect, it } from "vitest";
import { benchmarkPlan, type ComparableProject, type Plan } from "@/lib/domain/benchmark";
import { countBelow, MIN_SAMPLE_SIZE } from "@/lib/domain/small-sample";
import { parseBenchmarkForm } from "@/lib/schemas/benchmark-params";
import { benchmarkView } from "@/lib/views/benchmark-view";

/** A realised project of 24 months; `persons` null when it gives no participants. */
const project = (code: string, realised: number, persons: number | null = 100): ComparableProject => ({
  code,
  name: `Project ${code}`,
  plannedPublicTotal: realised * 1.25,
  realisedPublicTotal: realised,
  plannedStart: "2020-01-01",
  plannedEnd: "2021-12-31",
  personsPlanned: persons,
});

const plan: Plan = { plannedPublicTotal: 300_000, months: 24, participants: 100 };
const viewOf = (p: Plan, projects: ComparableProject[]) =>
  benchmarkView(p, benchmarkPlan(p, projects), projects);

describe("the benchmark's small-sample rules", () => {
  it("states the minimum as five projects", () => {
    expect(MIN_SAMPLE_SIZE).toBe(5);
  });

  it("never claims a share from one project: a count, its own figure, no quartiles", () => {
    const view = viewOf(plan, [project("S10001", 200_000)]);
    expect(view.small).toBe(true);
    const total = view.measures.find((m) => m.key === "total")!;
    expect(total.count).toBe(1);
    expect(total.spread).toEqual({
      kind: "individual",
      below: 1,
      values: [{ code: "S10001", name: "Project S10001", value: 200_000 }],
    });
    expect(view.absorption.spread.kind).toBe("individual");
    expect(view.expectedRealised).toBeNull();
    expect(view.projects?.map((p) => p.code)).toEqual(["S10001"]);
    expect(view.projects?.[0]?.figures).toMatchObject({
      months: 24,
      perParticipant: 2000,
      monthly: 200_000 / 24,
    });
  });

  it("lists four projects one by one, smallest first, and counts those below the plan", () => {
    const projects = [400_000, 100_000, 300_000, 250_000].map((r, i) => project(`S1000${i}`, r));
    const total = viewOf(plan, projects).measures[0]!;
    expect(total.spread.kind).toBe("individual");
    if (total.spread.kind !== "individual") return;
    expect(total.spread.values.map((v) => v.value)).toEqual([100_000, 250_000, 300_000, 400_000]);
    // 300 000 ties one project: only the two strictly below count.
    expect(total.spread.below).toBe(2);
    expect(countBelow(300_000, [100_000, 250_000, 300_000, 400_000])).toBe(2);
  });

  it("gives percentiles and quartiles from five projects up", () => {
    const projects = [100, 200, 300, 400, 500].map((k, i) => project(`S1000${i}`, k * 1000));
    const view = viewOf(plan, projects);
    expect(view.small).toBe(false);
    expect(view.projects).toBeNull();
    expect(view.measures[0]).toMatchObject({
      count: 5,
      spread: { kind: "distribution", percentile: 0.5, median: 300_000, lowerQuartile: 200_000 },
    });
    expect(view.absorption.spread).toMatchObject({ kind: "distribution", median: 0.8 });
    expect(view.expectedRealised).toBeCloseTo(240_000);
  });

  it("treats each measure on its own: enough projects in total, too few giving participants", () => {
    const projects = [100, 200, 300, 400, 500, 600].map((k, i) =>
      project(`S1000${i}`, k * 1000, i < 3 ? 100 : null),
    );
    const view = viewOf(plan, projects);
    expect(view.small).toBe(false);
    const [total, perParticipant, monthly] = view.measures;
    expect(total!.spread.kind).toBe("distribution");
    expect(monthly!.spread.kind).toBe("distribution");
    // 1 000, 2 000 and 3 000 € per participant: 3 000 is higher than two of them.
    expect(perParticipant).toMatchObject({ count: 3, plan: 3000, spread: { kind: "individual", below: 2 } });
  });

  it("leaves out what needs participants when the plan gives none, and keeps the rest", () => {
    const form = parseBenchmarkForm({ planned: "300 000", months: "", participants: "" });
    expect(form.errors).toEqual({});
    expect(form.plan).toEqual({ plannedPublicTotal: 300_000, months: null, participants: null });
    const projects = [100, 200, 300, 400, 500].map((k, i) => project(`S1000${i}`, k * 1000));
    const view = viewOf(form.plan!, projects);
    const [total, perParticipant, monthly] = view.measures;
    expect(total).toMatchObject({ plan: 300_000, spread: { kind: "distribution", percentile: 0.5 } });
    // The projects' spread is still shown; only the plan's position is missing.
    expect(perParticipant).toMatchObject({
      plan: null,
      count: 5,
      spread: { kind: "distribution", percentile: null, median: 3000 },
    });
    expect(monthly).toMatchObject({ plan: null, spread: { percentile: null } });
    // Similarity then rests on the budget alone: the closest budget first.
    const result = benchmarkPlan(form.plan!, projects);
    expect(result.similar[0]!.code).toBe("S10001");
    expect(Number.isFinite(result.similar[0]!.distance)).toBe(true);
  });

  it("still requires the budget and checks an optional field that was typed", () => {
    expect(parseBenchmarkForm({ planned: "", months: "", participants: "" }).errors).toEqual({
      planned: "required",
    });
    expect(parseBenchmarkForm({ planned: "300000", months: "", participants: "0" }).errors).toEqual({
      participants: "tooSmall",
    });
  });
});
