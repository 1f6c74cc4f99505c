import type { FormEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_STATUSES, ROLES, type AccountStatus, type Role } from '@roundtable/shared/identity';
import { BusyButton } from '../../app/busy-button';
import { useDocumentTitle } from '../../app/document-title';
import { useLanguage } from '../../app/language';
import { Loading, QueryError } from '../../app/query-status';
import { RequireViewer } from '../account/require-viewer';
import { accountFiltersToParams, parseAccountFilters, type AccountFilters } from './account-filters';
import { AccountsTable } from './accounts-table';
import { InviteForm } from './invite-form';
import { useAccounts } from './use-accounts';
import classes from './admin.module.css';

/** Accounts and roles: for administrators only (access.md). */
export default function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.accounts.title'));
  return (
    <RequireViewer allow={(access) => access.isAdmin}>{(viewer) => <Accounts viewerId={viewer.id} />}</RequireViewer>
  );
}

function Accounts({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseAccountFilters(params);
  const result = useAccounts(filters);
  const { connection } = result;
  const shown = connection?.nodes.length ?? 0;

  return (
    <>
      <Title order={1} mb="sm">
        {t('admin.accounts.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('admin.accounts.intro')}
      </Text>
      <InviteForm scopes={result.scopes} />
      <section aria-labelledby="accounts-title">
        <Title order={2} id="accounts-title" mb="sm">
          {t('admin.accounts.listTitle')}
        </Title>
        <AccountFiltersForm filters={filters} onChange={(next) => setParams(accountFiltersToParams(next))} />
        {/* Announces the result of every filter and every "more" (WCAG 4.1.3). */}
        <Text role="status" mb="sm" fw={600}>
          {connection && t('admin.accounts.found', { count: connection.totalCount })}
        </Text>
        {result.loading && <Loading />}
        {result.error && <QueryError error={result.error} onRetry={result.retry} />}
        {connection && connection.totalCount === 0 && <Text>{t('admin.accounts.empty')}</Text>}
        {connection && shown > 0 && (
          <>
            <AccountsTable
              accounts={connection.nodes}
              caption={t('admin.accounts.caption', { shown, total: connection.totalCount })}
              scopes={result.scopes}
              viewerId={viewerId}
            />
            {connection.pageInfo.hasNextPage && (
              <BusyButton onClick={result.fetchMore} busy={result.isFetchingMore}>
                {t('admin.accounts.more')}
              </BusyButton>
            )}
          </>
        )}
      </section>
    </>
  );
}

function AccountFiltersForm({ filters, onChange }: { filters: AccountFilters; onChange: (f: AccountFilters) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const any = { value: '', label: t('authorities.filters.any') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = new FormData(event.currentTarget).get('q');
    onChange({ ...filters, search: typeof search === 'string' ? search : '' });
  };
  const isFiltered = accountFiltersToParams(filters).size > 0;
  return (
    <form onSubmit={submit} className={classes.filters} aria-labelledby="account-filters-title">
      <Title order={3} size="h5" id="account-filters-title" mb="xs">
        {t('admin.accounts.filters')}
      </Title>
      <div className={classes.fields}>
        <TextInput
          type="search"
          name="q"
          label={t('admin.accounts.search')}
          description={t('admin.accounts.searchHint')}
          key={filters.search}
          defaultValue={filters.search}
          dir="auto"
          autoComplete="off"
          enterKeyHint="search"
        />
        <NativeSelect
          label={t('admin.accounts.roleFilter')}
          value={filters.role ?? ''}
          data={[any, ...ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))]}
          onChange={(event) => onChange({ ...filters, role: (event.currentTarget.value || null) as Role | null })}
        />
        <NativeSelect
          label={t('admin.accounts.statusFilter')}
          value={filters.status ?? ''}
          data={[any, ...ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`accountStatus.${status}`) }))]}
          onChange={(event) =>
            onChange({ ...filters, status: (event.currentTarget.value || null) as AccountStatus | null })
          }
        />
      </div>
      <Group gap="md" mt="sm">
        <Button type="submit">{t('authorities.filters.apply')}</Button>
        {isFiltered && (
          <Anchor component={Link} to={`/${language}/admin/accounts`}>
            {t('authorities.filters.reset')}
          </Anchor>
        )}
      </Group>
    </form>
  );
}
