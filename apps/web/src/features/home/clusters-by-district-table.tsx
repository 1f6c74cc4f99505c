import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { TableScroll } from '../../app/table-scroll';
import type { DistrictRow, StageKey } from './district-counts';
import type { HomeDistrict } from './home-types';

/** The chart's numbers as a table: the chart's text alternative. */
export function ClustersByDistrictTable({ rows, stages }: { rows: DistrictRow<HomeDistrict>[]; stages: StageKey[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <TableScroll labelledBy="by-district-table-caption">
      <Table striped withTableBorder>
        <Table.Caption id="by-district-table-caption">{t('home.byDistrict.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('home.byDistrict.district')}</Table.Th>
            {stages.map((stage) => (
              <Table.Th scope="col" key={stage}>
                {t(`stage.${stage}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('home.byDistrict.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.district ? <Name value={row.district.name} /> : t('home.byDistrict.noDistrict')}
              </Table.Th>
              {stages.map((stage) => (
                <Table.Td key={stage}>{formatNumber(row.counts[stage], language)}</Table.Td>
              ))}
              <Table.Td fw={600}>{formatNumber(row.total, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('home.byDistrict.total')}</Table.Th>
            {stages.map((stage) => (
              <Table.Td key={stage} fw={600}>
                {formatNumber(
                  rows.reduce((sum, row) => sum + row.counts[stage], 0),
                  language,
                )}
              </Table.Td>
            ))}
            <Table.Td fw={700}>{formatNumber(total, language)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
