import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { dateInIsrael } from '@roundtable/shared/forums';
import { BusyButton } from '../../app/busy-button';
import { FormError, FormSuccess } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { Name } from '../../app/localized';
import { Loading, QueryError } from '../../app/query-status';
import { retry } from '../../app/retry';
import { TableScroll } from '../../app/table-scroll';
import type { ForumReservesQuery } from '../../gql/graphql';
import { FormDialog } from '../forums/member-forms';
import { SectorName } from '../forums/sector-label';
import { appointReserveInput, appointReserveSchema, callFieldError, type AppointReserveValues } from './call-schema';
import { CALL_MANAGE_REFETCH, FORUM_RESERVES_QUERY } from './calls-manage.graphql';
import { DECIDE_APPLICATION_MUTATION } from './calls-review.graphql';
import { bySectorOrder, formatScore } from './pipeline-data';
import { useCallErrorMessage } from './review-errors';
import classes from './review.module.css';

type Reserve = NonNullable<ForumReservesQuery['forum']['reserves']>[number];

/**
 * The forum's reserves (עתודות) of its current rotation: applications the committee kept for a
 * seat that becomes free, and for working teams. A manager appoints one to a seat (an acceptance);
 * with no seat free in its sector the API refuses with SEAT_LIMIT, said here in words.
 */
export function ReservesList({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, refetch } = useQuery(FORUM_RESERVES_QUERY, { variables: { id: forumId } });
  const [appointing, setAppointing] = useState<Reserve | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const reserves = data?.forum.reserves ?? null;
  const sorted = reserves
    ? [...reserves].sort((a, b) => bySectorOrder(a.sector, b.sector) || (b.averageScore ?? -1) - (a.averageScore ?? -1))
    : null;

  return (
    <section aria-labelledby="call-reserves" className={classes.section}>
      <Title order={2} id="call-reserves" mb="xs">
        {t('callReview.reserves.title')}
      </Title>
      <Text mb="sm">{t('callReview.reserves.intro')}</Text>
      <FormSuccess>{status}</FormSuccess>
      {error && !sorted ? (
        <QueryError error={error} onRetry={retry(refetch)} />
      ) : !sorted ? (
        <Loading />
      ) : sorted.length === 0 ? (
        <Text>{t('callReview.reserves.none')}</Text>
      ) : (
        <TableScroll labelledBy="call-reserves-caption">
          <Table striped withTableBorder>
            <Table.Caption id="call-reserves-caption">{t('callReview.reserves.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('callReview.application.organisation')}</Table.Th>
                <Table.Th scope="col">{t('callReview.application.nominee')}</Table.Th>
                <Table.Th scope="col">{t('callReview.sector')}</Table.Th>
                <Table.Th scope="col">{t('callReview.application.averageScore')}</Table.Th>
                <Table.Th scope="col">{t('callReview.reserves.reason')}</Table.Th>
                <Table.Th scope="col">{t('callReview.reserves.call')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((reserve) => (
                <Table.Tr key={reserve.id}>
                  <Table.Th scope="row" fw={400}>
                    {reserve.organisation ? (
                      <Name value={reserve.organisation.name} />
                    ) : (
                      t('callReview.application.individual')
                    )}
                  </Table.Th>
                  <Table.Td>
                    <bdi>{reserve.nomineeName}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <SectorName code={reserve.sector} />
                  </Table.Td>
                  <Table.Td>
                    {reserve.averageScore === null || reserve.averageScore === undefined
                      ? t('callReview.application.unscored')
                      : formatScore(reserve.averageScore, language)}
                  </Table.Td>
                  <Table.Td>
                    <span dir="auto">{reserve.decisionReason}</span>
                  </Table.Td>
                  <Table.Td>
                    <Name value={reserve.call.title} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => {
                        setStatus(null);
                        setAppointing(reserve);
                      }}
                      aria-label={t('callReview.reserves.appointNamed', { name: reserve.nomineeName })}
                    >
                      {t('callReview.reserves.appoint')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <FormDialog
        opened={appointing !== null}
        title={appointing ? t('callReview.reserves.dialogTitle', { name: appointing.nomineeName }) : ''}
        onClose={() => setAppointing(null)}
        size="md"
      >
        {appointing && (
          <AppointReserveForm
            reserve={appointing}
            onCancel={() => setAppointing(null)}
            onDone={() => {
              setStatus(t('callReview.reserves.appointed', { name: appointing.nomineeName }));
              setAppointing(null);
            }}
          />
        )}
      </FormDialog>
    </section>
  );
}

function AppointReserveForm({
  reserve,
  onCancel,
  onDone,
}: {
  reserve: Reserve;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useCallErrorMessage('decide');
  const [serverError, setServerError] = useState<string | null>(null);
  const today = dateInIsrael(new Date());
  const schema = appointReserveSchema(today);
  const [decide] = useMutation(DECIDE_APPLICATION_MUTATION, {
    refetchQueries: [...CALL_MANAGE_REFETCH, 'ForumPage'],
    awaitRefetchQueries: true,
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AppointReserveValues>({ resolver: zodResolver(schema), defaultValues: { reason: '', termStartsOn: '' } });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await decide({ variables: { input: appointReserveInput(reserve.id, values) } });
      onDone();
    } catch (error) {
      const { message, field } = errorMessage(error);
      if (field === 'reason' || field === 'termStartsOn') setError(field, { message });
      else setServerError(message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {t('callReview.reserves.dialogIntro')} <SectorName code={reserve.sector} />
        </Text>
        <Textarea
          {...register('reason')}
          label={t('callReview.decision.reason')}
          description={t('callReview.decision.reasonHint')}
          dir="auto"
          autosize
          minRows={2}
          required
          data-autofocus
          error={callFieldError(t, errors.reason)}
        />
        <TextInput
          {...register('termStartsOn')}
          type="date"
          label={t('callReview.decision.termStartsOn')}
          description={t('callReview.decision.termStartsOnHint')}
          error={callFieldError(t, errors.termStartsOn)}
        />
        <FormError>{serverError}</FormError>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <BusyButton type="submit" busy={isSubmitting}>
            {t('callReview.reserves.submit')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
