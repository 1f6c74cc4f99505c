import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type FieldPath, type FieldValues, type UseFormSetError, type UseFormSetFocus } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { dateInIsrael } from '@roundtable/shared/forums';
import type { LocalizedText } from '@roundtable/shared/localized';
import { PARTNER_ROLES } from '@roundtable/shared/partnerships';
import { BusyButton } from '../../app/busy-button';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { fieldError } from '../../app/form-errors';
import { FormError } from '../../app/form-status';
import { useLocalizedString } from '../../app/localized';
import { FormDialog } from '../forums/member-forms';
import { sectorName } from '../forums/sector-label';
import { usePartnershipErrorMessage } from './partnership-errors';
import {
  EMPTY_INDICATOR,
  EMPTY_MILESTONE,
  EMPTY_PARTNER,
  emptyReport,
  indicatorInput,
  indicatorSchema,
  milestoneInput,
  milestoneSchema,
  partnerInput,
  partnerSchema,
  reportInput,
  reportSchema,
  type IndicatorValues,
  type MilestoneValues,
  type PartnerValues,
  type ReportValues,
} from './partnership-schema';
import {
  ADD_INDICATOR_MUTATION,
  ADD_MILESTONE_MUTATION,
  ADD_PARTNER_MUTATION,
  ORGANISATION_CHOICES_QUERY,
  PARTNERSHIP_REFETCH,
  REMOVE_INDICATOR_MUTATION,
  REMOVE_MILESTONE_MUTATION,
  REMOVE_PARTNER_MUTATION,
  REPORT_PROGRESS_MUTATION,
  UPDATE_MILESTONE_MUTATION,
} from './partnerships.graphql';
import classes from './partnerships.module.css';

/**
 * The changes a partnership's managers and its partners' accounts make on its page (shown when
 * `viewerCanEdit`; the API checks again): partners, milestones, indicators and progress reports.
 * Each form sends one mutation, which the API applies whole or not at all, and the page is asked
 * again so it shows what the server holds.
 */

const REFETCH = { refetchQueries: PARTNERSHIP_REFETCH, awaitRefetchQueries: true };

/** The API's refusal at the form's field when it names one the form has, else below the form. */
function useSubmitError<T extends FieldValues>(fields: readonly string[]) {
  const errorMessage = usePartnershipErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const show = (failure: unknown, setError: UseFormSetError<T>, setFocus: UseFormSetFocus<T>) => {
    const { message, field } = errorMessage(failure);
    if (field && fields.includes(field)) {
      setError(field as FieldPath<T>, { message });
      setFocus(field as FieldPath<T>);
    } else setServerError(message);
  };
  return { serverError, clear: () => setServerError(null), show };
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

// ---------------------------------------------------------------- partners

/** "Add a partner": an organisation the system knows, found by name, and its role. */
export function AddPartnerButton({ partnershipId, onDone }: { partnershipId: string; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpened(true)}>
        {t('partnerships.manage.addPartner')}
      </Button>
      <FormDialog opened={opened} title={t('partnerships.manage.addPartner')} onClose={() => setOpened(false)}>
        <PartnerForm
          partnershipId={partnershipId}
          onCancel={() => setOpened(false)}
          onDone={(name) => {
            setOpened(false);
            onDone(name);
          }}
        />
      </FormDialog>
    </>
  );
}

function PartnerForm({
  partnershipId,
  onCancel,
  onDone,
}: {
  partnershipId: string;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const [search, setSearch] = useState('');
  // One search when typing pauses, not one a keystroke (the API limits requests an address makes).
  const [deferred] = useDebouncedValue(search.trim(), 300);
  const found = useQuery(ORGANISATION_CHOICES_QUERY, { variables: { search: deferred }, skip: deferred.length < 2 });
  const [add] = useMutation(ADD_PARTNER_MUTATION, REFETCH);
  const { serverError, clear, show } = useSubmitError<PartnerValues>(['organisationId']);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<PartnerValues>({ resolver: zodResolver(partnerSchema), defaultValues: EMPTY_PARTNER });
  const organisations = deferred.length < 2 ? [] : (found.data?.organisations ?? []);
  const label = (organisation: (typeof organisations)[number]) =>
    [
      localize(organisation.name),
      localize(sectorName(organisation.sector)),
      organisation.isSynthetic ? t('partnerships.manage.synthetic') : null,
    ]
      .filter(Boolean)
      .join(t('common.separator'));

  const submit = handleSubmit(async (values) => {
    clear();
    try {
      const input = partnerInput(partnershipId, partnerSchema.parse(values));
      await add({ variables: { input } });
      const chosen = organisations.find((organisation) => organisation.id === input.organisationId);
      onDone(chosen ? localize(chosen.name) : '');
    } catch (failure) {
      show(failure, setError, setFocus);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          label={t('partnerships.manage.searchOrganisation')}
          description={t('partnerships.manage.searchOrganisationHint')}
          dir="auto"
          autoComplete="off"
          data-autofocus
        />
        <NativeSelect
          {...register('organisationId')}
          label={t('partnerships.page.partner')}
          description={
            deferred.length < 2
              ? t('partnerships.manage.typeToSearch')
              : found.loading
                ? t('status.loading')
                : t('partnerships.manage.found', { total: organisations.length })
          }
          required
          data={[
            { value: '', label: t('partnerships.manage.chooseOrganisation') },
            ...organisations.map((organisation) => ({ value: organisation.id, label: label(organisation) })),
          ]}
          error={fieldError(t, errors.organisationId)}
        />
        <NativeSelect
          {...register('role')}
          label={t('partnerships.page.role')}
          required
          data={PARTNER_ROLES.map((role) => ({ value: role, label: t(`partnerships.role.${role}`) }))}
          error={fieldError(t, errors.role)}
        />
        <FormError>{serverError}</FormError>
        <FormButtons busy={isSubmitting} submitLabel={t('partnerships.manage.addPartnerSubmit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Removes a partner after asking; its organisation's accounts lose the right to edit. */
export function RemovePartnerButton({
  partnershipId,
  organisationId,
  name,
  onDone,
}: {
  partnershipId: string;
  organisationId: string;
  name: LocalizedText;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const [remove, { loading }] = useMutation(REMOVE_PARTNER_MUTATION, REFETCH);
  return (
    <RemoveButton
      label={t('partnerships.manage.removeNamed', { name: localize(name) })}
      title={t('partnerships.manage.removePartnerTitle')}
      body={t('partnerships.manage.removePartnerBody', { name: localize(name) })}
      busy={loading}
      onConfirm={async () => {
        await remove({ variables: { partnershipId, organisationId } });
        onDone(localize(name));
      }}
    />
  );
}

/** A "remove" button that asks first; the refusal is said in the dialog. */
function RemoveButton({
  label,
  title,
  body,
  busy,
  onConfirm,
}: {
  label: string;
  title: string;
  body: string;
  busy: boolean;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorMessage = usePartnershipErrorMessage();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        size="xs"
        variant="outline"
        color="red.9"
        aria-label={label}
        onClick={() => {
          setError(null);
          setOpened(true);
        }}
      >
        {t('partnerships.manage.remove')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={title}
        confirmLabel={t('partnerships.manage.remove')}
        busy={busy}
        error={error}
        onCancel={() => setOpened(false)}
        onConfirm={() => {
          setError(null);
          onConfirm()
            .then(() => setOpened(false))
            .catch((failure: unknown) => setError(errorMessage(failure).message));
        }}
      >
        {body}
      </ConfirmDialog>
    </>
  );
}

// ---------------------------------------------------------------- milestones

export function AddMilestoneButton({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpened(true)}>
        {t('partnerships.manage.addMilestone')}
      </Button>
      <FormDialog opened={opened} title={t('partnerships.manage.addMilestone')} onClose={() => setOpened(false)}>
        <MilestoneForm
          partnershipId={partnershipId}
          onCancel={() => setOpened(false)}
          onDone={(title) => {
            setOpened(false);
            onDone(title);
          }}
        />
      </FormDialog>
    </>
  );
}

function MilestoneForm({
  partnershipId,
  onCancel,
  onDone,
}: {
  partnershipId: string;
  onCancel: () => void;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  const [add] = useMutation(ADD_MILESTONE_MUTATION, REFETCH);
  const { serverError, clear, show } = useSubmitError<MilestoneValues>(['titleHe']);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<MilestoneValues>({ resolver: zodResolver(milestoneSchema), defaultValues: EMPTY_MILESTONE });
  const error = (message: { message?: string } | undefined) => fieldError(t, message);

  const submit = handleSubmit(async (values) => {
    clear();
    try {
      const parsed = milestoneSchema.parse(values);
      await add({ variables: { input: milestoneInput(partnershipId, parsed) } });
      onDone(parsed.titleHe);
    } catch (failure) {
      show(failure, setError, setFocus);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            {...register('titleHe')}
            label={t('partnerships.manage.milestoneHe')}
            lang="he"
            dir="auto"
            autoComplete="off"
            required
            data-autofocus
            error={error(errors.titleHe)}
          />
          <TextInput
            {...register('titleAr')}
            label={t('partnerships.manage.milestoneAr')}
            lang="ar"
            dir="auto"
            autoComplete="off"
            error={error(errors.titleAr)}
          />
          <TextInput
            {...register('titleEn')}
            label={t('partnerships.manage.milestoneEn')}
            lang="en"
            dir="auto"
            autoComplete="off"
            error={error(errors.titleEn)}
          />
        </SimpleGrid>
        <TextInput {...register('dueOn')} type="date" label={t('partnerships.page.due')} error={error(errors.dueOn)} />
        <FormError>{serverError}</FormError>
        <FormButtons
          busy={isSubmitting}
          submitLabel={t('partnerships.manage.addMilestoneSubmit')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

/** Marks a milestone done today (in Israel), or not done; the light follows. */
export function MilestoneDoneButton({
  milestone,
  onDone,
  onError,
}: {
  milestone: { id: string; isDone: boolean; title: LocalizedText };
  onDone: (message: string) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const errorMessage = usePartnershipErrorMessage();
  const [update, { loading }] = useMutation(UPDATE_MILESTONE_MUTATION, REFETCH);
  const title = localize(milestone.title);
  return (
    <BusyButton
      size="xs"
      variant="outline"
      busy={loading}
      aria-label={t(milestone.isDone ? 'partnerships.manage.markNotDoneNamed' : 'partnerships.manage.markDoneNamed', {
        title,
      })}
      onClick={() => {
        const doneOn = milestone.isDone ? null : dateInIsrael(new Date());
        update({ variables: { input: { milestoneId: milestone.id, doneOn } } })
          .then(() =>
            onDone(
              t(milestone.isDone ? 'partnerships.manage.markedNotDone' : 'partnerships.manage.markedDone', { title }),
            ),
          )
          .catch((failure: unknown) => onError(errorMessage(failure).message));
      }}
    >
      {t(milestone.isDone ? 'partnerships.manage.markNotDone' : 'partnerships.manage.markDone')}
    </BusyButton>
  );
}

export function RemoveMilestoneButton({
  milestone,
  onDone,
}: {
  milestone: { id: string; title: LocalizedText };
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const [remove, { loading }] = useMutation(REMOVE_MILESTONE_MUTATION, REFETCH);
  const title = localize(milestone.title);
  return (
    <RemoveButton
      label={t('partnerships.manage.removeNamed', { name: title })}
      title={t('partnerships.manage.removeMilestoneTitle')}
      body={t('partnerships.manage.removeMilestoneBody', { title })}
      busy={loading}
      onConfirm={async () => {
        await remove({ variables: { milestoneId: milestone.id } });
        onDone(title);
      }}
    />
  );
}

// ---------------------------------------------------------------- indicators

export function AddIndicatorButton({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpened(true)}>
        {t('partnerships.manage.addIndicator')}
      </Button>
      <FormDialog opened={opened} title={t('partnerships.manage.addIndicator')} onClose={() => setOpened(false)}>
        <IndicatorForm
          partnershipId={partnershipId}
          onCancel={() => setOpened(false)}
          onDone={(name) => {
            setOpened(false);
            onDone(name);
          }}
        />
      </FormDialog>
    </>
  );
}

function IndicatorForm({
  partnershipId,
  onCancel,
  onDone,
}: {
  partnershipId: string;
  onCancel: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [add] = useMutation(ADD_INDICATOR_MUTATION, REFETCH);
  const { serverError, clear, show } = useSubmitError<IndicatorValues>(['nameHe', 'unitHe']);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<IndicatorValues>({ resolver: zodResolver(indicatorSchema), defaultValues: EMPTY_INDICATOR });
  const error = (message: { message?: string } | undefined) => fieldError(t, message);

  const submit = handleSubmit(async (values) => {
    clear();
    try {
      const parsed = indicatorSchema.parse(values);
      await add({ variables: { input: indicatorInput(partnershipId, parsed) } });
      onDone(parsed.nameHe);
    } catch (failure) {
      show(failure, setError, setFocus);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            {...register('nameHe')}
            label={t('partnerships.manage.indicatorHe')}
            lang="he"
            dir="auto"
            autoComplete="off"
            required
            data-autofocus
            error={error(errors.nameHe)}
          />
          <TextInput
            {...register('nameAr')}
            label={t('partnerships.manage.indicatorAr')}
            lang="ar"
            dir="auto"
            autoComplete="off"
            error={error(errors.nameAr)}
          />
          <TextInput
            {...register('nameEn')}
            label={t('partnerships.manage.indicatorEn')}
            lang="en"
            dir="auto"
            autoComplete="off"
            error={error(errors.nameEn)}
          />
          <TextInput
            {...register('unitHe')}
            label={t('partnerships.manage.unitHe')}
            description={t('partnerships.manage.unitHint')}
            lang="he"
            dir="auto"
            autoComplete="off"
            error={error(errors.unitHe)}
          />
          <TextInput
            {...register('unitAr')}
            label={t('partnerships.manage.unitAr')}
            lang="ar"
            dir="auto"
            autoComplete="off"
            error={error(errors.unitAr)}
          />
          <TextInput
            {...register('unitEn')}
            label={t('partnerships.manage.unitEn')}
            lang="en"
            dir="auto"
            autoComplete="off"
            error={error(errors.unitEn)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...register('baseline')}
            label={t('partnerships.page.baseline')}
            inputMode="decimal"
            dir="ltr"
            autoComplete="off"
            error={error(errors.baseline)}
          />
          <TextInput
            {...register('target')}
            label={t('partnerships.page.target')}
            inputMode="decimal"
            dir="ltr"
            autoComplete="off"
            error={error(errors.target)}
          />
        </SimpleGrid>
        <FormError>{serverError}</FormError>
        <FormButtons
          busy={isSubmitting}
          submitLabel={t('partnerships.manage.addIndicatorSubmit')}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

export function RemoveIndicatorButton({
  indicator,
  onDone,
}: {
  indicator: { id: string; name: LocalizedText };
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const [remove, { loading }] = useMutation(REMOVE_INDICATOR_MUTATION, REFETCH);
  const name = localize(indicator.name);
  return (
    <RemoveButton
      label={t('partnerships.manage.removeNamed', { name })}
      title={t('partnerships.manage.removeIndicatorTitle')}
      body={t('partnerships.manage.removeIndicatorBody', { name })}
      busy={loading}
      onConfirm={async () => {
        await remove({ variables: { indicatorId: indicator.id } });
        onDone(name);
      }}
    />
  );
}

// ---------------------------------------------------------------- progress reports

interface IndicatorChoice {
  id: string;
  name: LocalizedText;
  unit?: LocalizedText | null;
}

export function ReportProgressButton({
  partnershipId,
  indicators,
  onDone,
}: {
  partnershipId: string;
  indicators: readonly IndicatorChoice[];
  onDone: (day: string) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t('partnerships.manage.report')}</Button>
      <FormDialog opened={opened} title={t('partnerships.manage.report')} onClose={() => setOpened(false)}>
        <ReportForm
          partnershipId={partnershipId}
          indicators={indicators}
          onCancel={() => setOpened(false)}
          onDone={(day) => {
            setOpened(false);
            onDone(day);
          }}
        />
      </FormDialog>
    </>
  );
}

/**
 * A dated report with its text and a value for each indicator (those left empty are not sent).
 * Its idempotency key is made when the form opens: a double press or a retry after a lost answer
 * records one report.
 */
function ReportForm({
  partnershipId,
  indicators,
  onCancel,
  onDone,
}: {
  partnershipId: string;
  indicators: readonly IndicatorChoice[];
  onCancel: () => void;
  onDone: (day: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const [today] = useState(() => dateInIsrael(new Date()));
  const [key] = useState(() => crypto.randomUUID());
  const schema = reportSchema(today);
  const [report] = useMutation(REPORT_PROGRESS_MUTATION, REFETCH);
  const { serverError, clear, show } = useSubmitError<ReportValues>(['reportedOn', 'textHe']);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ReportValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyReport(
      today,
      indicators.map((indicator) => indicator.id),
    ),
  });
  const error = (message: { message?: string } | undefined) => fieldError(t, message);

  const submit = handleSubmit(async (values) => {
    clear();
    try {
      const parsed = schema.parse(values);
      await report({ variables: { input: reportInput(partnershipId, parsed, key) } });
      onDone(parsed.reportedOn);
    } catch (failure) {
      show(failure, setError, setFocus);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          {...register('reportedOn')}
          type="date"
          label={t('partnerships.manage.reportedOn')}
          description={t('partnerships.manage.reportedOnHint')}
          max={today}
          required
          data-autofocus
          error={error(errors.reportedOn)}
        />
        <Textarea
          {...register('textHe')}
          label={t('partnerships.manage.reportHe')}
          lang="he"
          dir="auto"
          autosize
          minRows={3}
          required
          error={error(errors.textHe)}
        />
        <Textarea
          {...register('textAr')}
          label={t('partnerships.manage.reportAr')}
          lang="ar"
          dir="auto"
          autosize
          minRows={2}
          error={error(errors.textAr)}
        />
        <Textarea
          {...register('textEn')}
          label={t('partnerships.manage.reportEn')}
          lang="en"
          dir="auto"
          autosize
          minRows={2}
          error={error(errors.textEn)}
        />
        {indicators.length === 0 ? (
          <Text size="sm">{t('partnerships.manage.noIndicatorsToReport')}</Text>
        ) : (
          <fieldset className={classes.fieldset}>
            <legend>{t('partnerships.manage.values')}</legend>
            <Text size="sm" mb="xs">
              {t('partnerships.manage.valuesHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {indicators.map((indicator) => (
                <TextInput
                  key={indicator.id}
                  {...register(`values.${indicator.id}`)}
                  label={
                    indicator.unit
                      ? t('partnerships.manage.valueWithUnit', {
                          name: localize(indicator.name),
                          unit: localize(indicator.unit),
                        })
                      : localize(indicator.name)
                  }
                  inputMode="decimal"
                  dir="ltr"
                  autoComplete="off"
                  error={error(errors.values?.[indicator.id])}
                />
              ))}
            </SimpleGrid>
          </fieldset>
        )}
        <FormError>{serverError}</FormError>
        <FormButtons busy={isSubmitting} submitLabel={t('partnerships.manage.reportSubmit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
