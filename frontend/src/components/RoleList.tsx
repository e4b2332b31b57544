import { Empty, Tag } from 'antd';
import type { RoleGrant } from '../api/types';
import { useI18n } from '../i18n';

/** The user's roles, each with the organisation it is held over. */
export function RoleList({ roles, emptyText }: { roles: readonly RoleGrant[]; emptyText: string }) {
  const { t } = useI18n();
  if (roles.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <ul className="role-list" data-testid="role-list">
      {roles.map((grant) => (
        <li key={`${grant.role}:${grant.orgUnitId}`}>
          <Tag color={grant.role === 'ADMIN' ? 'gold' : grant.role === 'MEMBER' ? 'default' : 'red'}>
            {t(`common.role.${grant.role}`)}
          </Tag>
          <span>{grant.orgUnitName}</span>
        </li>
      ))}
    </ul>
  );
}
