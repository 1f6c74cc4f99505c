import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalized } from '../../app/localized';
import { TableScroll } from '../../app/table-scroll';
import { ForumBarChart } from './forum-bar-chart';
import { FORUM_CHART_COLOURS } from './forum-chart-colours';
import { seatSummary, type SeatRow } from './forum-data';
import { SectorName, sectorName } from './sector-label';
import classes from './forums.module.css';

/** Seats filled per sector against the representation map, and the vacancies (rule 1). */
export function SeatsSection({ seats }: { seats: readonly SeatRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalized();
  const summary = seatSummary(seats);
  const number = (value: number) => formatNumber(value, language);

  return (
    <section aria-labelledby="forum-seats" className={classes.section}>
      <Title order={3} id="forum-seats" mb="xs">
        {t('forums.seats.title')}
      </Title>
      {summary.rows.length === 0 ? (
        <Text>{t('forums.map.none')}</Text>
      ) : (
        <>
          <Text mb="sm">
            {t('forums.seats.summary', {
              filled: number(summary.filled),
              seats: number(summary.seats),
              count: summary.vacant,
              lng: language,
            })}
          </Text>
          <div className={classes.sideBySide}>
            <ForumBarChart
              id="forum-seats-chart"
              title={t('forums.seats.chartTitle')}
              description={t('forums.seats.chartDesc')}
              stacked
              series={[
                { key: 'filled', name: t('forums.seats.filled'), colour: FORUM_CHART_COLOURS.filled },
                { key: 'vacant', name: t('forums.seats.vacant'), colour: FORUM_CHART_COLOURS.vacant },
              ]}
              data={summary.rows.map((row) => {
                const name = localize(sectorName(row.sector));
                return {
                  key: row.sector,
                  label: name.text,
                  lang: name.attributes.lang,
                  values: { filled: row.filled, vacant: row.vacant },
                };
              })}
            />
            <TableScroll labelledBy="forum-seats-caption">
              <Table striped withTableBorder>
                <Table.Caption id="forum-seats-caption">{t('forums.seats.tableCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('forums.sector')}</Table.Th>
                    <Table.Th scope="col">{t('forums.map.seats')}</Table.Th>
                    <Table.Th scope="col">{t('forums.seats.filled')}</Table.Th>
                    <Table.Th scope="col">{t('forums.seats.vacant')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.rows.map((row) => (
                    <Table.Tr key={row.sector}>
                      <Table.Th scope="row" fw={400}>
                        <SectorName code={row.sector} />
                      </Table.Th>
                      <Table.Td>{number(row.seats)}</Table.Td>
                      <Table.Td>{number(row.filled)}</Table.Td>
                      <Table.Td>{number(row.vacant)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">{t('forums.total')}</Table.Th>
                    <Table.Td fw={700}>{number(summary.seats)}</Table.Td>
                    <Table.Td fw={700}>{number(summary.filled)}</Table.Td>
                    <Table.Td fw={700}>{number(summary.vacant)}</Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </TableScroll>
          </div>
        </>
      )}
    </section>
  );
}
