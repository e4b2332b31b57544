import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { formatTimeDate } from '../../i18n/format';
import { Loadable } from '../HandbookApp';
import { useNotifications, useReadAllNotifications, useReadNotification } from '../useHandbook';

/** The member's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useI18n();
  const notifications = useNotifications();
  const read = useReadNotification();
  const readAll = useReadAllNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <section aria-labelledby="hb-notifications-title">
      <div className="hb-heading-row">
        <h1 id="hb-notifications-title">{t('handbook.notifications.title')}</h1>
        {unread > 0 && (
          <button type="button" className="hb-link" onClick={() => readAll.mutate()}>
            {t('handbook.notifications.readAll')}
          </button>
        )}
      </div>
      <Loadable query={notifications}>
        {() => {
          const rows = notifications.data?.page.content ?? [];
          if (rows.length === 0) return <p className="hb-muted">{t('handbook.notifications.empty')}</p>;
          return (
            <ul className="hb-list">
              {rows.map((n) => (
                <li key={n.id} className={n.readAt ? 'hb-item' : 'hb-item hb-unread'}>
                  <div className="hb-item-title">
                    {!n.readAt && <span className="hb-dot" title={t('handbook.notifications.unread')} />}
                    {n.link ? (
                      <Link to={n.link} onClick={() => !n.readAt && read.mutate(n.id)}>
                        {n.title}
                      </Link>
                    ) : (
                      <button
                        type="button"
                        className="hb-link hb-left"
                        onClick={() => !n.readAt && read.mutate(n.id)}
                      >
                        {n.title}
                      </button>
                    )}
                  </div>
                  {n.body && <p className="hb-item-body">{n.body}</p>}
                  <time className="hb-muted hb-small" dateTime={n.createdAt}>
                    {formatTimeDate(n.createdAt)}
                  </time>
                </li>
              ))}
            </ul>
          );
        }}
      </Loadable>
    </section>
  );
}
