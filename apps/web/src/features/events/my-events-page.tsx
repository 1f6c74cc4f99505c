import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Table, Text, Title } from '@mantine/core';
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
import { CancelRegistration } from './event-registration';
import { EventDays, EventPlace, RegistrationStatusText } from './event-text';
import { MY_EVENT_REGISTRATIONS_QUERY } from './events.graphql';

/** /:lang/my/events: the viewer's registrations, newest first, with the waitlist position (issue #8). */
export default function MyEventsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('events.mine.title'));
  return <RequireViewer>{() => <MyEvents />}</RequireViewer>;
}

function MyEvents() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const [status, setStatus] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MY_EVENT_REGISTRATIONS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const registrations = data?.myEventRegistrations ?? [];

  return (
    <>
      <Title order={1} mb="sm">
        {t('events.mine.title')}
      </Title>
      <Text mb="lg" maw="48rem">
        {t('events.mine.intro')}{' '}
        <Anchor component={Link} to={`/${language}/events`}>
          {t('events.mine.toCalendar')}
        </Anchor>
      </Text>
      <FormSuccess>{status}</FormSuccess>
      {loading && !data && <Loading />}
      {error && !data && <QueryError error={error} onRetry={retry(refetch)} />}
      {data && registrations.length === 0 && <Text>{t('events.mine.none')}</Text>}
      {registrations.length > 0 && (
        <TableScroll labelledBy="my-events-caption">
          <Table striped withTableBorder>
            <Table.Caption id="my-events-caption">
              {t('events.mine.caption', { count: registrations.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('events.mine.event')}</Table.Th>
                <Table.Th scope="col">{t('events.facts.days')}</Table.Th>
                <Table.Th scope="col">{t('events.facts.place')}</Table.Th>
                <Table.Th scope="col">{t('events.register.sector')}</Table.Th>
                <Table.Th scope="col">{t('events.register.status')}</Table.Th>
                <Table.Th scope="col">{t('events.register.registeredAt')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrations.map((registration) => (
                <Table.Tr key={registration.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/${language}/events/${registration.event.id}`}>
                      <Name value={registration.event.title} />
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <EventDays startsOn={registration.event.startsOn} endsOn={registration.event.endsOn} />
                  </Table.Td>
                  <Table.Td>
                    <EventPlace event={registration.event} />
                  </Table.Td>
                  <Table.Td>
                    <SectorName code={registration.sector} />
                  </Table.Td>
                  <Table.Td>
                    <RegistrationStatusText
                      status={registration.status}
                      waitlistPosition={registration.waitlistPosition ?? null}
                    />
                  </Table.Td>
                  <Table.Td>{formatDateTime(registration.registeredAt, language)}</Table.Td>
                  <Table.Td>
                    {registration.status !== 'CANCELLED' && registration.event.timing !== 'PAST' ? (
                      <CancelRegistration
                        registrationId={registration.id}
                        eventTitle={localize(registration.event.title)}
                        onCancelled={() =>
                          setStatus(t('events.cancel.doneFor', { title: localize(registration.event.title) }))
                        }
                      />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
