import { describe, expect, it } from "vitest";
import {
  addedTo,
  compareHref,
  parseCompareCodes,
  projectHref,
  removedFrom,
  searchFields,
  searchHref,
} from "@/lib/search/compare-state";
import { parseListState } from "@/lib/search/list-state";

describe("the selection and the search travel in the URL", () => {
  const state = parseListState("region=Kainuu&region=Pohjois-Savo&sort=planned&page=2&compare=S21894,S22821");

  it("a project opened from the results carries the search and the selection", () => {
    const href = projectHref("S21854", state);
    expect(href).toBe(
      "/projects/S21854?region=Kainuu&region=Pohjois-Savo&sort=planned&page=2&compare=S21894,S22821",
    );
    // Back on the search page everything is as it was.
    const back = parseListState(href.split("?")[1]!);
    expect(searchHref(back)).toBe(
      "/projects?region=Kainuu&region=Pohjois-Savo&sort=planned&page=2&compare=S21894,S22821",
    );
  });

  it("adding on a project page adds to the earlier picks", () => {
    const codes = addedTo(state.compare, "S21854")!;
    expect(codes).toEqual(["S21894", "S22821", "S21854"]);
    expect(parseListState(projectHref("S21854", state, codes).split("?")[1]!).compare).toEqual(codes);
    expect(addedTo(codes, "S21854")).toBeNull();
    expect(addedTo([...codes, "S22837"], "S99999")).toBeNull(); // four at most
    expect(removedFrom(codes, "S22821")).toEqual(["S21894", "S21854"]);
  });

  it("the compare page gets the selection as codes= and the search for the way back", () => {
    const href = compareHref(["S21894", "S22821"], state);
    expect(href).toBe("/compare?region=Kainuu&region=Pohjois-Savo&sort=planned&codes=S21894,S22821");
    const query = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseCompareCodes(query)).toEqual(["S21894", "S22821"]);
    expect(parseListState(href.split("?")[1]!).region).toEqual(["Kainuu", "Pohjois-Savo"]);
    expect(compareHref(["S21894"])).toBe("/compare?codes=S21894");
    expect(searchFields(state)).toEqual([
      ["region", "Kainuu"],
      ["region", "Pohjois-Savo"],
      ["sort", "planned"],
    ]);
  });
});
