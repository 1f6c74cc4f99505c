import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { NativeSelect, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateInIsrael } from '@roundtable/shared/forums';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalized, useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import { ForumBarChart } from './forum-bar-chart';
import { FORUM_CHART_COLOURS } from './forum-chart-colours';
import { ATTENDANCE_ORDER, attendanceCounts, attendanceYears, byAttendanceConcern } from './forum-data';
import type { AttendanceRow } from './forum-types';
import { FORUM_ATTENDANCE_QUERY } from './forums.graphql';
import { SectorName } from './sector-label';
import classes from './forums.module.css';

/** Whose attendance needs attention: said in words, not by colour alone. */
const CONCERNS = new Set(['AT_RISK', 'MISSED']);

/**
 * Each seat-holding member's attendance in a calendar year against the forum's minimum (rule 3):
 * the API computes the status; this shows it as a chart, a table and the list of who is behind.
 */
export function AttendanceSection({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalized();
  const localizeString = useLocalizedString();
  const years = attendanceYears(dateInIsrael(new Date()));
  const [year, setYear] = useState(years[0]!);
  const { data, previousData, error, loading, refetch } = useQuery(FORUM_ATTENDANCE_QUERY, {
    variables: { id: forumId, year },
  });
  const forum = data?.forum ?? previousData?.forum ?? null;
  const collator = new Intl.Collator(language);
  const rows = byAttendanceConcern(
    (forum?.attendance ?? []).map((row) => ({ ...row, name: localizeString(row.member.name) })),
    collator,
  );
  const counts = attendanceCounts(rows);
  const concerns = rows.filter((row) => row.status && CONCERNS.has(row.status));
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, language));

  return (
    <section aria-labelledby="forum-attendance" className={classes.section}>
      <Title order={3} id="forum-attendance" mb="xs">
        {t('forums.attendance.title')}
      </Title>
      <NativeSelect
        label={t('forums.attendance.year')}
        value={String(year)}
        onChange={(event) => setYear(Number(event.currentTarget.value))}
        data={years.map((value) => ({ value: String(value), label: String(value) }))}
        maw="12rem"
        mb="sm"
      />
      {error && !forum ? (
        <QueryError error={error} onRetry={retry(refetch)} />
      ) : !forum ? (
        <Loading />
      ) : (
        <div aria-busy={loading || undefined}>
          {forum.minMeetingsPerYear === null ? (
            <Text mb="sm">{t('forums.attendance.noMinimum')}</Text>
          ) : (
            <Text mb="sm">
              {t('forums.attendance.minimum', { count: forum.minMeetingsPerYear, lng: language })}{' '}
              {ATTENDANCE_ORDER.filter((status) => status !== 'NONE' && counts[status] > 0)
                .map((status) => `${t(`forums.attendanceStatus.${status}`)}: ${formatNumber(counts[status], language)}`)
                .join(t('common.separator'))}
            </Text>
          )}
          {rows.length === 0 ? (
            <Text>{t('forums.attendance.none', { year })}</Text>
          ) : (
            <>
              {concerns.length > 0 && (
                <div role="group" aria-labelledby="forum-attendance-concerns">
                  <Text id="forum-attendance-concerns" fw={700}>
                    {t('forums.attendance.concerns')}
                  </Text>
                  <ul>
                    {concerns.map((row) => (
                      <li key={row.member.id}>
                        <Name value={row.member.name} />
                        {t('common.labelSeparator')}
                        <span className={classes.concern}>{t(`forums.attendanceStatus.${row.status}`)}</span> (
                        {t('forums.attendance.attendedOf', {
                          attended: number(row.attended),
                          required: number(row.required),
                        })}
                        )
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div className={classes.sideBySide}>
                <ForumBarChart
                  id="forum-attendance-chart"
                  title={t('forums.attendance.chartTitle', { year })}
                  description={t('forums.attendance.chartDesc')}
                  series={[
                    { key: 'attended', name: t('forums.attendance.attended'), colour: FORUM_CHART_COLOURS.attended },
                    ...(forum.minMeetingsPerYear === null
                      ? []
                      : [
                          {
                            key: 'required',
                            name: t('forums.attendance.required'),
                            colour: FORUM_CHART_COLOURS.required,
                          },
                        ]),
                  ]}
                  data={rows.map((row) => {
                    const name = localize(row.member.name);
                    return {
                      key: row.member.id,
                      label: name.text,
                      lang: name.attributes.lang,
                      values: { attended: row.attended, required: row.required ?? 0 },
                    };
                  })}
                />
                <AttendanceTable rows={rows} year={year} />
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function AttendanceTable({ rows, year }: { rows: readonly AttendanceRow[]; year: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, language));
  return (
    <TableScroll labelledBy="forum-attendance-caption">
      <Table striped withTableBorder>
        <Table.Caption id="forum-attendance-caption">{t('forums.attendance.tableCaption', { year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('forums.members.name')}</Table.Th>
            <Table.Th scope="col">{t('forums.sector')}</Table.Th>
            <Table.Th scope="col">{t('forums.attendance.attended')}</Table.Th>
            <Table.Th scope="col">{t('forums.attendance.required')}</Table.Th>
            <Table.Th scope="col">{t('forums.attendance.expectedByNow')}</Table.Th>
            <Table.Th scope="col">{t('forums.attendance.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.member.id}>
              <Table.Th scope="row" fw={400}>
                <Name value={row.member.name} />
              </Table.Th>
              <Table.Td>{row.member.sector ? <SectorName code={row.member.sector} /> : t('common.notStated')}</Table.Td>
              <Table.Td>{number(row.attended)}</Table.Td>
              <Table.Td>{number(row.required)}</Table.Td>
              <Table.Td>{number(row.expectedByNow)}</Table.Td>
              <Table.Td className={row.status && CONCERNS.has(row.status) ? classes.concern : undefined}>
                {row.status ? t(`forums.attendanceStatus.${row.status}`) : t('forums.attendanceStatus.NONE')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
