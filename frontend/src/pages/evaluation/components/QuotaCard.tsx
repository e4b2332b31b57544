import { Alert, App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import type { EvaluationQuota } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';

interface Props {
  quota: EvaluationQuota;
  /** Whose rows the quota counts: members of a grassroots organisation, or organisations under a superior. */
  subject: 'members' | 'organisations';
  /** Present when the caller may decide now: records the proposals as decided for the quota's unit. */
  decide?: { run: (unitId: number) => Promise<unknown>; pending: boolean };
}

/** The excellent quota of one group, with the decision once the check is seen. */
export function QuotaCard({ quota, subject, decide }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<unknown>(null);
  const text = t(subject === 'members' ? 'evaluation.quota.text' : 'evaluation.organisation.quotaText', {
    unit: quota.unitName,
    excellent: quota.excellent,
    allowed: quota.allowed,
    good: quota.good,
    percent: quota.percent,
  });
  return (
    <div style={{ marginBottom: 12 }} data-testid={`evaluation-quota-${quota.unitId}`}>
      <Alert
        type={quota.over ? 'warning' : 'info'}
        showIcon
        title={quota.over ? t('evaluation.quota.over') : t('evaluation.quota.within')}
        description={
          <Flex vertical gap={4}>
            <span>{text}</span>
            <Typography.Text type="secondary">
              {t('evaluation.quota.rule', { rule: quota.rule })}
            </Typography.Text>
          </Flex>
        }
        action={
          decide ? (
            <Popconfirm
              title={t(
                subject === 'members' ? 'evaluation.decide.confirm' : 'evaluation.organisation.decideConfirm',
              )}
              description={text}
              okText={t('evaluation.decide.submit')}
              cancelText={t('common.actions.cancel')}
              okButtonProps={{ 'data-testid': 'evaluation-decide-confirm' } as never}
              onConfirm={() => {
                setProblem(null);
                decide
                  .run(quota.unitId)
                  .then(() => message.success(t('evaluation.decide.done', { unit: quota.unitName })))
                  .catch(setProblem);
              }}
            >
              <Button
                size="small"
                type="primary"
                loading={decide.pending}
                data-testid={`evaluation-decide-${quota.unitId}`}
              >
                {t('evaluation.decide.button')}
              </Button>
            </Popconfirm>
          ) : null
        }
      />
      {problem ? <ProblemAlert error={problem} testId="evaluation-decide-problem" /> : null}
    </div>
  );
}
