import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Loadable } from '../HandbookApp';
import { QrCode } from '../QrCode';
import { type HandbookCard, useCard } from '../useHandbook';

/** The party card of QĐ 339-QĐ/TW §2.4 with the check-in QR code. */
export function CardPage() {
  const { t } = useI18n();
  const card = useCard();
  return (
    <section aria-labelledby="hb-card-title">
      <h1 id="hb-card-title">{t('handbook.card.title')}</h1>
      <Loadable query={card}>{() => card.data && <CardView card={card.data} />}</Loadable>
      <MyData />
    </section>
  );
}

/** The member's copy of everything held about them (the data subject's right of access). */
function MyData() {
  const { t } = useI18n();
  return (
    <section className="hb-my-data" aria-labelledby="hb-my-data-title">
      <h2 id="hb-my-data-title">{t('handbook.card.myData')}</h2>
      <p className="hb-muted hb-small">{t('handbook.card.myDataHint')}</p>
      <p className="hb-actions">
        <a
          className="hb-button hb-primary hb-link-button"
          href="/api/v1/handbook/my-data.pdf"
          download="du-lieu-ca-nhan.pdf"
        >
          {t('handbook.card.myDataPdf')}
        </a>
        <a
          className="hb-button hb-link-button"
          href="/api/v1/handbook/my-data"
          download="du-lieu-ca-nhan.json"
        >
          {t('handbook.card.myDataJson')}
        </a>
      </p>
    </section>
  );
}

export function CardView({ card }: { card: HandbookCard }) {
  const { t } = useI18n();
  const m = card.member;
  const none = t('handbook.card.none');
  const rows: [string, string][] = [
    [t('handbook.card.fullName'), m.fullName],
    [t('handbook.card.birthDate'), formatDate(m.birthDate)],
    [t('handbook.card.sex'), m.sex === 'F' ? t('handbook.card.female') : t('handbook.card.male')],
    [t('handbook.card.admittedOn'), formatDate(m.admittedOn) || none],
    [t('handbook.card.officialOn'), formatDate(m.officialOn) || none],
    [t('handbook.card.cardNumber'), m.cardNumber || none],
    [t('handbook.card.cell'), m.cellName],
    [t('handbook.card.citizenId'), m.citizenIdMasked || none],
    [t('handbook.card.phone'), m.phone || none],
  ];
  return (
    <div className="hb-card">
      <div className="hb-card-head">
        <span className="hb-card-flag" aria-hidden="true">
          ★
        </span>
        <span>ĐẢNG CỘNG SẢN VIỆT NAM</span>
      </div>
      <dl className="hb-fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {card.qrPayload ? (
        <figure className="hb-qr-box">
          <QrCode value={card.qrPayload} label={t('handbook.card.qrLabel', { card: m.cardNumber ?? '' })} />
          <figcaption>{t('handbook.card.qr')}</figcaption>
        </figure>
      ) : (
        <p className="hb-muted">{t('handbook.card.noCard')}</p>
      )}
      <p className="hb-muted hb-small">{t('handbook.card.offline')}</p>
    </div>
  );
}
