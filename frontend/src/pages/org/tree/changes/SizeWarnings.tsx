import { Alert, Flex } from 'antd';
import type { OrgSizeWarning } from '../../../../api/types';
import { type MessageKey, useI18n } from '../../../../i18n';

/** Size rules that apply (Điều lệ Đảng Art 21, 24(4)), each with its source. */
export function SizeWarnings({ warnings }: { warnings: readonly OrgSizeWarning[] }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={8} data-testid="size-warnings">
      {warnings.map((w) => (
        <Alert
          key={`${w.unitId}-${w.unitName}-${w.code}`}
          type={w.level === 'INFO' ? 'info' : 'warning'}
          showIcon
          data-testid={`size-warning-${w.code}`}
          title={t(`org.warning.${w.code}` as MessageKey, {
            unit: w.unitName,
            count: w.count,
            threshold: w.threshold,
          })}
          description={w.source}
        />
      ))}
    </Flex>
  );
}
