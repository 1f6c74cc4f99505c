import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { TableScroll } from '../../app/table-scroll';
import { ForumBarChart } from './forum-bar-chart';
import { FORUM_CHART_COLOURS } from './forum-chart-colours';
import { cadenceSummary } from './forum-data';
import classes from './forums.module.css';

/** How often the forum met: meetings per calendar month in Israel over the last 12 months. */
export function CadenceSection({ months }: { months: readonly { month: string; meetings: number }[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = cadenceSummary(months);
  const monthName = (month: string) => formatPartialDate(month, language);
  return (
    <section aria-labelledby="forum-cadence" className={classes.section}>
      <Title order={3} id="forum-cadence" mb="xs">
        {t('forums.cadence.title')}
      </Title>
      <Text mb="sm">
        {t('forums.cadence.summary', {
          count: summary.total,
          without: formatNumber(summary.monthsWithout, language),
          lng: language,
        })}
      </Text>
      <div className={classes.sideBySide}>
        <ForumBarChart
          id="forum-cadence-chart"
          title={t('forums.cadence.chartTitle')}
          description={t('forums.cadence.chartDesc')}
          layout="vertical"
          series={[{ key: 'meetings', name: t('forums.cadence.meetings'), colour: FORUM_CHART_COLOURS.meetings }]}
          data={months.map((row) => ({
            key: row.month,
            label: new Intl.DateTimeFormat(`${language}-IL`, {
              month: 'short',
              timeZone: 'UTC',
              numberingSystem: 'latn',
            }).format(new Date(`${row.month}-01T00:00:00Z`)),
            values: { meetings: row.meetings },
          }))}
        />
        <TableScroll labelledBy="forum-cadence-caption">
          <Table striped withTableBorder>
            <Table.Caption id="forum-cadence-caption">{t('forums.cadence.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('forums.cadence.month')}</Table.Th>
                <Table.Th scope="col">{t('forums.cadence.meetings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((row) => (
                <Table.Tr key={row.month}>
                  <Table.Th scope="row" fw={400}>
                    {monthName(row.month)}
                  </Table.Th>
                  <Table.Td>{formatNumber(row.meetings, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('forums.total')}</Table.Th>
                <Table.Td fw={700}>{formatNumber(summary.total, language)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </TableScroll>
      </div>
    </section>
  );
}
