import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { TableScroll } from '../../app/table-scroll';
import { seatSummary, type SeatRow } from './forum-data';
import { SectorName } from './sector-label';
import classes from './forums.module.css';

/** The representation map (מפת ייצוגים): each sector's seats, as the public page shows it. */
export function RepresentationMap({ seats }: { seats: readonly SeatRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = seatSummary(seats);
  return (
    <section aria-labelledby="forum-map" className={classes.section}>
      <Title order={2} id="forum-map" mb="sm">
        {t('forums.map.title')}
      </Title>
      {summary.rows.length === 0 ? (
        <Text>{t('forums.map.none')}</Text>
      ) : (
        <TableScroll labelledBy="forum-map-caption">
          <Table striped withTableBorder>
            <Table.Caption id="forum-map-caption">
              {t('forums.map.caption', { count: summary.seats, lng: language })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('forums.sector')}</Table.Th>
                <Table.Th scope="col">{t('forums.map.seats')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.rows.map((row) => (
                <Table.Tr key={row.sector}>
                  <Table.Th scope="row" fw={400}>
                    <SectorName code={row.sector} />
                  </Table.Th>
                  <Table.Td>{formatNumber(row.seats, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('forums.total')}</Table.Th>
                <Table.Td fw={700}>{formatNumber(summary.seats, language)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
