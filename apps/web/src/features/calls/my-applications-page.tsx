import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title';
import { FormSuccess } from '../../app/form-status';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { Name, useLocalizedString } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import { RequireViewer } from '../account/require-viewer';
import { SectorName } from '../forums/sector-label';
import { WithdrawApplication } from './application-withdraw';
import { ApplicationStatusLabel } from './call-labels';
import { MY_APPLICATIONS_QUERY } from './calls-public.graphql';
import classes from './calls.module.css';

const DECIDED = new Set(['ACCEPTED', 'RESERVE', 'REJECTED']);

/** The viewer's applications and their organisation's, newest first (issue #5). */
export default function MyApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.mine.title'));
  return <RequireViewer>{() => <MyApplications />}</RequireViewer>;
}

function MyApplications() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const [status, setStatus] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MY_APPLICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const applications = data?.myApplications ?? [];

  return (
    <>
      <Title order={1} mb="sm">
        {t('calls.mine.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('calls.mine.intro')}{' '}
        <Anchor component={Link} to={`/${language}/calls`}>
          {t('calls.mine.toCalls')}
        </Anchor>
      </Text>
      <FormSuccess>{status}</FormSuccess>
      {loading && !data && <Loading />}
      {error && !data && <QueryError error={error} onRetry={retry(refetch)} />}
      {data && applications.length === 0 && <Text>{t('calls.mine.none')}</Text>}
      {applications.length > 0 && (
        <TableScroll labelledBy="my-applications-caption">
          <Table striped withTableBorder>
            <Table.Caption id="my-applications-caption">
              {t('calls.mine.caption', { count: applications.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calls.mine.call')}</Table.Th>
                <Table.Th scope="col">{t('calls.facts.forum')}</Table.Th>
                <Table.Th scope="col">{t('calls.mine.organisation')}</Table.Th>
                <Table.Th scope="col">{t('calls.mine.sector')}</Table.Th>
                <Table.Th scope="col">{t('calls.mine.status')}</Table.Th>
                <Table.Th scope="col">{t('calls.mine.submittedAt')}</Table.Th>
                <Table.Th scope="col">{t('calls.mine.decisionReason')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {applications.map((application) => {
                const editable = application.viewerCanEdit && application.status !== 'WITHDRAWN';
                return (
                  <Table.Tr key={application.id}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={`/${language}/calls/${application.call.id}`}>
                        <Name value={application.call.title} />
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Name value={application.call.forum.name} />
                    </Table.Td>
                    <Table.Td>
                      {application.organisation ? (
                        <Name value={application.organisation.name} />
                      ) : (
                        t('calls.nomineeKind.INDIVIDUAL_PHILANTHROPIST')
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SectorName code={application.sector} />
                    </Table.Td>
                    <Table.Td>
                      <ApplicationStatusLabel status={application.status} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(application.submittedAt, language)}</Table.Td>
                    <Table.Td dir="auto">
                      {DECIDED.has(application.status) && application.decisionReason ? application.decisionReason : '—'}
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <div className={classes.actions}>
                          <Button
                            component={Link}
                            to={`/${language}/calls/${application.call.id}/apply`}
                            size="xs"
                            aria-label={t('calls.mine.editFor', { title: localize(application.call.title) })}
                          >
                            {t('calls.mine.edit')}
                          </Button>
                          <WithdrawApplication
                            applicationId={application.id}
                            callTitle={localize(application.call.title)}
                            onWithdrawn={() => setStatus(t('calls.withdraw.done'))}
                          />
                        </div>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
