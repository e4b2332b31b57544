import { DeleteOutlined, EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Flex, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { describePeriod, ITEM_STATUSES, type PlanItem, type PlanItemStatus } from '../planTypes';

const STATUS_COLOURS: Record<PlanItemStatus, string> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'processing',
  DONE: 'success',
  OVERDUE: 'error',
};

interface Props {
  items: PlanItem[];
  manageable: boolean;
  casesOpenable: boolean;
  onEdit: (item: PlanItem) => void;
  onDelete: (item: PlanItem) => void;
  onOpenCase: (item: PlanItem) => void;
}

/** The plan's items as a board: one column per status, in the order work moves; one column under another on phones. */
export function PlanBoard({ items, manageable, casesOpenable, onEdit, onDelete, onOpenCase }: Props) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]} data-testid="plan-board">
      {ITEM_STATUSES.map((status) => {
        const column = items.filter((i) => i.status === status);
        return (
          <Col key={status} xs={24} md={12} xl={6}>
            <section aria-labelledby={`plan-column-${status}`} data-testid={`plan-column-${status}`}>
              <Flex align="center" gap="small" style={{ marginBottom: 8 }}>
                <Badge status={STATUS_COLOURS[status] as never} />
                <Typography.Title level={5} style={{ margin: 0 }} id={`plan-column-${status}`}>
                  {t(`inspection.plan.status.${status}`)}
                </Typography.Title>
                <Tag>{column.length}</Tag>
              </Flex>
              <Flex vertical gap="small">
                {column.length === 0 ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('inspection.plan.columnEmpty')}
                  />
                ) : null}
                {column.map((item) => (
                  <ItemCard
                    key={item.id}
                    item={item}
                    manageable={manageable}
                    casesOpenable={casesOpenable}
                    onEdit={onEdit}
                    onDelete={onDelete}
                    onOpenCase={onOpenCase}
                  />
                ))}
              </Flex>
            </section>
          </Col>
        );
      })}
    </Row>
  );
}

function ItemCard({
  item,
  manageable,
  casesOpenable,
  onEdit,
  onDelete,
  onOpenCase,
}: Omit<Props, 'items'> & { item: PlanItem }) {
  const { t } = useI18n();
  const actions = [];
  if (casesOpenable) {
    actions.push(
      <Button
        key="case"
        type="link"
        size="small"
        icon={<FileAddOutlined />}
        onClick={() => onOpenCase(item)}
        data-testid={`item-open-case-${item.id}`}
      >
        {t('inspection.plan.openCase')}
      </Button>,
    );
  }
  if (manageable) {
    actions.push(
      <Button
        key="edit"
        type="text"
        size="small"
        icon={<EditOutlined />}
        aria-label={t('inspection.plan.editItem')}
        onClick={() => onEdit(item)}
        data-testid={`item-edit-${item.id}`}
      />,
      <Popconfirm
        key="delete"
        title={t('inspection.plan.deleteConfirm')}
        okText={t('inspection.plan.delete')}
        cancelText={t('inspection.form.cancel')}
        onConfirm={() => onDelete(item)}
      >
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('inspection.plan.delete')}
          data-testid={`item-delete-${item.id}`}
        />
      </Popconfirm>,
    );
  }
  return (
    <Card size="small" actions={actions.length ? actions : undefined} data-testid={`plan-item-${item.id}`}>
      <Flex vertical gap={4}>
        <Space size={4} wrap>
          <Tag color={item.subjectKind === 'ORGANISATION' ? 'blue' : 'purple'}>
            {t(`inspection.subjectKind.${item.subjectKind}`)}
          </Tag>
          <Typography.Text strong>{item.subjectName}</Typography.Text>
        </Space>
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, tooltip: item.content }}>
          {item.content}
        </Typography.Paragraph>
        <Typography.Text type={item.status === 'OVERDUE' ? 'danger' : 'secondary'}>
          {describePeriod(item.plannedFrom, item.plannedTo, t)}
        </Typography.Text>
        {item.team ? (
          <Typography.Text type="secondary">
            {t('inspection.plan.teamShort', { team: item.team })}
          </Typography.Text>
        ) : null}
        {item.caseType ? (
          <Typography.Text type="secondary">{t(`inspection.type.${item.caseType}`)}</Typography.Text>
        ) : null}
        {item.cases.map((c) => (
          <Typography.Text key={c.id} data-testid={`item-case-${c.id}`}>
            {c.title ? <Link to={`/inspection/${c.id}`}>{c.title}</Link> : t('inspection.plan.caseHidden')}
            {c.concludedOn
              ? ` · ${t('inspection.plan.concludedOn', { date: formatDate(c.concludedOn) })}`
              : ''}
          </Typography.Text>
        ))}
      </Flex>
    </Card>
  );
}
