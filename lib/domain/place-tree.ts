/**
 * The geography facets as one tree: region → sub-region → municipality. The documents list the
 * three levels separately; a place's parent comes from Statistics Finland's classification (see
 * lib/domain/places and getPlaceParents). A place whose parent has no counted projects keeps it
 * above, counted 0; one without a known parent (not an official place) is shown at the top level
 * rather than hidden.
 */
export type PlaceLevel = "region" | "subRegion" | "municipality";

export interface PlaceCount {
  value: string;
  label: string;
  count: number;
}

export interface PlaceNode extends PlaceCount {
  level: PlaceLevel;
  selected: boolean;
  children: PlaceNode[];
}

export interface PlaceParents {
  /** Sub-region name → region name. */
  subRegion: Record<string, string>;
  /** Municipality name → sub-region name. */
  municipality: Record<string, string>;
}

const LEVELS: PlaceLevel[] = ["region", "subRegion", "municipality"];

export function buildPlaceTree(
  counts: Record<PlaceLevel, PlaceCount[]>,
  selected: Record<PlaceLevel, string[]>,
  parents: PlaceParents,
): PlaceNode[] {
  const nodes = Object.fromEntries(
    LEVELS.map((level) => {
      // Selected places stay visible even when the other filters leave them no projects.
      const listed = [
        ...counts[level],
        ...selected[level]
          .filter((value) => !counts[level].some((place) => place.value === value))
          .map((value) => ({ value, label: value, count: 0 })),
      ];
      const byName = new Map<string, PlaceNode>(
        listed.map((place) => [
          place.value,
          { ...place, level, selected: selected[level].includes(place.value), children: [] },
        ]),
      );
      return [level, byName];
    }),
  ) as Record<PlaceLevel, Map<string, PlaceNode>>;

  // A place's parent stays above it even when the other filters leave the parent no projects
  // (municipality=Iisalmi gives every other region 0): then it is shown with 0, not dropped
  // with its places spilled to the top level.
  const parentNode = (level: PlaceLevel, name: string) => {
    let node = nodes[level].get(name);
    if (!node) {
      node = { value: name, label: name, count: 0, level, selected: false, children: [] };
      nodes[level].set(name, node);
    }
    return node;
  };
  const orphans: PlaceNode[] = [];
  const attach = (child: PlaceLevel, parent: PlaceLevel, parentOf: Record<string, string>) => {
    for (const node of nodes[child].values()) {
      const parentName = parentOf[node.value];
      if (parentName === undefined) orphans.push(node);
      else parentNode(parent, parentName).children.push(node);
    }
  };
  attach("municipality", "subRegion", parents.municipality);
  attach("subRegion", "region", parents.subRegion);
  return [...nodes.region.values(), ...orphans];
}

/** The node and every place under it that is selected: a branch with one stays open. */
export function hasSelection(node: PlaceNode): boolean {
  return node.selected || node.children.some(hasSelection);
}
