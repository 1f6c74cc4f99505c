import { useQuery } from '@apollo/client/react';
import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import { SectorName } from '../forums/sector-label';
import { CALL_PIPELINE_QUERY } from './calls-manage.graphql';
import { PipelineChart } from './pipeline-chart';
import { PIPELINE_COLUMNS, pipelineSummary } from './pipeline-data';
import classes from './review.module.css';
import forumClasses from '../forums/forums.module.css';

/** Applications by sector and status against the seats: a chart and the table that is its text. */
export function PipelineSection({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, refetch } = useQuery(CALL_PIPELINE_QUERY, { variables: { id: callId } });
  const rows = data?.call.pipeline ?? null;
  const number = (value: number) => formatNumber(value, language);

  let body;
  if (error && !rows) body = <QueryError error={error} onRetry={retry(refetch)} />;
  else if (!rows) body = <Loading />;
  else if (rows.length === 0) body = <Text>{t('callReview.pipeline.none')}</Text>;
  else {
    const summary = pipelineSummary(rows);
    body = (
      <>
        <Text mb="sm">
          {t('callReview.pipeline.summary', {
            count: summary.applications,
            applications: number(summary.applications),
            undecided: number(summary.undecided),
            vacant: number(summary.totals.vacant),
            lng: language,
          })}
        </Text>
        <div className={forumClasses.sideBySide}>
          <PipelineChart id="call-pipeline-chart" rows={summary.rows} tableId="call-pipeline-table" />
          <TableScroll labelledBy="call-pipeline-caption">
            <Table striped withTableBorder id="call-pipeline-table">
              <Table.Caption id="call-pipeline-caption">{t('callReview.pipeline.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('callReview.sector')}</Table.Th>
                  {PIPELINE_COLUMNS.map((column) => (
                    <Table.Th scope="col" key={column}>
                      {t(`callReview.pipeline.column.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.rows.map((row) => (
                  <Table.Tr key={row.sector}>
                    <Table.Th scope="row" fw={400}>
                      <SectorName code={row.sector} />
                    </Table.Th>
                    {PIPELINE_COLUMNS.map((column) => (
                      <Table.Td key={column}>{number(row[column])}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('callReview.total')}</Table.Th>
                  {PIPELINE_COLUMNS.map((column) => (
                    <Table.Td key={column} fw={700}>
                      {number(summary.totals[column])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </TableScroll>
        </div>
      </>
    );
  }

  return (
    <section aria-labelledby="call-pipeline" className={classes.section}>
      <Title order={2} id="call-pipeline" mb="sm">
        {t('callReview.pipeline.title')}
      </Title>
      {body}
    </section>
  );
}
