import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { Loadable } from '../HandbookApp';
import { useHome } from '../useHandbook';
import { MeetingCard } from './MeetingsPage';

/** The member's start screen in one call: who and where I am, my next meeting, what is new. */
export function HomePage() {
  const { t } = useI18n();
  const home = useHome();
  return (
    <section aria-labelledby="hb-home-title">
      <Loadable query={home}>
        {() =>
          home.data && (
            <>
              <div className="hb-hello">
                <h1 id="hb-home-title">
                  {t('handbook.home.greeting', { name: home.data.card.member.fullName })}
                </h1>
                <p className="hb-muted">
                  {t('handbook.home.cell', { cell: home.data.card.member.cellName })}
                </p>
              </div>
              <h2>{t('handbook.meetings.next')}</h2>
              {home.data.nextMeeting ? (
                <MeetingCard meeting={home.data.nextMeeting} linked />
              ) : (
                <p className="hb-muted">{t('handbook.home.noMeeting')}</p>
              )}
            </>
          )
        }
      </Loadable>
      <div className="hb-tiles">
        <Link to="/handbook/documents" className="hb-tile">
          <span className="hb-tile-figure">{home.data?.unreadDocuments ?? '…'}</span>
          <span>{t('handbook.home.unreadDocuments')}</span>
        </Link>
        <Link to="/handbook/notifications" className="hb-tile">
          <span className="hb-tile-figure">{home.data?.unreadNotifications ?? '…'}</span>
          <span>{t('handbook.home.unreadNotifications')}</span>
        </Link>
        <Link to="/handbook/card" className="hb-tile">
          <span className="hb-tile-figure" aria-hidden="true">
            ▣
          </span>
          <span>{t('handbook.home.openCard')}</span>
        </Link>
        <Link to="/handbook/evaluations" className="hb-tile">
          <span className="hb-tile-figure" aria-hidden="true">
            ★
          </span>
          <span>{t('handbook.home.evaluations')}</span>
        </Link>
        <Link to="/handbook/fees" className="hb-tile">
          <span className="hb-tile-figure" aria-hidden="true">
            ₫
          </span>
          <span>{t('handbook.home.fees')}</span>
        </Link>
        <Link to="/handbook/feedback" className="hb-tile">
          <span className="hb-tile-figure" aria-hidden="true">
            ✉
          </span>
          <span>{t('handbook.home.feedback')}</span>
        </Link>
      </div>
    </section>
  );
}
