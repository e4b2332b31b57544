import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, request } from '../api/http';
import type { OrgUnit } from '../api/types';
import { useI18n } from '../i18n';

/** Children read per branch; a picker is for choosing, the tree page is for browsing very wide branches. */
const PICKER_PAGE_SIZE = 500;

interface Props {
  /** Optional so that a form item can provide both. */
  value?: number | undefined;
  onChange?: (id: number | undefined) => void;
  id?: string;
  testId?: string;
}

interface Node {
  id: number;
  pId: number | null;
  value: number;
  title: string;
  isLeaf: boolean;
}

function toNode(unit: OrgUnit, root: boolean): Node {
  return {
    id: unit.id,
    pId: root ? null : unit.parentId,
    value: unit.id,
    title: unit.name,
    isLeaf: unit.childCount === 0,
  };
}

/** Picks one organisation unit of the caller's scope, reading the tree lazily. */
export function OrgTreeSelect({ value, onChange, id, testId }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [nodes, setNodes] = useState<Map<number, Node>>(new Map());
  const roots = useQuery({
    queryKey: ['org-units', 'roots'],
    queryFn: () => request(api.GET('/api/v1/org-units/roots')),
  });
  const current = useQuery({
    queryKey: ['org-units', 'unit', value],
    queryFn: () => request(api.GET('/api/v1/org-units/{id}', { params: { path: { id: value as number } } })),
    enabled: value != null,
  });

  const add = useCallback(
    (units: readonly OrgUnit[], root = false) =>
      setNodes((previous) => {
        const next = new Map(previous);
        for (const unit of units) if (root || !next.get(unit.id)) next.set(unit.id, toNode(unit, root));
        return next;
      }),
    [],
  );

  useEffect(() => {
    if (roots.data) add(roots.data, true);
  }, [roots.data, add]);

  useEffect(() => {
    if (current.data) add([current.data]);
  }, [current.data, add]);

  const treeData = useMemo(() => [...nodes.values()], [nodes]);

  return (
    <TreeSelect<number>
      id={id}
      data-testid={testId}
      style={{ width: '100%' }}
      treeDataSimpleMode
      treeData={treeData}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      showSearch={false}
      loading={roots.isLoading}
      placeholder={t('org.picker.placeholder')}
      aria-label={t('org.picker.label')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 280 } } }}
      loadData={async (node) => {
        const parentId = Number(node.value);
        const page = await queryClient.fetchQuery({
          queryKey: ['org-units', 'picker-children', parentId],
          queryFn: () =>
            request(
              api.GET('/api/v1/org-units/{id}/children', {
                params: { path: { id: parentId }, query: { page: 0, size: PICKER_PAGE_SIZE } },
              }),
            ),
        });
        add(page.content);
      }}
    />
  );
}
