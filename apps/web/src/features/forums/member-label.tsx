import { useTranslation } from 'react-i18next';
import { Name } from '../../app/localized';
import type { LocalizedText } from '@roundtable/shared/localized';

interface Represented {
  isIndividual: boolean;
  organisation: { name: LocalizedText } | null;
  localAuthority: { name: LocalizedText } | null;
}

/** Whom a member sits for: their local authority, their organisation, or themselves. */
export function SitsFor({ member }: { member: Represented }) {
  const { t } = useTranslation();
  if (member.localAuthority) return <Name value={member.localAuthority.name} />;
  if (member.organisation) return <Name value={member.organisation.name} />;
  return <>{t(member.isIndividual ? 'forums.members.individual' : 'forums.members.forNoOne')}</>;
}
