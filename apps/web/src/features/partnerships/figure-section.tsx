import { Button, Group, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { TableScroll } from '../../app/table-scroll';
import { formatPercent } from '../activity/activity-figures';
import { FORUM_CHART_COLOURS } from '../forums/forum-chart-colours';
import { ForumBarChart } from '../forums/forum-bar-chart';
import forumClasses from '../forums/forums.module.css';
import { csvPercent, downloadCsv, toCsv } from './figure-csv';
import classes from './partnerships.module.css';

/** One row of a figure: what it counts, how many, and their share of the partnerships counted. */
export interface FigureRow {
  key: string;
  label: string;
  /** The label's language when it is a fallback (WCAG 3.1.2). */
  lang?: string | undefined;
  count: number;
  /** Null where a share means nothing (a quarter's count). */
  share: number | null;
  /** A shorter name for the chart's axis ("Direction 3"), where the full one would be cut off. */
  chartLabel?: string;
}

interface Props {
  /** Ids of the section, its chart and table, and the CSV file's name. */
  id: string;
  title: string;
  /** The table's first column. */
  column: string;
  rows: readonly FigureRow[];
  /** Categories along the bottom (quarters) rather than down the side. */
  layout?: 'horizontal' | 'vertical';
  children?: React.ReactNode;
  /** Another picture of the same rows, drawn between the chart and the table (the districts' map). */
  beside?: React.ReactNode;
}

/**
 * A figure of the dashboard: its chart, the table that is the chart's text alternative (with
 * caption and headers), and the table as a CSV file. The chart is the forums' bar chart, which
 * already mirrors for Hebrew and Arabic (quality.md).
 */
export function FigureSection({ id, title, column, rows, layout = 'horizontal', children, beside }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `${id}-heading`;
  const captionId = `${id}-caption`;
  const withShare = rows.some((row) => row.share !== null);
  const countLabel = t('partnerships.dashboard.column.count');
  const shareLabel = t('partnerships.dashboard.column.share');

  const exportCsv = () => {
    const header = withShare ? [column, countLabel, `${shareLabel} (%)`] : [column, countLabel];
    const body = rows.map((row) =>
      withShare ? [row.label, row.count, csvPercent(row.share ?? 0)] : [row.label, row.count],
    );
    downloadCsv(`partnerships-${id}.csv`, toCsv(header, body));
  };

  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Title order={2} id={headingId} mb="sm">
        {title}
      </Title>
      {children}
      <div className={forumClasses.sideBySide}>
        <ForumBarChart
          id={`${id}-chart`}
          title={t('partnerships.dashboard.chartCaption', { name: title })}
          description={t('partnerships.dashboard.chartDescription')}
          data={rows.map((row) => ({
            key: row.key,
            label: row.chartLabel ?? row.label,
            lang: row.chartLabel ? undefined : row.lang,
            values: { count: row.count },
          }))}
          series={[{ key: 'count', name: countLabel, colour: FORUM_CHART_COLOURS.filled }]}
          layout={layout}
        />
        {beside}
        <div>
          <TableScroll labelledBy={captionId}>
            <Table striped withTableBorder id={`${id}-table`}>
              <Table.Caption id={captionId}>{t('partnerships.dashboard.tableCaption', { name: title })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{column}</Table.Th>
                  <Table.Th scope="col">{countLabel}</Table.Th>
                  {withShare && <Table.Th scope="col">{shareLabel}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row" fw={400}>
                      <bdi lang={row.lang}>{row.label}</bdi>
                    </Table.Th>
                    <Table.Td>{formatNumber(row.count, language)}</Table.Td>
                    {withShare && <Table.Td>{formatPercent(row.share ?? 0, language)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Group>
            <Button variant="outline" onClick={exportCsv}>
              {t('partnerships.dashboard.exportCsv', { name: title })}
            </Button>
          </Group>
        </div>
      </div>
    </section>
  );
}
