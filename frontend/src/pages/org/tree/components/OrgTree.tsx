import { App, Empty, type GetRef, Tree, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../../i18n';
import { parseKey, type TreeNodeData, unitKey } from '../treeModel';
import type { useOrgTree } from '../useOrgTree';

interface Props {
  tree: ReturnType<typeof useOrgTree>;
  height: number;
}

/**
 * The organisation tree: virtual (only visible rows are in the DOM, so tens of thousands of loaded units stay
 * fluid), children read lazily 100 at a time with a "show more" row.
 */
export function OrgTree({ tree, height }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const [loadingMore, setLoadingMore] = useState<Set<number>>(new Set());
  const { scrollTarget, scrolled, treeData } = tree;

  // The target is set in the same update as the tree data that contains it, so the rows exist by now.
  useEffect(() => {
    if (!scrollTarget) return;
    const frame = requestAnimationFrame(() => {
      treeRef.current?.scrollTo({ key: scrollTarget, align: 'auto', offset: 24 });
      scrolled();
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollTarget, scrolled]);

  const showError = (error: unknown) => {
    message.error(error instanceof Error ? error.message : t('common.error.title'));
  };

  const loadMore = (parentId: number) => {
    if (loadingMore.has(parentId)) return;
    setLoadingMore((s) => new Set(s).add(parentId));
    tree
      .loadMore(parentId)
      .catch(showError)
      .finally(() =>
        setLoadingMore((s) => {
          const next = new Set(s);
          next.delete(parentId);
          return next;
        }),
      );
  };

  if (treeData.length === 0) {
    return <Empty description={t('org.tree.empty')} />;
  }

  return (
    <Tree<TreeNodeData>
      ref={treeRef}
      treeData={treeData}
      virtual
      height={height}
      blockNode
      showLine={{ showLeafIcon: false }}
      expandedKeys={tree.expandedKeys}
      selectedKeys={tree.selected ? [unitKey(tree.selected.id)] : []}
      onExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
      loadData={(node) =>
        node.unit
          ? tree.loadChildren(node.unit.id).catch((error: unknown) => {
              // Collapse, so the tree does not retry on every render; expanding again retries.
              tree.setExpandedKeys((keys) => keys.filter((k) => k !== node.key));
              showError(error);
              throw error;
            })
          : Promise.resolve()
      }
      onSelect={(_keys, info) => {
        const key = parseKey(info.node.key);
        if (key.kind === 'more') loadMore(key.id);
        else tree.select(key.id);
      }}
      titleRender={(node) => {
        if (node.unit) {
          return (
            <span data-testid={`org-node-${node.unit.id}`} title={t(`org.kind.${node.unit.kind}`)}>
              {node.unit.name}
              {node.unit.childCount > 0 ? (
                <Typography.Text type="secondary"> ({node.unit.childCount})</Typography.Text>
              ) : null}
            </span>
          );
        }
        const busy = node.parentId != null && loadingMore.has(node.parentId);
        return (
          <span className="org-tree-node-more" data-testid={`org-more-${node.parentId}`}>
            {busy ? t('org.tree.loadingMore') : t('org.tree.loadMore', { remaining: node.remaining ?? 0 })}
          </span>
        );
      }}
    />
  );
}
