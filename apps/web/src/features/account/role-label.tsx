import { useTranslation } from 'react-i18next';
import type { Role } from '@roundtable/shared/identity';
import type { LocalizedText } from '@roundtable/shared/localized';
import { Name } from '../../app/localized';

interface GrantLike {
  role: Role;
  cluster?: { name: LocalizedText } | null;
}

/** A role with its scope: "Cluster CEO — Haifa Bay". */
export function RoleLabel({ grant }: { grant: GrantLike }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`role.${grant.role}`)}
      {grant.cluster && (
        <>
          {t('role.scopeSeparator')}
          <Name value={grant.cluster.name} />
        </>
      )}
    </>
  );
}
