import { NativeSelect } from '@mantine/core';
import type { UseFormRegister, FieldErrors, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLE_SCOPES, type Role } from '@roundtable/shared/identity';
import { fieldError } from '../../app/form-errors';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import type { ScopeChoicesQuery } from '../../gql/graphql';
import { GRANTABLE_ROLES } from './admin-schemas';

/** The clusters and forums a role can be scoped to. */
export type ScopeChoices = Pick<ScopeChoicesQuery, 'clusters' | 'forums'>;

export const NO_SCOPE_CHOICES: ScopeChoices = { clusters: [], forums: [] };

type RoleFormValues = FieldValues & { role: string; clusterId: string; forumId: string };

interface Props<T extends RoleFormValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  role: string;
  scopes: ScopeChoices;
  /** Distinguishes the fields when several forms are on one page. */
  idPrefix: string;
}

/**
 * A role and, when the role is scoped, its scope: the cluster a cluster CEO runs, the forum whose
 * calls a committee member reviews (the scope goes with the role).
 */
export function RoleScopeFields<T extends RoleFormValues>({ register, errors, role, scopes, idPrefix }: Props<T>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const collator = new Intl.Collator(language);
  const scope = (GRANTABLE_ROLES as readonly string[]).includes(role) ? ROLE_SCOPES[role as Role] : null;
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  const clusterOptions = scopes.clusters
    .map((cluster) => ({ value: cluster.id, label: localize(cluster.name) }))
    .sort(byLabel);
  // Forums share names across clusters ("heads' forum"): the cluster, or national, goes with it.
  const forumOptions = scopes.forums
    .map((forum) => ({
      value: forum.id,
      label: `${localize(forum.name)}${t('role.scopeSeparator')}${
        forum.cluster ? localize(forum.cluster.name) : t('admin.nationalForum')
      }`,
    }))
    .sort(byLabel);
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
      {scope === 'CLUSTER' && (
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
      {scope === 'FORUM' && (
        <NativeSelect
          {...register('forumId' as Path<T>)}
          id={`${idPrefix}-forum`}
          label={t('admin.forumField')}
          description={t('admin.forumHint')}
          required
          data={[{ value: '', label: t('admin.chooseForum') }, ...forumOptions]}
          error={fieldError(t, errors.forumId as { message?: string } | undefined)}
        />
      )}
    </>
  );
}
