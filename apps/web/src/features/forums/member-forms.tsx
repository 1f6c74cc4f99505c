import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { dateInIsrael, FORUM_MEMBER_END_REASONS, FORUM_MEMBER_ROLES } from '@roundtable/shared/forums';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { BusyButton } from '../../app/busy-button';
import { fieldError } from '../../app/form-errors';
import { FormError } from '../../app/form-status';
import { formatPartialDate } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { localDate, organisationChoices, returningPeople } from './forum-data';
import { useForumErrorMessage } from './forum-errors';
import type { ForumData, MemberData } from './forum-types';
import {
  APPOINT_FORUM_MEMBER_MUTATION,
  CLUSTER_AUTHORITIES_QUERY,
  END_FORUM_MEMBER_MUTATION,
  FORUM_REFETCH,
  RECORD_CONSENT_MUTATION,
  RENEW_FORUM_MEMBER_MUTATION,
} from './forums.graphql';
import {
  appointInput,
  appointSchema,
  consentInput,
  consentSchema,
  emptyAppointment,
  endInput,
  endSchema,
  renewSchema,
  type AppointValues,
  type ConsentValues,
  type EndValues,
  PERSON_MODES,
  type RenewValues,
  type Representation,
} from './member-schema';
import { sectorName } from './sector-label';

/** A form in a dialog: Mantine's modal traps focus and returns it to the button that opened it. */
export function FormDialog({
  opened,
  title,
  onClose,
  size = 'lg',
  children,
}: {
  opened: boolean;
  title: string;
  onClose: () => void;
  size?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('dialog.close') }}
      styles={{ title: { fontWeight: 700, fontSize: '1.15rem' } }}
    >
      {opened && children}
    </Modal>
  );
}

function FormButtons({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('dialog.cancel')}
      </Button>
      <BusyButton type="submit" busy={busy}>
        {submitLabel}
      </BusyButton>
    </Group>
  );
}

function useSectorOptions(): Array<{ value: string; label: string }> {
  const localize = useLocalizedString();
  return SECTOR_CODES.map((code) => ({ value: code, label: localize(sectorName(code)) }));
}

// ---------------------------------------------------------------- appoint

interface AppointProps {
  forum: ForumData;
  /** Every member, ended ones too: whose organisations and people can be chosen again. */
  members: readonly MemberData[];
  onDone: (name: string) => void;
}

export function AppointDialog({ opened, onClose, ...props }: AppointProps & { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog opened={opened} title={t('forums.appoint.title')} onClose={onClose} size="xl">
      <AppointForm {...props} onCancel={onClose} />
    </FormDialog>
  );
}

function AppointForm({ forum, members, onCancel, onDone }: AppointProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = useForumErrorMessage();
  const sectorOptions = useSectorOptions();
  const [serverError, setServerError] = useState<string | null>(null);
  const today = dateInIsrael(new Date());
  const [appoint] = useMutation(APPOINT_FORUM_MEMBER_MUTATION, {
    refetchQueries: FORUM_REFETCH,
    awaitRefetchQueries: true,
  });
  const clusterId = forum.cluster?.id ?? null;
  const authorities = useQuery(CLUSTER_AUTHORITIES_QUERY, {
    variables: { clusterId: clusterId ?? '' },
    skip: clusterId === null,
  });
  const collator = new Intl.Collator(language);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  const organisations = organisationChoices(members)
    .map((organisation) => ({ value: organisation.id, label: localize(organisation.name) }))
    .sort(byLabel);
  const people = returningPeople(members)
    .map((person) => ({ value: person.id, label: localize(person.name) }))
    .sort(byLabel);
  const representations: Representation[] = [
    ...(clusterId ? (['AUTHORITY'] as const) : []),
    ...(organisations.length > 0 ? (['EXISTING_ORGANISATION'] as const) : []),
    'ORGANISATION',
    ...(forum.allowsIndividuals ? (['INDIVIDUAL'] as const) : []),
    'NONE',
  ];
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<AppointValues>({
    resolver: zodResolver(appointSchema(today)),
    defaultValues: { ...emptyAppointment(today), representation: representations[0]! },
  });
  const representation = useWatch({ control, name: 'representation' });
  const personMode = useWatch({ control, name: 'personMode' });
  const shownPublicly = useWatch({ control, name: 'shownPublicly' });
  const authorityOptions = (authorities.data?.localAuthorities.nodes ?? [])
    .map((authority) => ({ value: authority.id, label: localize(authority.name) }))
    .sort(byLabel);

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await appoint({ variables: { input: appointInput(forum.id, appointSchema(today).parse(values)) } });
      const returning = people.find((person) => person.value === values.personId);
      onDone(values.personMode === 'RETURNING' && returning ? returning.label : values.nameHe.trim());
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  const error = (field: keyof AppointValues) => fieldError(t, errors[field]);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text fw={700} component="h3" m={0}>
          {t('forums.appoint.person')}
        </Text>
        {people.length > 0 && (
          <Controller
            control={control}
            name="personMode"
            render={({ field }) => (
              <Radio.Group
                value={field.value}
                onChange={(value) => field.onChange(value)}
                name={field.name}
                label={t('forums.appoint.who')}
              >
                <Group gap="lg" mt="xs">
                  {PERSON_MODES.map((value) => (
                    <Radio key={value} value={value} label={t(`forums.appoint.personMode.${value}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {personMode === 'RETURNING' ? (
            <NativeSelect
              {...register('personId')}
              label={t('forums.appoint.returningPerson')}
              required
              data={[{ value: '', label: t('forums.appoint.choosePerson') }, ...people]}
              error={error('personId')}
            />
          ) : (
            <>
              <TextInput
                {...register('nameHe')}
                label={t('forums.appoint.nameHe')}
                lang="he"
                dir="auto"
                autoComplete="off"
                required
                data-autofocus
                error={error('nameHe')}
              />
              <TextInput
                {...register('nameAr')}
                label={t('forums.appoint.nameAr')}
                lang="ar"
                dir="auto"
                autoComplete="off"
                error={error('nameAr')}
              />
              <TextInput
                {...register('nameEn')}
                label={t('forums.appoint.nameEn')}
                lang="en"
                dir="auto"
                autoComplete="off"
                error={error('nameEn')}
              />
              <TextInput
                {...register('titleHe')}
                label={t('forums.appoint.titleHe')}
                description={t('forums.appoint.titleHint')}
                lang="he"
                dir="auto"
                autoComplete="off"
                error={error('titleHe')}
              />
            </>
          )}
          <NativeSelect
            {...register('role')}
            label={t('forums.members.role')}
            required
            data={FORUM_MEMBER_ROLES.map((role) => ({ value: role, label: t(`forums.role.${role}`) }))}
            error={error('role')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="representation"
          render={({ field }) => (
            <Radio.Group
              value={field.value}
              onChange={(value) => field.onChange(value)}
              name={field.name}
              label={t('forums.members.sitsFor')}
              description={t('forums.appoint.sitsForHint')}
              required
              error={error('representation')}
            >
              <Stack gap="xs" mt="xs">
                {representations.map((value) => (
                  <Radio key={value} value={value} label={t(`forums.appoint.representation.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {representation === 'AUTHORITY' && (
          <NativeSelect
            {...register('localAuthorityId')}
            label={t('forums.appoint.authority')}
            required
            data={[{ value: '', label: t('forums.appoint.chooseAuthority') }, ...authorityOptions]}
            error={error('localAuthorityId')}
          />
        )}
        {representation === 'EXISTING_ORGANISATION' && (
          <NativeSelect
            {...register('organisationId')}
            label={t('forums.appoint.organisation')}
            description={t('forums.appoint.organisationHint')}
            required
            data={[{ value: '', label: t('forums.appoint.chooseOrganisation') }, ...organisations]}
            error={error('organisationId')}
          />
        )}
        {representation === 'ORGANISATION' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              {...register('organisationNameHe')}
              label={t('forums.appoint.organisationNameHe')}
              lang="he"
              dir="auto"
              autoComplete="off"
              required
              error={error('organisationNameHe')}
            />
            <TextInput
              {...register('organisationNameEn')}
              label={t('forums.appoint.organisationNameEn')}
              lang="en"
              dir="auto"
              autoComplete="off"
              error={error('organisationNameEn')}
            />
            <NativeSelect
              {...register('organisationSector')}
              label={t('forums.sector')}
              required
              data={[{ value: '', label: t('forums.appoint.chooseSector') }, ...sectorOptions]}
              error={error('organisationSector')}
            />
            <TextInput
              {...register('registrationNumber')}
              label={t('forums.appoint.registrationNumber')}
              description={t('forums.appoint.registrationHint')}
              dir="ltr"
              inputMode="numeric"
              autoComplete="off"
              error={error('registrationNumber')}
            />
          </SimpleGrid>
        )}
        {(representation === 'INDIVIDUAL' || representation === 'NONE') && (
          <NativeSelect
            {...register('sector')}
            label={t('forums.appoint.seatSector')}
            required={representation === 'INDIVIDUAL'}
            data={[{ value: '', label: t('forums.appoint.chooseSector') }, ...sectorOptions]}
            error={error('sector')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...register('termStart')}
            type="date"
            label={t('forums.appoint.termStart')}
            required
            error={error('termStart')}
          />
          <TextInput
            {...register('termEnd')}
            type="date"
            label={t('forums.appoint.termEnd')}
            description={
              forum.termYears
                ? t('forums.appoint.termEndDefault', { count: forum.termYears, lng: language })
                : t('forums.appoint.termEndOpen')
            }
            error={error('termEnd')}
          />
        </SimpleGrid>
        <Checkbox
          {...register('shownPublicly')}
          label={t('forums.appoint.shownPublicly')}
          description={t('forums.appoint.shownPubliclyHint')}
        />
        {shownPublicly && (
          <TextInput
            {...register('publicConsentOn')}
            type="date"
            label={t('forums.consent.consentedOn')}
            description={t('forums.consent.consentedOnHint')}
            error={error('publicConsentOn')}
          />
        )}
        <FormError>{serverError}</FormError>
        <FormButtons busy={isSubmitting} submitLabel={t('forums.appoint.submit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- renew

interface MemberDialogProps {
  member: MemberData | null;
  onClose: () => void;
  onDone: (name: string) => void;
}

export function RenewDialog({ member, termYears, onClose, onDone }: MemberDialogProps & { termYears: number | null }) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  return (
    <FormDialog
      opened={member !== null}
      title={member ? t('forums.renew.title', { name: localize(member.name) }) : ''}
      onClose={onClose}
      size="md"
    >
      {member && <RenewForm member={member} termYears={termYears} onCancel={onClose} onDone={onDone} />}
    </FormDialog>
  );
}

function RenewForm({
  member,
  termYears,
  onCancel,
  onDone,
}: {
  member: MemberData;
  termYears: number | null;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = useForumErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const [renew] = useMutation(RENEW_FORUM_MEMBER_MUTATION, {
    refetchQueries: FORUM_REFETCH,
    awaitRefetchQueries: true,
  });
  const currentEnd = localDate(member.termEnd);
  const schema = renewSchema({ currentEnd, termYears });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RenewValues>({ resolver: zodResolver(schema), defaultValues: { termEnd: '' } });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await renew({ variables: { input: { memberId: member.id, termEnd: values.termEnd || null } } });
      onDone(localize(member.name));
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {currentEnd
            ? t('forums.renew.current', { date: formatPartialDate(currentEnd, language) })
            : t('forums.renew.noCurrent')}
        </Text>
        <TextInput
          {...register('termEnd')}
          type="date"
          label={t('forums.renew.termEnd')}
          description={
            termYears && currentEnd
              ? t('forums.renew.termEndDefault', { count: termYears, lng: language })
              : t('forums.renew.termEndRequired')
          }
          required={!(termYears && currentEnd)}
          data-autofocus
          error={fieldError(t, errors.termEnd)}
        />
        <FormError>{serverError}</FormError>
        <FormButtons busy={isSubmitting} submitLabel={t('forums.renew.submit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- end

export function EndDialog({ member, onClose, onDone }: MemberDialogProps) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  return (
    <FormDialog
      opened={member !== null}
      title={member ? t('forums.end.title', { name: localize(member.name) }) : ''}
      onClose={onClose}
      size="md"
    >
      {member && <EndForm member={member} onCancel={onClose} onDone={onDone} />}
    </FormDialog>
  );
}

function EndForm({
  member,
  onCancel,
  onDone,
}: {
  member: MemberData;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const errorMessage = useForumErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const today = dateInIsrael(new Date());
  const [end] = useMutation(END_FORUM_MEMBER_MUTATION, { refetchQueries: FORUM_REFETCH, awaitRefetchQueries: true });
  const schema = endSchema(today);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<EndValues>({ resolver: zodResolver(schema), defaultValues: { reason: '', endedOn: '' } });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await end({ variables: { input: endInput(member.id, schema.parse(values)) } });
      onDone(localize(member.name));
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('forums.end.intro')}</Text>
        <NativeSelect
          {...register('reason')}
          label={t('forums.end.reason')}
          required
          data-autofocus
          data={[
            { value: '', label: t('forums.end.chooseReason') },
            ...FORUM_MEMBER_END_REASONS.map((reason) => ({ value: reason, label: t(`forums.endReason.${reason}`) })),
          ]}
          error={fieldError(t, errors.reason)}
        />
        <TextInput
          {...register('endedOn')}
          type="date"
          label={t('forums.end.endedOn')}
          description={t('forums.end.endedOnHint')}
          error={fieldError(t, errors.endedOn)}
        />
        <FormError>{serverError}</FormError>
        <FormButtons busy={isSubmitting} submitLabel={t('forums.end.submit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- consent

export function ConsentDialog({ member, onClose, onDone }: MemberDialogProps) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  return (
    <FormDialog
      opened={member !== null}
      title={member ? t('forums.consent.title', { name: localize(member.name) }) : ''}
      onClose={onClose}
      size="md"
    >
      {member && <ConsentForm member={member} onCancel={onClose} onDone={onDone} />}
    </FormDialog>
  );
}

function ConsentForm({
  member,
  onCancel,
  onDone,
}: {
  member: MemberData;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const errorMessage = useForumErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const today = dateInIsrael(new Date());
  const [record] = useMutation(RECORD_CONSENT_MUTATION, { refetchQueries: FORUM_REFETCH, awaitRefetchQueries: true });
  const schema = consentSchema(today);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ConsentValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      shownPublicly: member.shownPublicly === true,
      consentedOn: localDate(member.publicConsentOn) ?? '',
    },
  });
  const shownPublicly = useWatch({ control, name: 'shownPublicly' });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await record({ variables: { input: consentInput(member.id, schema.parse(values)) } });
      onDone(localize(member.name));
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('forums.consent.intro')}</Text>
        <Checkbox {...register('shownPublicly')} label={t('forums.appoint.shownPublicly')} data-autofocus />
        {shownPublicly && (
          <TextInput
            {...register('consentedOn')}
            type="date"
            label={t('forums.consent.consentedOn')}
            description={t('forums.consent.consentedOnHint')}
            error={fieldError(t, errors.consentedOn)}
          />
        )}
        <FormError>{serverError}</FormError>
        <FormButtons busy={isSubmitting} submitLabel={t('forums.consent.submit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
