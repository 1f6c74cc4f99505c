import { useTranslation } from 'react-i18next';
import type { Role } from '@roundtable/shared/identity';
import type { LocalizedText } from '@roundtable/shared/localized';
import { Name } from '../../app/localized';

interface GrantLike {
  role: Role;
  cluster?: { name: LocalizedText } | null;
  forum?: { name: LocalizedText } | null;
}

/** A role with its scope: "Cluster CEO — Haifa Bay", "Committee member — Regional cross-sector forum". */
export function RoleLabel({ grant }: { grant: GrantLike }) {
  const { t } = useTranslation();
  const scope = grant.cluster ?? grant.forum;
  return (
    <>
      {t(`role.${grant.role}`)}
      {scope && (
        <>
          {t('role.scopeSeparator')}
          <Name value={scope.name} />
        </>
      )}
    </>
  );
}
