import { Card, Col, Form, Row, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageShell } from '../../components/PageShell';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ArrearsPanel } from './components/ArrearsPanel';
import { CollectionReport } from './components/CollectionReport';
import { ImportPanel } from './components/ImportPanel';
import { LedgerGrid } from './components/LedgerGrid';

const WRITER_ROLES = new Set(['CELL_SECRETARY', 'ORG_STAFF', 'CITY_ORGANISATION']);

/**
 * Party fees: a cell's ledger (members × months), the import of the portal's export, arrears with the removal
 * proposal, and the collection report of a subtree.
 */
export default function FeePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const staff = me.roles.filter((g) => g.role !== 'MEMBER');
  const home = staff.find((g) => g.role === 'CELL_SECRETARY') ?? staff[0];
  const canWrite = me.roles.some((g) => WRITER_ROLES.has(g.role));
  const thisYear = new Date().getFullYear();
  const [params] = useSearchParams();
  const [orgUnitId, setOrgUnitId] = useState<number | undefined>(
    numberParam(params, 'orgUnitId') ?? home?.orgUnitId,
  );
  const [year, setYear] = useState(numberParam(params, 'year') ?? thisYear);
  const month = numberParam(params, 'month');
  const [tab, setTab] = useState('ledger');
  const years = Array.from(new Set([...Array.from({ length: 5 }, (_, i) => thisYear - 3 + i), year])).sort();

  return (
    <PageShell title={t('fee.title')}>
      <Typography.Paragraph type="secondary">{t('fee.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item label={t('fee.filter.orgUnit')} htmlFor="fee-org" style={{ marginBottom: 8 }}>
                <OrgTreeSelect id="fee-org" testId="fee-org" value={orgUnitId} onChange={setOrgUnitId} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('fee.filter.year')} htmlFor="fee-year" style={{ marginBottom: 8 }}>
                <Select
                  id="fee-year"
                  data-testid="fee-year"
                  value={year}
                  onChange={setYear}
                  options={years.map((y) => ({ value: y, label: String(y) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'ledger',
            label: <span data-testid="fee-tab-ledger">{t('fee.tab.ledger')}</span>,
            children: (
              <LedgerGrid orgUnitId={orgUnitId} year={year} canWrite={canWrite} initialMonth={month} />
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'import',
                  label: <span data-testid="fee-tab-import">{t('fee.tab.import')}</span>,
                  children: <ImportPanel orgUnitId={orgUnitId} />,
                },
              ]
            : []),
          {
            key: 'arrears',
            label: <span data-testid="fee-tab-arrears">{t('fee.tab.arrears')}</span>,
            children: (
              <ArrearsPanel
                orgUnitId={orgUnitId}
                year={year}
                canWrite={canWrite}
                active={tab === 'arrears'}
              />
            ),
          },
          {
            key: 'report',
            label: <span data-testid="fee-tab-report">{t('fee.tab.report')}</span>,
            children: <CollectionReport orgUnitId={orgUnitId} year={year} active={tab === 'report'} />,
          },
        ]}
      />
    </PageShell>
  );
}

/** A positive whole number from the URL (`/fees?orgUnitId=&year=&month=` opens a cell, a year and a month). */
export function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
