import { Descriptions, Tabs, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { PageShell } from '../../../components/PageShell';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { roman } from '../conferenceModel';
import { useConference } from '../useConferenceQueries';
import { DraftsTab } from './DraftsTab';
import { OpinionsTab } from './OpinionsTab';
import { AgendaTab, GroupsTab, ParticipantsTab } from './PeopleTabs';
import { VotesTab } from './VotesTab';

/** A conference's page: agenda, participants and attendance, groups, drafts, the opinions board and the votes. */
export default function ConferenceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const conference = useConference(id);
  if (conference.isPending) return <PageLoading />;
  if (conference.isError || !conference.data) {
    return (
      <PageShell title={t('menu.conference.detail')}>
        <ProblemAlert error={conference.error} onRetry={() => conference.refetch()} />
      </PageShell>
    );
  }
  const c = conference.data;
  const consultation = c.kind === 'CONSULTATION';
  return (
    <PageShell title={c.title}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'unit', label: t('conference.field.orgUnit'), children: c.orgUnitName },
          {
            key: 'body',
            label: t('conference.field.body'),
            children: (
              <>
                {t(`conference.body.${c.body}`)}
                {c.congressNumber ? ` · khóa ${roman(c.congressNumber)}` : ''}
              </>
            ),
          },
          {
            key: 'kind',
            label: t('conference.field.kind'),
            children: <Tag>{t(`conference.kind.${c.kind}`)}</Tag>,
          },
          { key: 'day', label: t('conference.field.heldOn'), children: formatDate(c.heldOn) },
          ...(c.topic ? [{ key: 'topic', label: t('conference.field.topic'), children: c.topic }] : []),
          ...(c.place ? [{ key: 'place', label: t('conference.field.place'), children: c.place }] : []),
        ]}
      />
      {c.kind === 'CONSULTATION' ? (
        <Typography.Paragraph type="secondary">{t('conference.kind.CONSULTATION')}</Typography.Paragraph>
      ) : null}
      <Tabs
        defaultActiveKey={consultation ? 'drafts' : 'agenda'}
        items={[
          ...(consultation
            ? []
            : [
                {
                  key: 'agenda',
                  label: <span data-testid="conference-tab-agenda">{t('conference.tab.agenda')}</span>,
                  children: <AgendaTab conference={c} />,
                },
                {
                  key: 'participants',
                  label: (
                    <span data-testid="conference-tab-participants">{t('conference.tab.participants')}</span>
                  ),
                  children: <ParticipantsTab conference={c} />,
                },
                {
                  key: 'groups',
                  label: <span data-testid="conference-tab-groups">{t('conference.tab.groups')}</span>,
                  children: <GroupsTab conference={c} />,
                },
              ]),
          {
            key: 'drafts',
            label: <span data-testid="conference-tab-drafts">{t('conference.tab.drafts')}</span>,
            children: <DraftsTab conference={c} />,
          },
          {
            key: 'opinions',
            label: <span data-testid="conference-tab-opinions">{t('conference.tab.opinions')}</span>,
            children: <OpinionsTab conference={c} />,
          },
          ...(consultation
            ? []
            : [
                {
                  key: 'votes',
                  label: <span data-testid="conference-tab-votes">{t('conference.tab.votes')}</span>,
                  children: <VotesTab conference={c} />,
                },
              ]),
        ]}
      />
    </PageShell>
  );
}
