import type { OrgUnit, OrgUnitPage } from '../../../api/types';

export const CHILD_PAGE_SIZE = 100;
export const MORE_PREFIX = 'more:';

/** The loaded children of one unit: the pages read so far in server order, plus units pinned by a search. */
export interface ChildList {
  ids: readonly number[];
  pinned: readonly number[];
  pagesLoaded: number;
  total: number;
}

/** What of the (possibly huge) tree has been read: only what the user opened. */
export interface TreeModel {
  units: ReadonlyMap<number, OrgUnit>;
  rootIds: readonly number[];
  children: ReadonlyMap<number, ChildList>;
}

export const emptyTree: TreeModel = { units: new Map(), rootIds: [], children: new Map() };

export function unitKey(id: number): string {
  return String(id);
}

export function moreKey(parentId: number): string {
  return `${MORE_PREFIX}${parentId}`;
}

/** The unit id of a tree key, or the parent id of a "show more" key. */
export function parseKey(key: string | number): { kind: 'unit' | 'more'; id: number } {
  const text = String(key);
  return text.startsWith(MORE_PREFIX)
    ? { kind: 'more', id: Number(text.slice(MORE_PREFIX.length)) }
    : { kind: 'unit', id: Number(text) };
}

function withUnits(units: ReadonlyMap<number, OrgUnit>, added: readonly OrgUnit[]): Map<number, OrgUnit> {
  const next = new Map(units);
  for (const unit of added) next.set(unit.id, unit);
  return next;
}

export function rootsLoaded(model: TreeModel, roots: readonly OrgUnit[]): TreeModel {
  return { ...model, units: withUnits(model.units, roots), rootIds: roots.map((r) => r.id) };
}

/** Adds one page of children; a first page replaces what was there (a reload). */
export function pageLoaded(model: TreeModel, parentId: number, page: OrgUnitPage): TreeModel {
  const previous = page.page === 0 ? undefined : model.children.get(parentId);
  const ids = [...(previous?.ids ?? [])];
  const seen = new Set(ids);
  for (const unit of page.content) {
    if (!seen.has(unit.id)) {
      ids.push(unit.id);
      seen.add(unit.id);
    }
  }
  const pinned = (model.children.get(parentId)?.pinned ?? []).filter((id) => !seen.has(id));
  const children = new Map(model.children);
  children.set(parentId, { ids, pinned, pagesLoaded: page.page + 1, total: page.totalElements });
  return { ...model, units: withUnits(model.units, page.content), children };
}

/** Makes a unit visible under its parent even when its page has not been read (search and reveal). */
export function pin(model: TreeModel, parentId: number, unit: OrgUnit): TreeModel {
  const list = model.children.get(parentId) ?? { ids: [], pinned: [], pagesLoaded: 0, total: 0 };
  const units = withUnits(model.units, [unit]);
  if (list.ids.includes(unit.id) || list.pinned.includes(unit.id)) return { ...model, units };
  const children = new Map(model.children);
  children.set(parentId, { ...list, pinned: [...list.pinned, unit.id] });
  return { ...model, units, children };
}

export function unitUpdated(model: TreeModel, unit: OrgUnit): TreeModel {
  return { ...model, units: withUnits(model.units, [unit]) };
}

export function hasChildrenLoaded(model: TreeModel, id: number): boolean {
  return (model.children.get(id)?.pagesLoaded ?? 0) > 0;
}

export function isListed(model: TreeModel, parentId: number, id: number): boolean {
  const list = model.children.get(parentId);
  return !!list && (list.ids.includes(id) || list.pinned.includes(id));
}

/** Children not yet read (the count on the "show more" node). */
export function remaining(list: ChildList): number {
  return Math.max(0, list.total - list.ids.length);
}

export interface TreeNodeData {
  key: string;
  unit?: OrgUnit;
  parentId?: number;
  remaining?: number;
  isLeaf: boolean;
  children?: TreeNodeData[];
}

/** The antd tree data of what is loaded, with a "show more" leaf under every partly read parent. */
export function toTreeData(model: TreeModel): TreeNodeData[] {
  const build = (id: number): TreeNodeData | undefined => {
    const unit = model.units.get(id);
    if (!unit) return undefined;
    const list = model.children.get(id);
    const node: TreeNodeData = {
      key: unitKey(id),
      unit,
      isLeaf: unit.childCount === 0 && !list?.pinned.length,
    };
    if (list) {
      const kids: TreeNodeData[] = [];
      for (const childId of list.ids) {
        const child = build(childId);
        if (child) kids.push(child);
      }
      for (const childId of list.pinned) {
        const child = build(childId);
        if (child) kids.push(child);
      }
      const unread = remaining(list) - list.pinned.length;
      if (list.pagesLoaded > 0 && unread > 0) {
        kids.push({ key: moreKey(id), parentId: id, remaining: unread, isLeaf: true });
      }
      if (kids.length > 0 || list.pagesLoaded > 0) node.children = kids;
    }
    return node;
  };
  return model.rootIds.map(build).filter((n): n is TreeNodeData => n !== undefined);
}
