import { describe, expect, it } from "vitest";
import { buildPlaceTree, hasSelection, type PlaceNode } from "@/lib/domain/place-tree";

const place = (value: string, count: number) => ({ value, label: value, count });
const shape = (nodes: PlaceNode[]): unknown =>
  nodes.map((node) => (node.children.length ? { [node.value]: shape(node.children) } : node.value));

describe("the region → sub-region → municipality tree", () => {
  const parents = {
    subRegion: { "Kuopion seutukunta": "Pohjois-Savo", "Kajaanin seutukunta": "Kainuu" },
    municipality: {
      Kuopio: "Kuopion seutukunta",
      Siilinjärvi: "Kuopion seutukunta",
      Kajaani: "Kajaanin seutukunta",
    },
  };

  it("nests each place under its parent, keeping the listed order", () => {
    const tree = buildPlaceTree(
      {
        region: [place("Kainuu", 1), place("Pohjois-Savo", 2)],
        subRegion: [place("Kajaanin seutukunta", 1), place("Kuopion seutukunta", 2)],
        municipality: [place("Kajaani", 1), place("Kuopio", 2), place("Siilinjärvi", 1)],
      },
      { region: [], subRegion: [], municipality: [] },
      parents,
    );
    expect(shape(tree)).toEqual([
      { Kainuu: [{ "Kajaanin seutukunta": ["Kajaani"] }] },
      { "Pohjois-Savo": [{ "Kuopion seutukunta": ["Kuopio", "Siilinjärvi"] }] },
    ]);
    expect(tree[1]?.children[0]?.children[0]).toMatchObject({ level: "municipality", count: 2 });
  });

  it("keeps a place under its parent when the filters leave the parent no projects (counted 0), shows places without a known parent at the top, and keeps selected places with no projects", () => {
    const tree = buildPlaceTree(
      {
        region: [place("Pohjois-Savo", 2)],
        subRegion: [],
        municipality: [place("Kuopio", 2), place("Tuntematon", 1)],
      },
      { region: [], subRegion: ["Kajaanin seutukunta"], municipality: ["Kuopio"] },
      parents,
    );
    expect(shape(tree)).toEqual([
      { "Pohjois-Savo": [{ "Kuopion seutukunta": ["Kuopio"] }] },
      { Kainuu: ["Kajaanin seutukunta"] },
      "Tuntematon",
    ]);
    expect(tree[1]).toMatchObject({ value: "Kainuu", count: 0, selected: false });
    expect(tree[1]?.children[0]).toMatchObject({ count: 0, selected: true });
    expect(tree.map(hasSelection)).toEqual([true, true, false]);
  });
});
