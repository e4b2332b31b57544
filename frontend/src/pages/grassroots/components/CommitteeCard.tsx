import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Form, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, request } from '../../../api/http';
import { applyProblemToForm } from '../../../components/forms';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import type { CommitteeMember } from '../grassrootsTypes';
import { useAppoint, useAssign, useCommitteeMembers } from '../useGrassrootsQueries';

interface AppointValues {
  memberId: string;
  head?: boolean;
}

/** The members of a committee with the units each follows, and the form that records a member of the committee. */
export function CommitteeCard({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const members = useCommitteeMembers(unitId, true);
  const appoint = useAppoint();
  const assign = useAssign();
  const [form] = Form.useForm<AppointValues>();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['grassroots', 'member-search', q],
    queryFn: ({ signal }) =>
      request(
        api.GET('/api/v1/member-lookup', { params: { query: { q: q.trim(), orgUnitId: unitId } }, signal }),
      ),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
  const change = (m: CommitteeMember, unitIds: number[]) =>
    assign.mutate({ id: m.id, unitIds, version: m.version });

  return (
    <Card size="small" title={t('grassroots.committee.title')} data-testid="grassroots-committee-card">
      <ProblemAlert error={members.error} onRetry={() => members.refetch()} />
      {assign.isError ? <ProblemAlert error={assign.error} /> : null}
      <List<CommitteeMember>
        dataSource={members.data ?? []}
        loading={members.isFetching}
        locale={{ emptyText: t('grassroots.noMembers') }}
        renderItem={(m) => (
          <List.Item>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Space size={4} wrap>
                <Typography.Text strong>{m.fullName}</Typography.Text>
                {m.head ? <Tag color="gold">{t('grassroots.head')}</Tag> : null}
              </Space>
              <Flex gap={6} wrap align="center">
                <Typography.Text type="secondary">{t('grassroots.committee.units')}</Typography.Text>
                {m.assignedUnits.map((u) => (
                  <Tag
                    key={u.id}
                    closable
                    onClose={(e) => {
                      e.preventDefault();
                      change(
                        m,
                        m.assignedUnits.filter((x) => x.id !== u.id).map((x) => x.id),
                      );
                    }}
                  >
                    {u.name}
                  </Tag>
                ))}
                <div style={{ width: 'min(280px, calc(100vw - 110px))' }}>
                  <OrgTreeSelect
                    value={undefined}
                    onChange={(id) =>
                      id !== undefined && change(m, [...m.assignedUnits.map((x) => x.id), id])
                    }
                  />
                </div>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      <Form<AppointValues>
        form={form}
        layout="inline"
        style={{ marginTop: 12, rowGap: 8 }}
        onFinish={(values) =>
          appoint.mutate(
            { committeeUnitId: unitId, memberId: values.memberId, head: values.head === true },
            { onSuccess: () => form.resetFields(), onError: (error) => applyProblemToForm(form, error) },
          )
        }
      >
        <Form.Item
          name="memberId"
          label={t('grassroots.committee.member')}
          rules={[{ required: true, message: t('grassroots.required') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            style={{ width: 'min(320px, calc(100vw - 110px))' }}
            placeholder={t('grassroots.committee.search')}
            loading={found.isFetching}
            notFoundContent={null}
            options={(found.data ?? []).map((m) => ({
              value: m.id,
              label: `${m.fullName} — ${m.cellName}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="head" valuePropName="checked">
          <Checkbox>{t('grassroots.head')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={appoint.isPending}>
          {t('grassroots.committee.appoint')}
        </Button>
      </Form>
      {appoint.isError ? <ProblemAlert error={appoint.error} /> : null}
    </Card>
  );
}
