import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OrgUnit } from '../../../api/types';
import {
  emptyTree,
  hasChildrenLoaded,
  isListed,
  pageLoaded,
  pin,
  rootsLoaded,
  type TreeModel,
  toTreeData,
  unitKey,
  unitUpdated,
} from './treeModel';
import { orgKeys, orgReads } from './useOrgQueries';

/**
 * State of the lazy organisation tree: what is loaded, expanded and selected, plus the operations the page
 * needs (open a branch, read the next page, reveal a search hit, take in a newly created unit).
 */
export function useOrgTree() {
  const queryClient = useQueryClient();
  const [model, setModel] = useState<TreeModel>(emptyTree);
  const modelRef = useRef(model);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [scrollTarget, setScrollTarget] = useState<string | null>(null);
  const [status, setStatus] = useState<{ loading: boolean; error: unknown }>({ loading: true, error: null });
  const inFlight = useRef(new Map<string, Promise<void>>());

  const update = useCallback((change: (m: TreeModel) => TreeModel) => {
    modelRef.current = change(modelRef.current);
    setModel(modelRef.current);
  }, []);

  /** Loads one page of a unit's children, once even if asked twice at the same time. */
  const loadPage = useCallback(
    (id: number, page: number): Promise<void> => {
      const key = `${id}:${page}`;
      const running = inFlight.current.get(key);
      if (running) return running;
      const work = orgReads
        .children(queryClient, id, page)
        .then((result) => update((m) => pageLoaded(m, id, result)))
        .finally(() => inFlight.current.delete(key));
      inFlight.current.set(key, work);
      return work;
    },
    [queryClient, update],
  );

  const loadChildren = useCallback(
    (id: number) => (hasChildrenLoaded(modelRef.current, id) ? Promise.resolve() : loadPage(id, 0)),
    [loadPage],
  );

  const loadMore = useCallback(
    (parentId: number) => loadPage(parentId, modelRef.current.children.get(parentId)?.pagesLoaded ?? 0),
    [loadPage],
  );

  const loadRoots = useCallback(async () => {
    setStatus({ loading: true, error: null });
    try {
      const roots = await orgReads.roots(queryClient);
      update((m) => rootsLoaded(m, roots));
      const only = roots.length === 1 ? roots[0] : undefined;
      if (only) {
        setSelectedId(only.id);
        if (only.childCount > 0) {
          await loadChildren(only.id);
          setExpandedKeys((keys) => [...new Set([...keys, unitKey(only.id)])]);
        }
      }
      setStatus({ loading: false, error: null });
    } catch (error) {
      setStatus({ loading: false, error });
    }
  }, [queryClient, update, loadChildren]);

  useEffect(() => {
    void loadRoots();
  }, [loadRoots]);

  /** Shows a unit found by search: opens every level above it, selects it and scrolls it into view. */
  const reveal = useCallback(
    async (unit: OrgUnit) => {
      const ancestors = await orgReads.ancestors(queryClient, unit.id);
      const chain = [...ancestors, unit];
      const top = chain[0];
      if (top && !modelRef.current.rootIds.includes(top.id)) {
        update((m) => ({ ...rootsLoaded(m, [top]), rootIds: [...m.rootIds, top.id] }));
      }
      for (let i = 0; i < chain.length - 1; i++) {
        const parent = chain[i] as OrgUnit;
        const child = chain[i + 1] as OrgUnit;
        await loadChildren(parent.id);
        if (!isListed(modelRef.current, parent.id, child.id)) update((m) => pin(m, parent.id, child));
      }
      update((m) => unitUpdated(m, unit));
      const opened = ancestors.map((a) => unitKey(a.id));
      setExpandedKeys((keys) => [...new Set([...keys, ...opened])]);
      setSelectedId(unit.id);
      setScrollTarget(unitKey(unit.id));
    },
    [queryClient, update, loadChildren],
  );

  /** After a create: fresh parent (child count), its first page again, the new unit shown and selected. */
  const created = useCallback(
    async (parentId: number, unit: OrgUnit) => {
      queryClient.removeQueries({ queryKey: [...orgKeys.all, 'children', parentId] });
      queryClient.removeQueries({ queryKey: [...orgKeys.all, 'search'] });
      const parent = await orgReads.unit(queryClient, parentId);
      update((m) => unitUpdated(m, parent));
      await loadPage(parentId, 0);
      if (!isListed(modelRef.current, parentId, unit.id)) update((m) => pin(m, parentId, unit));
      setExpandedKeys((keys) => [...new Set([...keys, unitKey(parentId)])]);
      setSelectedId(unit.id);
      setScrollTarget(unitKey(unit.id));
    },
    [queryClient, update, loadPage],
  );

  /** After an organisation change: reads the tree afresh and shows `focusId` (the changed or surviving unit). */
  const refresh = useCallback(
    async (focusId: number) => {
      queryClient.removeQueries({ queryKey: orgKeys.all });
      inFlight.current.clear();
      modelRef.current = emptyTree;
      setModel(emptyTree);
      setExpandedKeys([]);
      await loadRoots();
      const unit = await orgReads.unit(queryClient, focusId);
      if (unit.parentId == null) {
        update((m) => unitUpdated(m, unit));
        setSelectedId(unit.id);
      } else {
        await reveal(unit);
      }
    },
    [queryClient, update, loadRoots, reveal],
  );

  const treeData = useMemo(() => toTreeData(model), [model]);
  const selected = selectedId == null ? undefined : model.units.get(selectedId);

  return {
    treeData,
    status,
    expandedKeys,
    setExpandedKeys,
    selected,
    select: setSelectedId,
    treeUnit: (id: number) => model.units.get(id),
    scrollTarget,
    scrolled: () => setScrollTarget(null),
    loadChildren,
    loadMore,
    reveal,
    created,
    refresh,
    reload: loadRoots,
  };
}
