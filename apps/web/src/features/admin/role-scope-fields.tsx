import { NativeSelect } from '@mantine/core';
import type { UseFormRegister, FieldErrors, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLE_SCOPES, type Role } from '@roundtable/shared/identity';
import { fieldError } from '../../app/form-errors';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import type { ClusterChoicesQuery } from '../../gql/graphql';
import { GRANTABLE_ROLES } from './admin-schemas';

export type ClusterChoice = ClusterChoicesQuery['clusters'][number];

interface Props<T extends FieldValues & { role: string; clusterId: string }> {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  role: string;
  clusters: readonly ClusterChoice[];
  /** Distinguishes the fields when several forms are on one page. */
  idPrefix: string;
}

/** A role and, when the role is scoped to a cluster, which cluster (the scope goes with the role). */
export function RoleScopeFields<T extends FieldValues & { role: string; clusterId: string }>({
  register,
  errors,
  role,
  clusters,
  idPrefix,
}: Props<T>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const collator = new Intl.Collator(language);
  const needsCluster = (GRANTABLE_ROLES as readonly string[]).includes(role) && ROLE_SCOPES[role as Role] === 'CLUSTER';
  const clusterOptions = clusters
    .map((cluster) => ({ value: cluster.id, label: localize(cluster.name) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <>
      <NativeSelect
        {...register('role' as Path<T>)}
        id={`${idPrefix}-role`}
        label={t('admin.roleField')}
        required
        data={[
          { value: '', label: t('admin.chooseRole') },
          ...GRANTABLE_ROLES.map((value) => ({ value, label: t(`role.${value}`) })),
        ]}
        error={fieldError(t, errors.role as { message?: string } | undefined)}
      />
      {needsCluster && (
        <NativeSelect
          {...register('clusterId' as Path<T>)}
          id={`${idPrefix}-cluster`}
          label={t('admin.clusterField')}
          description={t('admin.clusterHint')}
          required
          data={[{ value: '', label: t('admin.chooseCluster') }, ...clusterOptions]}
          error={fieldError(t, errors.clusterId as { message?: string } | undefined)}
        />
      )}
    </>
  );
}
