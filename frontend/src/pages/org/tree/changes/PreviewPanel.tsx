import { Alert, Descriptions, Flex } from 'antd';
import type { OrgChangePreview } from '../../../../api/types';
import { useI18n } from '../../../../i18n';
import { SizeWarnings } from './SizeWarnings';

/** What a move, merge or split would do, shown before it is confirmed. */
export function PreviewPanel({ preview }: { preview: OrgChangePreview }) {
  const { t } = useI18n();
  return (
    <section aria-label={t('org.preview.title')} data-testid="change-preview">
      <Descriptions
        title={t('org.preview.title')}
        size="small"
        column={1}
        bordered
        items={[
          { key: 'units', label: t('org.preview.directUnits'), children: preview.directUnits.join(', ') },
          {
            key: 'affected',
            label: t('org.preview.unitsAffected'),
            children: <span data-testid="preview-units">{preview.unitsAffected}</span>,
          },
          {
            key: 'members',
            label: t('org.preview.membersMoving'),
            children: <span data-testid="preview-members">{preview.membersMoving}</span>,
          },
          { key: 'path', label: t('org.preview.newParentPath'), children: preview.newParentPath },
        ]}
      />
      <Flex vertical gap={8} style={{ marginTop: 12 }}>
        {preview.warnings.length === 0 ? (
          <Alert type="success" showIcon title={t('org.preview.noWarnings')} />
        ) : (
          <SizeWarnings warnings={preview.warnings} />
        )}
      </Flex>
    </section>
  );
}
