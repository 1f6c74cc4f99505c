import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { BusyButton } from '../../app/busy-button';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { FormError, FormSuccess } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import type { EventPageQuery } from '../../gql/graphql';
import { signInPath } from '../account/next-path';
import { useViewer } from '../account/use-viewer';
import { sectorName } from '../forums/sector-label';
import { ORGANISATION_CHOICES_QUERY } from '../partnerships/partnerships.graphql';
import { registrationLabel } from './event-labels';
import { useEventErrorMessage } from './event-errors';
import {
  EMPTY_REGISTRATION,
  eventFieldError,
  registrationSchema,
  registrationVariables,
  type RegistrationValues,
} from './event-schema';
import { describeRegistration, RegistrationStatusText } from './event-text';
import { CANCEL_EVENT_REGISTRATION_MUTATION, EVENT_REFETCH, REGISTER_FOR_EVENT_MUTATION } from './events.graphql';
import { formatDateTime } from '../../app/format';
import { useNow } from '../calls/call-labels';
import classes from './events.module.css';

type EventData = EventPageQuery['event'];
type Registration = NonNullable<EventData['viewerRegistration']>;

/** What a registration's answer says: confirmed, or waitlisted at a position. */
export function useRegistrationOutcome(): (registration: {
  status: string;
  waitlistPosition?: number | null;
}) => string {
  const { t } = useTranslation();
  return (registration) =>
    registration.status === 'CONFIRMED'
      ? t('events.register.confirmed')
      : registration.status === 'WAITLISTED'
        ? t('events.register.waitlisted', { position: registration.waitlistPosition ?? 0 })
        : t('events.register.cancelled');
}

/**
 * The viewer's part of an event page (rule 4): how to sign in, the registration form, or their
 * registration with its waitlist position and a way to cancel it.
 */
export function EventRegistrationBox({ event }: { event: EventData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { pathname } = useLocation();
  const { viewer, loading } = useViewer();
  const [status, setStatus] = useState<string | null>(null);
  const now = useNow();
  const label = registrationLabel(event, now);
  const isOpen = (label.kind === 'OPEN' || label.kind === 'CLOSES_IN') && event.timing !== 'PAST';
  const registration = event.viewerRegistration;
  const reason = describeRegistration(label, t, (iso) => formatDateTime(iso, language));

  let body = null;
  if (loading) body = null;
  // The API's window knows no event days: a past event without a window is still "open" to it,
  // so the page offers no registration once the event has taken place.
  else if (event.timing === 'PAST' && !(registration && registration.status !== 'CANCELLED')) {
    body = <Text>{t('events.register.past')}</Text>;
  } else if (!viewer) {
    body = isOpen ? (
      <Text>
        <Anchor component={Link} to={signInPath(language, pathname)}>
          {t('events.register.signIn')}
        </Anchor>
      </Text>
    ) : (
      <Text>{reason}</Text>
    );
  } else if (registration && registration.status !== 'CANCELLED') {
    body = <ViewerRegistration registration={registration} onCancelled={() => setStatus(t('events.cancel.done'))} />;
  } else if (isOpen) {
    body = <RegisterForm eventId={event.id} onRegistered={setStatus} />;
  } else {
    body = <Text>{reason}</Text>;
  }

  return (
    <section aria-labelledby="event-registration" className={`${classes.section} ${classes.box}`}>
      <Title order={2} id="event-registration" mb="sm">
        {t('events.register.title')}
      </Title>
      <FormSuccess>{status}</FormSuccess>
      {body}
    </section>
  );
}

function ViewerRegistration({ registration, onCancelled }: { registration: Registration; onCancelled: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  return (
    <>
      <dl className={classes.facts}>
        <div>
          <dt>{t('events.register.status')}</dt>
          <dd>
            <RegistrationStatusText
              status={registration.status}
              waitlistPosition={registration.waitlistPosition ?? null}
            />
          </dd>
        </div>
        <div>
          <dt>{t('events.register.sector')}</dt>
          <dd>{localize(sectorName(registration.sector))}</dd>
        </div>
        <div>
          <dt>{t('events.register.organisation')}</dt>
          <dd>
            {registration.organisation ? localize(registration.organisation.name) : t('events.register.noOrganisation')}
          </dd>
        </div>
        <div>
          <dt>{t('events.register.registeredAt')}</dt>
          <dd>{formatDateTime(registration.registeredAt, language)}</dd>
        </div>
      </dl>
      {registration.status === 'WAITLISTED' && <Text mt="sm">{t('events.register.waitlistExplained')}</Text>}
      <div className={classes.actions} style={{ marginBlockStart: '0.75rem' }}>
        <CancelRegistration registrationId={registration.id} onCancelled={onCancelled} />
      </div>
    </>
  );
}

/** Cancelling one's registration, asked first: the seat goes to the next in line. */
export function CancelRegistration({
  registrationId,
  eventTitle,
  onCancelled,
}: {
  registrationId: string;
  /** Names the event in the button where a page lists several. */
  eventTitle?: string;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useEventErrorMessage('cancel');
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useMutation(CANCEL_EVENT_REGISTRATION_MUTATION, {
    refetchQueries: EVENT_REFETCH,
    awaitRefetchQueries: true,
  });
  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        aria-label={eventTitle ? t('events.cancel.buttonFor', { title: eventTitle }) : undefined}
        onClick={() => {
          setError(null);
          setOpened(true);
        }}
      >
        {t('events.cancel.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('events.cancel.confirmTitle')}
        confirmLabel={t('events.cancel.confirm')}
        busy={loading}
        error={error}
        onCancel={() => setOpened(false)}
        onConfirm={() => {
          cancel({ variables: { registrationId } })
            .then(() => {
              setOpened(false);
              onCancelled();
            })
            .catch((failure: unknown) => setError(errorMessage(failure).message));
        }}
      >
        {t('events.cancel.confirmBody')}
      </ConfirmDialog>
    </>
  );
}

function RegisterForm({ eventId, onRegistered }: { eventId: string; onRegistered: (message: string) => void }) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const outcome = useRegistrationOutcome();
  const errorMessage = useEventErrorMessage('register');
  const [serverError, setServerError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  // One search when typing pauses, not one a keystroke (the API limits requests an address makes).
  const [deferred] = useDebouncedValue(search.trim(), 300);
  const found = useQuery(ORGANISATION_CHOICES_QUERY, { variables: { search: deferred }, skip: deferred.length < 2 });
  const organisations = deferred.length < 2 ? [] : (found.data?.organisations ?? []);
  const [register_, { loading }] = useMutation(REGISTER_FOR_EVENT_MUTATION, {
    refetchQueries: EVENT_REFETCH,
    awaitRefetchQueries: true,
  });
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<RegistrationValues>({ resolver: zodResolver(registrationSchema), defaultValues: EMPTY_REGISTRATION });
  const organisationField = register('organisationId');

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const { data } = await register_({ variables: registrationVariables(eventId, values) });
      if (data) onRegistered(outcome(data.registerForEvent));
    } catch (failure) {
      const { message, field } = errorMessage(failure);
      if (field === 'sector' || field === 'organisationId') {
        setError(field, { message });
        setFocus(field);
      } else setServerError(message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw="32rem">
        <NativeSelect
          {...register('sector')}
          label={t('events.register.sector')}
          description={t('events.register.sectorHint')}
          required
          data={[
            { value: '', label: t('events.register.chooseSector') },
            ...SECTOR_CODES.map((code) => ({ value: code, label: localize(sectorName(code)) })),
          ]}
          error={eventFieldError(t, errors.sector)}
        />
        <TextInput
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          label={t('events.register.searchOrganisation')}
          description={t('events.register.searchOrganisationHint')}
          dir="auto"
          autoComplete="organization"
        />
        <NativeSelect
          {...organisationField}
          onChange={(event) => {
            void organisationField.onChange(event);
            // The API registers a person in their organisation's sector: choosing one chooses it.
            const chosen = organisations.find((organisation) => organisation.id === event.currentTarget.value);
            if (chosen) setValue('sector', chosen.sector, { shouldValidate: true });
          }}
          label={t('events.register.organisation')}
          description={
            deferred.length < 2
              ? t('events.register.typeToSearch')
              : found.loading
                ? t('status.loading')
                : t('events.register.found', { count: organisations.length })
          }
          data={[
            { value: '', label: t('events.register.noOrganisation') },
            ...organisations.map((organisation) => ({
              value: organisation.id,
              label: [localize(organisation.name), localize(sectorName(organisation.sector))].join(
                t('common.separator'),
              ),
            })),
          ]}
          error={eventFieldError(t, errors.organisationId)}
        />
        <FormError>{serverError}</FormError>
        <div>
          <BusyButton type="submit" busy={loading}>
            {t('events.register.submit')}
          </BusyButton>
        </div>
      </Stack>
    </form>
  );
}
