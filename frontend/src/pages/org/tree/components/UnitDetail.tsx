import {
  BranchesOutlined,
  CalendarOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Tabs, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { OrgUnit } from '../../../../api/types';
import { useI18n } from '../../../../i18n';
import { formatDate } from '../../../../i18n/format';
import type { ChangeKind } from '../changes/ChangeDialogs';
import { SizeWarnings } from '../changes/SizeWarnings';
import { UnitHistory } from '../changes/UnitHistory';
import { allowedChildKinds } from '../nesting';
import { useUnitTerms, useUnitWarnings } from '../useOrgQueries';

interface Props {
  unit: OrgUnit | undefined;
  canEdit: boolean;
  canSeeMembers: boolean;
  onCreateChild: () => void;
  onChange: (kind: ChangeKind) => void;
}

export function UnitDetail({ unit, canEdit, canSeeMembers, onCreateChild, onChange }: Props) {
  const { t } = useI18n();
  if (!unit) {
    return (
      <Card title={t('org.detail.title')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.detail.placeholder')} />
      </Card>
    );
  }
  return (
    <Card title={t('org.detail.title')}>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }} data-testid="org-detail-name">
        {unit.name}
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'info',
            label: t('org.tabs.info'),
            children: (
              <UnitInfo
                unit={unit}
                canEdit={canEdit}
                canSeeMembers={canSeeMembers}
                onCreateChild={onCreateChild}
                onChange={onChange}
              />
            ),
          },
          {
            key: 'history',
            label: <span data-testid="org-tab-history">{t('org.tabs.history')}</span>,
            children: <UnitHistory unitId={unit.id} />,
          },
          { key: 'terms', label: t('org.tabs.terms'), children: <UnitTerms unitId={unit.id} /> },
        ]}
      />
    </Card>
  );
}

function UnitInfo({ unit, canEdit, canSeeMembers, onCreateChild, onChange }: Props & { unit: OrgUnit }) {
  const { t } = useI18n();
  const active = unit.state === 'ACTIVE';
  const warnings = useUnitWarnings(unit.id, active);
  const terms = useUnitTerms(unit.id);
  const current = terms.data?.terms.find((term) => term.current);
  const childKinds = allowedChildKinds(unit.kind);
  const isRoot = unit.parentId == null;
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'kind',
            label: t('org.detail.kind'),
            children: (
              <Flex gap={4} wrap>
                <Tag color="red">{t(`org.kind.${unit.kind}`)}</Tag>
                {active ? null : (
                  <Tag color="default" data-testid="org-detail-state">
                    {t(`org.state.${unit.state}`)}{' '}
                    {t('org.state.endedOn', { date: formatDate(unit.endedOn) })}
                  </Tag>
                )}
              </Flex>
            ),
          },
          {
            key: 'code',
            label: t('org.detail.code'),
            children: <Typography.Text code>{unit.code}</Typography.Text>,
          },
          {
            key: 'depth',
            label: t('org.detail.depth'),
            children: t('org.detail.depthValue', { depth: unit.depth }),
          },
          {
            key: 'childCount',
            label: t('org.detail.childCount'),
            children: <span data-testid="org-detail-child-count">{unit.childCount}</span>,
          },
          {
            key: 'term',
            label: t('org.term.current'),
            children: (
              <span data-testid="org-detail-term">
                {current
                  ? t('org.term.label', {
                      from: formatDate(current.startsOn),
                      to: formatDate(current.endsOn),
                      number: current.congressNumber,
                    })
                  : t('org.term.noCurrent')}
              </span>
            ),
          },
        ]}
      />
      {warnings.data && warnings.data.length > 0 ? (
        <div style={{ marginTop: 12 }}>
          <SizeWarnings warnings={warnings.data} />
        </div>
      ) : null}
      <Flex gap="small" wrap style={{ marginTop: 16 }}>
        {canSeeMembers ? (
          <Link to={`/members?orgUnitId=${unit.id}`}>
            <Button icon={<TeamOutlined />}>{t('org.detail.viewMembers')}</Button>
          </Link>
        ) : null}
        {canEdit ? (
          <Tooltip title={t('org.detail.personalDataHint')}>
            <Button
              icon={<DownloadOutlined />}
              href={`/api/v1/org-units/${unit.id}/personal-data.zip`}
              download
              data-testid="org-personal-data"
            >
              {t('org.detail.personalData')}
            </Button>
          </Tooltip>
        ) : null}
        {canEdit && active && childKinds.length > 0 ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={onCreateChild}
            data-testid="org-create-child"
          >
            {t('org.detail.createChild')}
          </Button>
        ) : null}
      </Flex>
      {canEdit && active ? (
        <section aria-label={t('org.actions.label')} style={{ marginTop: 12 }}>
          <Flex gap="small" wrap>
            <Button
              icon={<EditOutlined />}
              onClick={() => onChange('rename')}
              data-testid="org-action-rename"
            >
              {t('org.actions.rename')}
            </Button>
            {isRoot ? null : (
              <>
                <Button
                  icon={<SwapOutlined />}
                  onClick={() => onChange('move')}
                  data-testid="org-action-move"
                >
                  {t('org.actions.move')}
                </Button>
                <Button
                  icon={<MergeCellsOutlined />}
                  onClick={() => onChange('merge')}
                  data-testid="org-action-merge"
                >
                  {t('org.actions.merge')}
                </Button>
                <Button
                  icon={<BranchesOutlined />}
                  onClick={() => onChange('split')}
                  data-testid="org-action-split"
                >
                  {t('org.actions.split')}
                </Button>
              </>
            )}
            {unit.kind === 'PARTY_GROUP' ? null : (
              <Button
                icon={<CalendarOutlined />}
                onClick={() => onChange('term')}
                data-testid="org-action-term"
              >
                {t('org.actions.addTerm')}
              </Button>
            )}
            {isRoot ? null : (
              <Button
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange('dissolve')}
                data-testid="org-action-dissolve"
              >
                {t('org.actions.dissolve')}
              </Button>
            )}
          </Flex>
        </section>
      ) : null}
      {canEdit && active && childKinds.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('org.detail.noChildKinds')}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}

function UnitTerms({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const terms = useUnitTerms(unitId);
  const rows = terms.data?.terms ?? [];
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.term.noCurrent')} />;
  return (
    <Flex vertical gap={8} data-testid="org-terms">
      {rows.map((term) => (
        <div key={term.id}>
          {t('org.term.label', {
            from: formatDate(term.startsOn),
            to: formatDate(term.endsOn),
            number: term.congressNumber,
          })}{' '}
          {term.current ? <Tag color="green">{t('org.term.current')}</Tag> : null}
        </div>
      ))}
    </Flex>
  );
}
