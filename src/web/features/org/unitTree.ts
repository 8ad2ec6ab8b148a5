/** Units as a tree (by parentId), kept in the server's order (sortOrder, then name). */
import type { Unit } from './types.js';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id) as UnitNode;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    // A unit whose parent is missing (or a cycle's entry) is shown at the top level.
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The ids of a unit and everything under it (a unit cannot move under its own subtree). */
export function subtreeIds(units: readonly Unit[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grew = true;
      }
    }
  }
  return ids;
}

export interface UnitOption {
  value: string;
  title: string;
  children: UnitOption[];
  disabled?: boolean;
}

/** Data for an antd TreeSelect; `exclude` ids are shown disabled. */
export function unitTreeOptions(units: readonly Unit[], exclude: Set<string> = new Set()): UnitOption[] {
  const toOption = (n: UnitNode): UnitOption => ({
    value: n.unit.id,
    title: n.unit.name,
    disabled: exclude.has(n.unit.id),
    children: n.children.map(toOption),
  });
  return buildUnitTree(units).map(toOption);
}
