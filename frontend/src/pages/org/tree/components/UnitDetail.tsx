import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { OrgUnit } from '../../../../api/types';
import { useI18n } from '../../../../i18n';
import { allowedChildKinds } from '../nesting';

interface Props {
  unit: OrgUnit | undefined;
  canEdit: boolean;
  canSeeMembers: boolean;
  onCreateChild: () => void;
}

export function UnitDetail({ unit, canEdit, canSeeMembers, onCreateChild }: Props) {
  const { t } = useI18n();
  if (!unit) {
    return (
      <Card title={t('org.detail.title')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.detail.placeholder')} />
      </Card>
    );
  }
  const childKinds = allowedChildKinds(unit.kind);
  return (
    <Card title={t('org.detail.title')}>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }} data-testid="org-detail-name">
        {unit.name}
      </Typography.Title>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          {
            key: 'kind',
            label: t('org.detail.kind'),
            children: <Tag color="red">{t(`org.kind.${unit.kind}`)}</Tag>,
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
        ]}
      />
      <Flex gap="small" wrap style={{ marginTop: 16 }}>
        {canSeeMembers ? (
          <Link to={`/members?orgUnitId=${unit.id}`}>
            <Button icon={<TeamOutlined />}>{t('org.detail.viewMembers')}</Button>
          </Link>
        ) : null}
        {canEdit && childKinds.length > 0 ? (
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
      {canEdit && childKinds.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('org.detail.noChildKinds')}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
