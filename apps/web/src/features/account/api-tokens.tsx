import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { CopyableField } from '../../app/copyable-field';
import { useErrorMessage } from '../../app/error-message';
import { fieldError } from '../../app/form-errors';
import { FormError, FormSuccess, Warning } from '../../app/form-status';
import { formatDate, formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { CREATE_API_TOKEN_MUTATION, MY_API_TOKENS_QUERY, REVOKE_API_TOKEN_MUTATION } from './account.graphql';
import { createApiTokenSchema, TOKEN_LIFETIMES, type CreateApiTokenValues } from './account-schemas';
import { apiTokenLastUse, apiTokenStatus } from './api-token-status';
import classes from './account.module.css';

/** The viewer's tokens for API clients: list, create (the secret shown once), revoke. */
export function ApiTokens() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MY_API_TOKENS_QUERY);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const dismiss = () => {
    setCreated(null);
    headingRef.current?.focus();
  };

  return (
    <section aria-labelledby="tokens-title">
      <Title order={2} id="tokens-title" mt="xl" mb="xs" tabIndex={-1} ref={headingRef}>
        {t('account.tokens.title')}
      </Title>
      <Text mb="md" maw="48rem">
        {t('account.tokens.intro')} <code dir="ltr">Authorization: Bearer rt_…</code>
      </Text>
      <FormSuccess>{status}</FormSuccess>
      {created && <NewToken name={created.name} token={created.token} onDone={dismiss} />}
      <CreateTokenForm
        onCreated={(name, token) => {
          setStatus(null);
          setCreated({ name, token });
        }}
      />
      {loading && !data && <Loading />}
      {error && <QueryError error={error} onRetry={retry(refetch)} />}
      {data && (
        <TokensTable
          tokens={data.myApiTokens}
          onRevoke={(token) => {
            setStatus(null);
            setRevoking(token);
          }}
        />
      )}
      <RevokeDialog
        token={revoking}
        onClose={(revokedName) => {
          setRevoking(null);
          if (!revokedName) return;
          setStatus(t('account.tokens.revoked', { name: revokedName }));
          // The revoke button left with the token's status: go on from the section's heading.
          headingRef.current?.focus();
        }}
      />
    </section>
  );
}

/** The secret, once: a copy button and a warning that it cannot be shown again. */
function NewToken({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const panelRef = useRef<HTMLDivElement>(null);
  // Where the person's attention belongs: the secret they must copy now.
  useEffect(() => panelRef.current?.focus(), []);
  return (
    <div className={classes.panel} ref={panelRef} tabIndex={-1} role="region" aria-labelledby="new-token-title">
      <Title order={3} size="h4" id="new-token-title" mb="xs">
        {t('account.tokens.newTitle')} <bdi>{name}</bdi>
      </Title>
      <Warning>{t('account.tokens.once')}</Warning>
      <CopyableField label={t('account.tokens.secret')} value={token} />
      <Button variant="default" mt="md" onClick={onDone}>
        {t('account.tokens.copied')}
      </Button>
    </div>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (name: string, token: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create] = useMutation(CREATE_API_TOKEN_MUTATION, {
    // The secret is shown once and never kept, not even in Apollo's cache.
    fetchPolicy: 'no-cache',
    refetchQueries: [MY_API_TOKENS_QUERY],
    awaitRefetchQueries: true,
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateApiTokenValues>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: { name: '', expiresInDays: '90' },
  });

  const submit = handleSubmit(async ({ name, expiresInDays }) => {
    setServerError(null);
    try {
      const result = await create({ variables: { input: { name, expiresInDays: Number(expiresInDays) } } });
      const createdToken = result.data?.createApiToken;
      if (!createdToken) return;
      reset();
      onCreated(createdToken.apiToken.name, createdToken.token);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-token-title" className={classes.panel}>
      <Title order={3} size="h4" id="create-token-title" mb="xs">
        {t('account.tokens.createTitle')}
      </Title>
      <Stack gap="md" maw="32rem">
        <TextInput
          {...register('name')}
          label={t('account.tokens.name')}
          description={t('account.tokens.nameHint')}
          dir="auto"
          autoComplete="off"
          required
          error={fieldError(t, errors.name)}
        />
        <NativeSelect
          {...register('expiresInDays')}
          label={t('account.tokens.lifetime')}
          data={TOKEN_LIFETIMES.map((days) => ({
            value: days,
            label: t('account.tokens.days', { count: Number(days) }),
          }))}
          error={fieldError(t, errors.expiresInDays)}
        />
        <FormError>{serverError}</FormError>
        <div>
          <BusyButton type="submit" busy={isSubmitting}>
            {t('account.tokens.create')}
          </BusyButton>
        </div>
      </Stack>
    </form>
  );
}

function TokensTable({
  tokens,
  onRevoke,
}: {
  tokens: ApiTokenFieldsFragment[];
  onRevoke: (token: ApiTokenFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (tokens.length === 0) return <Text mt="md">{t('account.tokens.none')}</Text>;
  return (
    <TableScroll labelledBy="tokens-caption">
      <Table striped withTableBorder mt="md">
        <Table.Caption id="tokens-caption">{t('account.tokens.caption', { count: tokens.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('account.tokens.name')}</Table.Th>
            <Table.Th scope="col">{t('account.tokens.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('account.tokens.lastUsedAt')}</Table.Th>
            <Table.Th scope="col">{t('account.tokens.expiresAt')}</Table.Th>
            <Table.Th scope="col">{t('account.tokens.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const status = apiTokenStatus(token);
            const lastUse = apiTokenLastUse(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Th scope="row" fw={400}>
                  <bdi>{token.name}</bdi>
                </Table.Th>
                <Table.Td>{formatDateTime(token.createdAt, language)}</Table.Td>
                <Table.Td>{lastUse ? formatDateTime(lastUse, language) : t('account.tokens.neverUsed')}</Table.Td>
                <Table.Td>{formatDate(token.expiresAt, language)}</Table.Td>
                <Table.Td>
                  {status === 'REVOKED' && token.revokedAt
                    ? t('account.tokens.revokedOn', { date: formatDate(token.revokedAt, language) })
                    : t(`account.tokens.statusValue.${status}`)}
                </Table.Td>
                <Table.Td>
                  {status === 'ACTIVE' && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      aria-label={t('account.tokens.revokeNamed', { name: token.name })}
                      onClick={() => onRevoke(token)}
                    >
                      {t('account.tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function RevokeDialog({
  token,
  onClose,
}: {
  token: ApiTokenFieldsFragment | null;
  onClose: (revokedName?: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [revoke, { loading }] = useMutation(REVOKE_API_TOKEN_MUTATION);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (!token) return;
    setError(null);
    try {
      await revoke({ variables: { id: token.id } });
      onClose(token.name);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <ConfirmDialog
      opened={token !== null}
      title={t('account.tokens.revokeTitle')}
      confirmLabel={t('account.tokens.revoke')}
      busy={loading}
      error={error}
      onConfirm={confirm}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      {t('account.tokens.revokeBody')} <bdi>{token?.name}</bdi>
    </ConfirmDialog>
  );
}
