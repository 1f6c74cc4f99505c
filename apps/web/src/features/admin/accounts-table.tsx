import { Fragment, useCallback, useMemo, useState } from 'react';
import { Badge, Button, Table, Text } from '@mantine/core';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { TableScroll } from '../../app/table-scroll';
import { RoleLabel } from '../account/role-label';
import type { AdminAccountFieldsFragment } from '../../gql/graphql';
import { AccountManagement } from './account-management';
import type { ScopeChoices } from './role-scope-fields';
import classes from './admin.module.css';

type Account = AdminAccountFieldsFragment;

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, Account>();

/** The columns a person can sort by, in order; the others (roles, actions) are rendered beside them. */
type SortableColumn = 'displayName' | 'email' | 'status' | 'lastSignedInAt';

function useColumns(language: string, statusLabel: (status: Account['status']) => string) {
  return useMemo(() => {
    // Names in Hebrew, Arabic and English sort as the reader's language orders them.
    const collator = new Intl.Collator(language, { sensitivity: 'base' });
    const sortFn = (a: { getValue: (id: string) => unknown }, b: { getValue: (id: string) => unknown }, id: string) =>
      collator.compare(String(a.getValue(id)), String(b.getValue(id)));
    return helper.columns([
      helper.accessor('displayName', { sortFn }),
      helper.accessor('email', { sortFn }),
      // By the status as the reader sees it, not by its code.
      helper.accessor((account) => statusLabel(account.status), { id: 'status', sortFn }),
      // Never signed in sorts last whichever way.
      helper.accessor((account) => account.lastSignedInAt ?? undefined, {
        id: 'lastSignedInAt',
        sortUndefined: 'last',
        sortDescFirst: true,
        sortFn: (a, b, columnId) => Date.parse(String(a.getValue(columnId))) - Date.parse(String(b.getValue(columnId))),
      }),
    ]);
  }, [language, statusLabel]);
}

interface Props {
  accounts: readonly Account[];
  caption: string;
  scopes: ScopeChoices;
  viewerId: string;
}

/**
 * Accounts with their roles. Sorting reorders the accounts loaded so far (the API sends them by
 * name); each row opens the administration of that account beneath it.
 */
export function AccountsTable({ accounts, caption, scopes, viewerId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusLabel = useCallback((status: Account['status']) => t(`accountStatus.${status}`), [t]);
  const columns = useColumns(language, statusLabel);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [open, setOpen] = useState<string | null>(null);
  const table = useTable({
    features,
    columns,
    data: accounts,
    getRowId: (account) => account.id,
    state: { sorting },
    onSortingChange: setSorting,
  });

  const labels: Record<SortableColumn, string> = {
    displayName: t('admin.accounts.name'),
    email: t('admin.accounts.email'),
    status: t('admin.accounts.status'),
    lastSignedInAt: t('admin.accounts.lastSignedIn'),
  };
  const columnCount = 6;

  return (
    <TableScroll labelledBy="accounts-caption">
      <Table withTableBorder verticalSpacing="sm">
        <Table.Caption id="accounts-caption">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.getHeaderGroups()[0]!.headers.map((header) => {
              const id = header.column.id as SortableColumn;
              const sorted = header.column.getIsSorted();
              const cells = [
                <Table.Th
                  key={header.id}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  <button
                    type="button"
                    className={classes.sortButton}
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {labels[id]}
                    <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                  </button>
                </Table.Th>,
              ];
              // Roles follow the email: they are a list, not something to sort by.
              if (id === 'email') {
                cells.push(
                  <Table.Th key="roles" scope="col">
                    {t('admin.accounts.roles')}
                  </Table.Th>,
                );
              }
              return cells;
            })}
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => {
            const account = row.original;
            const isOpen = open === account.id;
            const panelId = `account-panel-${account.id}`;
            return (
              <Fragment key={row.id}>
                <Table.Tr>
                  <Table.Th scope="row" fw={400}>
                    <bdi>{account.displayName}</bdi>{' '}
                    {account.isDemo && (
                      <Badge variant="outline" color="gray.8" size="sm">
                        {t('admin.accounts.demo')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <span dir="ltr">{account.email}</span>
                  </Table.Td>
                  <Table.Td>
                    {account.roles.length === 0 ? (
                      t('admin.accounts.noRoles')
                    ) : (
                      <ul className={classes.plainList}>
                        {account.roles.map((grant) => (
                          <li key={grant.id}>
                            <RoleLabel grant={grant} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`accountStatus.${account.status}`)}</Table.Td>
                  <Table.Td>
                    {account.lastSignedInAt
                      ? formatDateTime(account.lastSignedInAt, language)
                      : t('admin.accounts.neverSignedIn')}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant={isOpen ? 'filled' : 'outline'}
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? panelId : undefined}
                      aria-label={t('admin.accounts.manageNamed', { name: account.displayName })}
                      onClick={() => setOpen(isOpen ? null : account.id)}
                    >
                      {t('admin.accounts.manage')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr className={classes.detailsRow}>
                    <Table.Td colSpan={columnCount} id={panelId}>
                      <AccountManagement account={account} scopes={scopes} isSelf={account.id === viewerId} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      {accounts.length === 0 && <Text>{t('admin.accounts.empty')}</Text>}
    </TableScroll>
  );
}
