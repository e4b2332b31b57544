import { Card, Col, Row } from 'antd';
import { useRef, useState } from 'react';
import type { OrgUnit, OrgUnitKind } from '../../../api/types';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useElementHeight } from '../../../hooks/useElementHeight';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import {
  type ChangeKind,
  type ChangeResult,
  DissolveDialog,
  MergeDialog,
  MoveDialog,
  RenameDialog,
  SplitDialog,
  TermDialog,
} from './changes/ChangeDialogs';
import { CreateUnitModal } from './components/CreateUnitModal';
import { OrgSearch } from './components/OrgSearch';
import { OrgTree } from './components/OrgTree';
import { UnitDetail } from './components/UnitDetail';
import { useOrgTree } from './useOrgTree';

/** Tree navigator of the caller's part of the Party organisation, with search-and-reveal and unit details. */
export default function OrgTreePage() {
  const { t } = useI18n();
  const { access } = useSession();
  const tree = useOrgTree();
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<ChangeKind | null>(null);
  const parentKind =
    tree.selected?.parentId != null ? (tree.treeUnit(tree.selected.parentId)?.kind ?? null) : null;
  const changed = (result: ChangeResult) => {
    setChanging(null);
    setRevealError(null);
    tree.refresh(result.focusId).catch(setRevealError);
  };
  const [revealError, setRevealError] = useState<unknown>(null);
  const treeBox = useRef<HTMLDivElement>(null);
  const height = useElementHeight(treeBox, 480);

  return (
    <PageShell title={t('org.tree.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card styles={{ body: { padding: 12 } }}>
            <section aria-label={t('org.tree.label')}>
              <div style={{ marginBottom: 12 }}>
                <OrgSearch
                  onPick={(unit) => {
                    setRevealError(null);
                    tree.reveal(unit).catch(setRevealError);
                  }}
                />
              </div>
              {revealError ? <ProblemAlert error={revealError} /> : null}
              <div ref={treeBox} className="org-tree-box" data-testid="org-tree">
                {tree.status.loading && tree.treeData.length === 0 ? (
                  <PageLoading />
                ) : tree.status.error ? (
                  <ProblemAlert error={tree.status.error} onRetry={tree.reload} />
                ) : (
                  <OrgTree tree={tree} height={height} />
                )}
              </div>
            </section>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <UnitDetail
            unit={tree.selected}
            canEdit={access.canEditOrg}
            canSeeMembers={access.canSeeMembers}
            onCreateChild={() => setCreating(true)}
            onChange={setChanging}
          />
        </Col>
      </Row>
      {tree.selected && access.canEditOrg ? (
        <CreateUnitModal
          parent={tree.selected}
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(unit) => {
            setCreating(false);
            const parentId = unit.parentId ?? tree.selected?.id;
            if (parentId != null) void tree.created(parentId, unit);
          }}
        />
      ) : null}
      {tree.selected && access.canEditOrg && changing ? (
        <ChangeDialog
          kind={changing}
          unit={tree.selected}
          parentKind={parentKind}
          onClose={() => setChanging(null)}
          onDone={changed}
        />
      ) : null}
    </PageShell>
  );
}

function ChangeDialog({
  kind,
  ...props
}: {
  kind: ChangeKind;
  unit: OrgUnit;
  parentKind: OrgUnitKind | null;
  onClose: () => void;
  onDone: (result: ChangeResult) => void;
}) {
  switch (kind) {
    case 'rename':
      return <RenameDialog {...props} />;
    case 'move':
      return <MoveDialog {...props} />;
    case 'merge':
      return <MergeDialog {...props} />;
    case 'split':
      return <SplitDialog {...props} />;
    case 'dissolve':
      return <DissolveDialog {...props} />;
    case 'term':
      return <TermDialog {...props} />;
  }
}
