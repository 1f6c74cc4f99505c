import { useMemo, useState } from 'react';
import { Anchor, Table } from '@mantine/core';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pickLocalized, type Language } from '@roundtable/shared/localized';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { TableScroll } from '../../app/table-scroll';
import type { ClusterRow } from './activity-figures';
import { AttendanceText } from './activity-figure-text';
import classes from './activity.module.css';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, ClusterRow>();

type ColumnId = 'name' | 'district' | 'forums' | 'meetingsLast12Months' | 'averageAttendance' | 'vacancies';

function useColumns(language: Language, noDistrict: string) {
  return useMemo(() => {
    // Names sort as the reader's language orders them; numbers largest first on the first click.
    const collator = new Intl.Collator(language, { sensitivity: 'base' });
    const byText = (a: { getValue: (id: string) => unknown }, b: { getValue: (id: string) => unknown }, id: string) =>
      collator.compare(String(a.getValue(id)), String(b.getValue(id)));
    return helper.columns([
      helper.accessor((row) => pickLocalized(row.name, language).text, { id: 'name', sortFn: byText }),
      helper.accessor((row) => (row.district ? pickLocalized(row.district.name, language).text : noDistrict), {
        id: 'district',
        sortFn: byText,
      }),
      helper.accessor('forums', { sortDescFirst: true }),
      helper.accessor('meetingsLast12Months', { sortDescFirst: true }),
      // No attendance recorded sorts after every figure, whichever way.
      helper.accessor((row) => row.averageAttendance ?? undefined, {
        id: 'averageAttendance',
        sortDescFirst: true,
        sortUndefined: 'last',
      }),
      helper.accessor('vacancies', { sortDescFirst: true }),
    ]);
  }, [language, noDistrict]);
}

/**
 * Every cluster (of the chosen district) with its four figures; each heading sorts, and each
 * cluster links to its page. Without a sort the rows keep the API's order: by district, then name.
 */
export function ClusterActivityTable({ rows }: { rows: readonly ClusterRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const noDistrict = t('activity.noDistrict');
  const columns = useColumns(language, noDistrict);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: setSorting,
  });

  const labels: Record<ColumnId, string> = {
    name: t('activity.clusters.cluster'),
    district: t('activity.clusters.district'),
    forums: t('activity.figures.forums'),
    meetingsLast12Months: t('activity.figures.meetings'),
    averageAttendance: t('activity.figures.attendance'),
    vacancies: t('activity.figures.vacancies'),
  };

  return (
    <TableScroll labelledBy="activity-clusters-caption">
      <Table withTableBorder striped verticalSpacing="sm">
        <Table.Caption id="activity-clusters-caption">
          {t('activity.clusters.caption', { count: rows.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.getHeaderGroups()[0]!.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
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
                    {labels[header.column.id as ColumnId]}
                    <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                  </button>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((tableRow) => {
            const row = tableRow.original;
            return (
              <Table.Tr key={tableRow.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/${language}/clusters/${row.slug}`}>
                    <Name value={row.name} />
                  </Anchor>
                </Table.Th>
                <Table.Td>{row.district ? <Name value={row.district.name} /> : noDistrict}</Table.Td>
                <Table.Td>{formatNumber(row.forums, language)}</Table.Td>
                <Table.Td>{formatNumber(row.meetingsLast12Months, language)}</Table.Td>
                <Table.Td>
                  <AttendanceText figures={row} />
                </Table.Td>
                <Table.Td>{formatNumber(row.vacancies, language)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
