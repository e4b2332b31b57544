import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DecisionBody } from '../../../../api/types';
import { useI18n } from '../../../../i18n';
import { DATE_FORMAT, toIsoDate } from '../../../../i18n/format';

/** The decision fields as the form holds them. */
export interface DecisionValues {
  decisionNumber?: string;
  decisionDate?: Dayjs;
  issuer?: string;
  effectiveOn?: Dayjs;
}

/** Same shape as the server's check (HD 36-HD/VPTW): <số>-<LOẠI>/<CƠ QUAN>. */
export const DECISION_NUMBER = /^\s*\d+-[\p{L}\p{N}]+(\/[\p{L}\p{N}.]+)+\s*$/u;

/** The decision fields of a request, from validated form values. */
export function decisionBody(values: DecisionValues): DecisionBody {
  return {
    decisionNumber: (values.decisionNumber ?? '').trim(),
    decisionDate: values.decisionDate ? toIsoDate(values.decisionDate) : '',
    issuer: (values.issuer ?? '').trim(),
    effectiveOn: values.effectiveOn ? toIsoDate(values.effectiveOn) : '',
  };
}

/** Decision number, date, issuing body and effective date; all required unless `optional`. */
export function DecisionFields({ optional = false }: { optional?: boolean }) {
  const { t } = useI18n();
  const required = !optional;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>
        {optional ? t('org.decision.optional') : t('org.decision.section')}
      </legend>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="decisionNumber"
            label={t('org.decision.number')}
            extra={t('org.decision.numberHelp')}
            rules={[
              { required, whitespace: true, message: t('org.decision.numberRequired') },
              { pattern: DECISION_NUMBER, message: t('org.decision.numberPattern') },
              { max: 60 },
            ]}
          >
            <Input maxLength={60} autoComplete="off" data-testid="decision-number" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="decisionDate"
            label={t('org.decision.date')}
            rules={[{ required, message: t('org.decision.dateRequired') }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="decision-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="issuer"
        label={t('org.decision.issuer')}
        rules={[{ required, whitespace: true, message: t('org.decision.issuerRequired') }, { max: 255 }]}
      >
        <Input
          maxLength={255}
          placeholder={t('org.decision.issuerPlaceholder')}
          data-testid="decision-issuer"
        />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={t('org.decision.effectiveOn')}
        dependencies={['decisionDate']}
        rules={[
          { required, message: t('org.decision.effectiveRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value?: Dayjs) => {
              const decided = getFieldValue('decisionDate') as Dayjs | undefined;
              return value && decided && value.isBefore(decided, 'day')
                ? Promise.reject(new Error(t('org.decision.effectiveBeforeDecision')))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="decision-effective" />
      </Form.Item>
    </fieldset>
  );
}
