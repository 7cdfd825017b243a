/**
 * The geography facets as one tree: region → sub-region → municipality. The documents list the
 * three levels separately; a place's parent comes from Statistics Finland's classification (see
 * lib/domain/places and getPlaceParents). A place whose parent is not in the list (no counted
 * projects, or not an official place) is shown at the top level rather than hidden.
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

  const roots: PlaceNode[] = [...nodes.region.values()];
  const orphans: PlaceNode[] = [];
  const attach = (child: PlaceLevel, parent: PlaceLevel, parentOf: Record<string, string>) => {
    for (const node of nodes[child].values()) {
      const parentName = parentOf[node.value];
      const parentNode = parentName === undefined ? undefined : nodes[parent].get(parentName);
      if (parentNode) parentNode.children.push(node);
      else orphans.push(node);
    }
  };
  attach("subRegion", "region", parents.subRegion);
  attach("municipality", "subRegion", parents.municipality);
  return [...roots, ...orphans];
}

/** The node and every place under it that is selected: a branch with one stays open. */
export function hasSelection(node: PlaceNode): boolean {
  return node.selected || node.children.some(hasSelection);
}
