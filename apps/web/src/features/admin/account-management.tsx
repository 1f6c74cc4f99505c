import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useErrorMessage } from '../../app/error-message';
import { FormError, FormSuccess } from '../../app/form-status';
import { RoleLabel } from '../account/role-label';
import type { AdminAccountFieldsFragment } from '../../gql/graphql';
import {
  DISABLE_ACCOUNT_MUTATION,
  ENABLE_ACCOUNT_MUTATION,
  GRANT_ROLE_MUTATION,
  REISSUE_INVITATION_MUTATION,
  REVOKE_ROLE_MUTATION,
} from './admin.graphql';
import { grantRoleSchema, NO_ROLE, roleGrantInput, type GrantRoleValues } from './admin-schemas';
import { InvitationPanel, type IssuedInvitation } from './invitation-panel';
import { RoleScopeFields, type ScopeChoices } from './role-scope-fields';
import classes from './admin.module.css';

type Grant = AdminAccountFieldsFragment['roles'][number];
type Pending = { kind: 'revoke'; grant: Grant } | { kind: 'disable' } | { kind: 'enable' };

interface Props {
  account: AdminAccountFieldsFragment;
  scopes: ScopeChoices;
  /** The administrator's own account: the API refuses to disable it, so the page does not offer to. */
  isSelf: boolean;
}

/** What an administrator does with one account: roles with their scope, status, a new invitation link. */
export function AccountManagement({ account, scopes, isSelf }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const [reissueError, setReissueError] = useState<string | null>(null);

  const [revokeRole, revoking] = useMutation(REVOKE_ROLE_MUTATION);
  const [disableAccount, disabling] = useMutation(DISABLE_ACCOUNT_MUTATION);
  const [enableAccount, enabling] = useMutation(ENABLE_ACCOUNT_MUTATION);
  // The token is shown once and never kept, not even in Apollo's cache.
  const [reissue, reissuing] = useMutation(REISSUE_INVITATION_MUTATION, { fetchPolicy: 'no-cache' });
  const name = account.displayName;
  const titleId = `manage-${account.id}`;
  const titleRef = useRef<HTMLHeadingElement>(null);

  const confirm = async () => {
    if (!pending) return;
    setConfirmError(null);
    try {
      if (pending.kind === 'revoke') {
        await revokeRole({ variables: { id: pending.grant.id } });
        setStatus(t('admin.manage.revoked', { name }));
      } else if (pending.kind === 'disable') {
        await disableAccount({ variables: { accountId: account.id } });
        setStatus(t('admin.manage.disabled', { name }));
      } else {
        await enableAccount({ variables: { accountId: account.id } });
        setStatus(t('admin.manage.enabled', { name }));
      }
      setPending(null);
      // The button that asked is gone (a revoked role, a changed status): go on from the heading.
      titleRef.current?.focus();
    } catch (error) {
      setConfirmError(
        errorMessage(error, {
          // Revoking the last administrator's role, or disabling the last administrator.
          CONFLICT: t('admin.manage.lastAdmin'),
        }),
      );
    }
  };

  const newLink = async () => {
    if (reissuing.loading) return;
    setReissueError(null);
    setStatus(null);
    try {
      const result = await reissue({ variables: { accountId: account.id } });
      if (result.data) setIssued(result.data.reissueInvitation);
    } catch (error) {
      setReissueError(errorMessage(error, { CONFLICT: t('admin.manage.reissueDisabled') }));
    }
  };

  return (
    <div role="region" aria-labelledby={titleId} className={classes.panel}>
      <Title order={3} size="h4" id={titleId} mb="sm" tabIndex={-1} ref={titleRef}>
        {t('admin.manage.title')} <bdi>{name}</bdi>
      </Title>
      <FormSuccess>{status}</FormSuccess>
      <Stack gap="lg">
        <div>
          <Title order={4} size="h5" mb="xs">
            {t('admin.manage.roles')}
          </Title>
          {account.roles.length === 0 ? (
            <Text>{t('account.details.noRoles')}</Text>
          ) : (
            <ul className={classes.plainList}>
              {account.roles.map((grant) => (
                <li key={grant.id}>
                  <Group gap="sm" mb={4}>
                    <span>
                      <RoleLabel grant={grant} />
                    </span>
                    <Button
                      size="compact-sm"
                      variant="outline"
                      color="red.9"
                      aria-label={t('admin.manage.revokeNamed', { role: t(`role.${grant.role}`), name })}
                      onClick={() => {
                        setStatus(null);
                        setConfirmError(null);
                        setPending({ kind: 'revoke', grant });
                      }}
                    >
                      {t('admin.manage.revoke')}
                    </Button>
                  </Group>
                </li>
              ))}
            </ul>
          )}
        </div>
        <GrantRoleForm
          account={account}
          scopes={scopes}
          onGranted={() => setStatus(t('admin.manage.granted', { name }))}
        />
        <div>
          <Title order={4} size="h5" mb="xs">
            {t('admin.manage.access')}
          </Title>
          <Text mb="xs">
            {t('admin.manage.statusNow')} {t(`accountStatus.${account.status}`)}
          </Text>
          <div className={classes.inlineActions}>
            {account.status === 'DISABLED' ? (
              <Button
                variant="outline"
                onClick={() => {
                  setStatus(null);
                  setConfirmError(null);
                  setPending({ kind: 'enable' });
                }}
              >
                {t('admin.manage.enable')}
              </Button>
            ) : (
              <>
                <BusyButton variant="outline" busy={reissuing.loading} onClick={newLink}>
                  {account.status === 'INVITED' ? t('admin.manage.reissue') : t('admin.manage.resetLink')}
                </BusyButton>
                {isSelf ? (
                  <Text size="sm">{t('admin.manage.self')}</Text>
                ) : (
                  <Button
                    variant="outline"
                    color="red.9"
                    onClick={() => {
                      setStatus(null);
                      setConfirmError(null);
                      setPending({ kind: 'disable' });
                    }}
                  >
                    {t('admin.manage.disable')}
                  </Button>
                )}
              </>
            )}
          </div>
          <FormError>{reissueError}</FormError>
          {issued && <InvitationPanel invitation={issued} onDone={() => setIssued(null)} />}
        </div>
      </Stack>
      <ConfirmDialog
        opened={pending !== null}
        title={
          pending?.kind === 'revoke'
            ? t('admin.manage.revokeTitle')
            : pending?.kind === 'disable'
              ? t('admin.manage.disableTitle')
              : t('admin.manage.enableTitle')
        }
        confirmLabel={
          pending?.kind === 'revoke'
            ? t('admin.manage.revoke')
            : pending?.kind === 'disable'
              ? t('admin.manage.disable')
              : t('admin.manage.enable')
        }
        busy={revoking.loading || disabling.loading || enabling.loading}
        error={confirmError}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending?.kind === 'revoke' && (
          <>
            {t('admin.manage.revokeBody')} <RoleLabel grant={pending.grant} /> — <bdi>{name}</bdi>
          </>
        )}
        {pending?.kind === 'disable' && (
          <>
            <bdi>{name}</bdi>: {t('admin.manage.disableBody')}
          </>
        )}
        {pending?.kind === 'enable' && (
          <>
            <bdi>{name}</bdi>: {t('admin.manage.enableBody')}
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}

function GrantRoleForm({
  account,
  scopes,
  onGranted,
}: {
  account: AdminAccountFieldsFragment;
  scopes: ScopeChoices;
  onGranted: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const [grantRole] = useMutation(GRANT_ROLE_MUTATION);
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<GrantRoleValues>({ resolver: zodResolver(grantRoleSchema), defaultValues: NO_ROLE });
  const role = useWatch({ control, name: 'role' });
  const titleId = `grant-${account.id}`;

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await grantRole({ variables: { input: { accountId: account.id, ...roleGrantInput(values) } } });
      reset(NO_ROLE);
      onGranted();
    } catch (error) {
      setServerError(
        errorMessage(error, { CONFLICT: t('admin.manage.alreadyHolds'), NOT_FOUND: t('admin.invite.noScope') }),
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Title order={4} size="h5" id={titleId} mb="xs">
        {t('admin.manage.grantTitle')}
      </Title>
      <div className={classes.fields}>
        <RoleScopeFields register={register} errors={errors} role={role} scopes={scopes} idPrefix={titleId} />
        <div>
          <BusyButton type="submit" busy={isSubmitting}>
            {t('admin.manage.grant')}
          </BusyButton>
        </div>
      </div>
      <FormError>{serverError}</FormError>
    </form>
  );
}
