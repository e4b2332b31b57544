import { useState } from 'react';
import { type MessageKey, useI18n } from '../../i18n';
import { Loadable } from '../HandbookApp';
import { useMyFees } from '../useHandbook';

const vnd = (amount: number) => `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
const monthOf = (yearMonth: string) => Number(yearMonth.slice(5, 7));

/** The member's party fees of a year, month by month: due, paid, status, and paid up to which month. */
export function FeesPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const fees = useMyFees(year);
  return (
    <section aria-labelledby="hb-fees-title">
      <h1 id="hb-fees-title">{t('handbook.fees.title')}</h1>
      <p className="hb-muted">{t('handbook.fees.intro')}</p>
      <div className="hb-heading-row">
        <button type="button" className="hb-link" onClick={() => setYear(year - 1)}>
          ← {t('handbook.fees.previous')}
        </button>
        <strong>{t('handbook.fees.year', { year })}</strong>
        <button type="button" className="hb-link" onClick={() => setYear(year + 1)}>
          {t('handbook.fees.next')} →
        </button>
      </div>
      <Loadable query={fees}>
        {() => {
          const data = fees.data;
          if (!data) return null;
          return (
            <>
              <p>
                {t('handbook.fees.due', { amount: vnd(data.due) })} ·{' '}
                {t('handbook.fees.paid', { amount: vnd(data.paid) })}
              </p>
              <p className="hb-success">
                {data.paidUpTo
                  ? t('handbook.fees.paidUpTo', {
                      month: `${monthOf(data.paidUpTo)}/${data.paidUpTo.slice(0, 4)}`,
                    })
                  : t('handbook.fees.notPaidYet')}
              </p>
              <ul className="hb-list">
                {data.months.map((m) => (
                  <li key={m.month} className="hb-item hb-fee-row">
                    <span>{t('handbook.fees.month', { month: monthOf(m.month) })}</span>
                    <span className="hb-muted">
                      {t('handbook.fees.amounts', { paid: vnd(m.paid), due: vnd(m.due) })}
                    </span>
                    <span
                      className={m.status === 'PAID' || m.status === 'EXEMPT' ? 'hb-tag hb-tag-ok' : 'hb-tag'}
                    >
                      {t(`fee.status.${m.status}` as MessageKey)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Loadable>
    </section>
  );
}
