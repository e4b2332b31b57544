import type { TableColumnsType } from 'antd';
import { Flex, Typography } from 'antd';
import type { ChildStatistics } from '../../api/types';
import { codeLabel, type useI18n } from '../../i18n';

type Translate = ReturnType<typeof useI18n>['t'];

/**
 * The columns of a children table (statistics page, dashboard): the unit, whose name switches the page to it, and its
 * key figures. `withProbationary` adds the probationary column; `extra` columns go last.
 */
export function childColumns(
  t: Translate,
  show: (id: number) => void,
  testIdPrefix: string,
  options: { withProbationary?: boolean; extra?: TableColumnsType<ChildStatistics> } = {},
): TableColumnsType<ChildStatistics> {
  const figure = (key: keyof ChildStatistics & string, responsive?: boolean) => ({
    key,
    title: t(`statistics.column.${key}` as Parameters<Translate>[0]),
    dataIndex: key,
    align: 'right' as const,
    ...(responsive ? { responsive: ['sm' as const] } : {}),
  });
  return [
    {
      key: 'unit',
      title: t('statistics.column.unit'),
      render: (_, row) => (
        <Flex vertical>
          <Typography.Link onClick={() => show(row.unit.id)} data-testid={`${testIdPrefix}-${row.unit.id}`}>
            {row.unit.name}
          </Typography.Link>
          <Typography.Text type="secondary">{codeLabel(t, 'org.kind', row.unit.kind)}</Typography.Text>
        </Flex>
      ),
    },
    figure('members'),
    figure('official'),
    ...(options.withProbationary ? [figure('probationary', true)] : []),
    figure('women', true),
    figure('cells', true),
    ...(options.extra ?? []),
  ];
}
