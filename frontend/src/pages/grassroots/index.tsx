import { Alert, Empty, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { PageShell } from '../../components/PageShell';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { CompliancePanel } from './components/CompliancePanel';
import { VisitLog } from './components/VisitLog';
import { useMyAppointments } from './useGrassrootsQueries';

/** The server's GrassrootsManagement.STAFF: who reads a committee's compliance and logs visits for its members. */
const STAFF_ROLES = new Set(['ORG_STAFF', 'CITY_ORGANISATION', 'CITY_OFFICE', 'LEADERSHIP']);

/**
 * Đi cơ sở: a committee member's own visits with the log form, and for the staff of a committee's unit the
 * compliance of its members over a quarter (REGULATIONS §14).
 */
export default function GrassrootsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const home = me.roles.find((g) => STAFF_ROLES.has(g.role))?.orgUnitId;
  const isStaff = home !== undefined;
  const mine = useMyAppointments();
  const appointments = mine.data ?? [];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const current = appointments.find((a) => a.id === chosen) ?? appointments[0];

  const myTab = (
    <>
      <ProblemAlert error={mine.error} onRetry={() => mine.refetch()} />
      {mine.isSuccess && appointments.length === 0 ? (
        <Empty description={t('grassroots.notAppointed')} />
      ) : null}
      {appointments.length > 1 ? (
        <Select
          style={{ marginBottom: 16, minWidth: 320 }}
          value={current?.id}
          onChange={setChosen}
          aria-label={t('grassroots.field.committee')}
          options={appointments.map((a) => ({ value: a.id, label: a.committeeUnitName }))}
        />
      ) : null}
      {current ? (
        <>
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            title={t('grassroots.myAssignment', {
              committee: current.committeeUnitName,
              units: current.assignedUnits.map((u) => u.name).join(', ') || '—',
            })}
          />
          <VisitLog appointment={current} />
        </>
      ) : null}
    </>
  );

  return (
    <PageShell title={t('grassroots.title')}>
      <Typography.Paragraph type="secondary">{t('grassroots.intro')}</Typography.Paragraph>
      <Tabs
        defaultActiveKey={isStaff ? 'compliance' : 'mine'}
        items={[
          ...(isStaff
            ? [
                {
                  key: 'compliance',
                  label: (
                    <span data-testid="grassroots-tab-compliance">{t('grassroots.tab.compliance')}</span>
                  ),
                  children: <CompliancePanel home={home} />,
                },
              ]
            : []),
          {
            key: 'mine',
            label: <span data-testid="grassroots-tab-mine">{t('grassroots.tab.mine')}</span>,
            children: myTab,
          },
        ]}
      />
    </PageShell>
  );
}
