import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { TableScroll } from '../../app/table-scroll';
import { districtKey, type DistrictActivity, type Figures } from './activity-figures';
import { AttendanceText } from './activity-figure-text';

/** The chart's numbers, with forums and average attendance: the chart's text alternative. */
export function ActivityDistrictTable({
  districts,
  total,
}: {
  districts: readonly DistrictActivity[];
  total: Figures;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableScroll labelledBy="activity-districts-caption">
      <Table striped withTableBorder>
        <Table.Caption id="activity-districts-caption">{t('activity.byDistrict.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('activity.byDistrict.district')}</Table.Th>
            <Table.Th scope="col">{t('activity.figures.forums')}</Table.Th>
            <Table.Th scope="col">{t('activity.figures.meetings')}</Table.Th>
            <Table.Th scope="col">{t('activity.figures.attendance')}</Table.Th>
            <Table.Th scope="col">{t('activity.figures.vacancies')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {districts.map((row) => (
            <Table.Tr key={districtKey(row.district)}>
              <Table.Th scope="row" fw={400}>
                {row.district ? <Name value={row.district.name} /> : t('activity.noDistrict')}
              </Table.Th>
              <Table.Td>{formatNumber(row.forums, language)}</Table.Td>
              <Table.Td>{formatNumber(row.meetingsLast12Months, language)}</Table.Td>
              <Table.Td>
                <AttendanceText figures={row} />
              </Table.Td>
              <Table.Td>{formatNumber(row.vacancies, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('activity.byDistrict.total')}</Table.Th>
            <Table.Td fw={700}>{formatNumber(total.forums, language)}</Table.Td>
            <Table.Td fw={700}>{formatNumber(total.meetingsLast12Months, language)}</Table.Td>
            <Table.Td fw={700}>
              <AttendanceText figures={total} />
            </Table.Td>
            <Table.Td fw={700}>{formatNumber(total.vacancies, language)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
