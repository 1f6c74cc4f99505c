import { useId, useState, type ReactNode } from 'react';
import {
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@roundtable/shared/localized';
import type { SectorCode } from '@roundtable/shared/sectors';
import { BusyButton } from '../../app/busy-button';
import { errorDetails } from '../../app/error-code';
import { FormError } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { sectorName } from '../forums/sector-label';
import { useApplicationErrorMessage } from './application-errors';
import {
  APPLICATION_LIMITS,
  applicationSchema,
  serverFieldMessage,
  serverFieldsOf,
  type ApplicationField,
  type ApplicationValues,
  type CallTerms,
} from './application-schema';
import classes from './calls.module.css';

/** The fields in the order the form shows them, each with its label's key. */
const FIELD_LABELS: Record<ApplicationField, string> = {
  nomineeKind: 'calls.apply.nomineeKind',
  organisationNameHe: 'calls.apply.organisationNameHe',
  organisationNameAr: 'calls.apply.organisationNameAr',
  organisationNameEn: 'calls.apply.organisationNameEn',
  registrationNumber: 'calls.apply.registrationNumber',
  sector: 'calls.apply.sector',
  nomineeName: 'calls.apply.nomineeName',
  nomineeTitle: 'calls.apply.nomineeTitle',
  nomineeEmail: 'calls.apply.nomineeEmail',
  nomineePhone: 'calls.apply.nomineePhone',
  regionalTies: 'calls.apply.regionalTies',
  motivation: 'calls.apply.motivation',
  topicCodes: 'calls.apply.topics',
};
const FIELD_ORDER = Object.keys(FIELD_LABELS) as ApplicationField[];

interface Props {
  mode: 'submit' | 'edit';
  terms: CallTerms;
  topics: ReadonlyArray<{ code: string; name: LocalizedText }>;
  initialValues: ApplicationValues;
  /** What cannot change once submitted (kind, organisation, sector), shown above an edit. */
  fixed?: ReactNode;
  submitLabel: string;
  cancel: ReactNode;
  /** Sends the application; throws the API's refusal, which the form shows. */
  onSubmit: (values: ApplicationValues) => Promise<void>;
}

interface SummaryItem {
  field: ApplicationField;
  message: string;
}

/**
 * The application form (IS 5568): every field labelled, hints and errors tied to it, and on a
 * failed submit a summary that takes the focus and links to each field to fix.
 */
export function ApplicationForm({ mode, terms, topics, initialValues, fixed, submitLabel, cancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const language = useLanguage();
  const errorMessage = useApplicationErrorMessage();
  const formId = useId();
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ApplicationValues>({
    resolver: zodResolver(applicationSchema(terms, mode)),
    defaultValues: initialValues,
    // The summary takes the focus, and links on to each field.
    shouldFocusError: false,
  });
  const kind = useWatch({ control, name: 'nomineeKind' });
  const fieldId = (field: ApplicationField) => `${formId}-${field}`;
  const message = (error: { message?: string } | undefined) =>
    error?.message ? t(error.message, APPLICATION_LIMITS) : undefined;

  const showSummary = (items: SummaryItem[]) => {
    setSummary(items);
    // After React shows the summary.
    window.requestAnimationFrame(() => document.getElementById(`${formId}-summary`)?.focus());
  };

  const onInvalid = (invalid: FieldErrors<ApplicationValues>) => {
    setServerError(null);
    showSummary(
      FIELD_ORDER.filter((field) => invalid[field]?.message).map((field) => ({
        field,
        message: message(invalid[field] as { message?: string })!,
      })),
    );
  };

  const submit = handleSubmit(async (values) => {
    setSummary([]);
    setServerError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const { kind: code, invalidArguments } = errorDetails(error);
      const fields = code === 'BAD_USER_INPUT' ? serverFieldsOf(invalidArguments) : [];
      if (fields.length > 0) {
        for (const field of fields) setError(field, { type: 'server', message: serverFieldMessage(field) });
        showSummary(fields.map((field) => ({ field, message: t(serverFieldMessage(field)) })));
      } else {
        setServerError(errorMessage(error, mode === 'submit' ? 'submit' : 'update'));
      }
    }
  }, onInvalid);

  const focusField = (field: ApplicationField) => {
    // A group (the kind, the topics) passes the focus to its first choice.
    const target = document.getElementById(fieldId(field));
    const element = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input');
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  };

  const isNew = mode === 'submit';
  const collator = new Intl.Collator(language);
  const topicChoices = topics
    .map((topic) => ({ code: topic.code, label: localize(topic.name) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const sectors = terms.eligibleSectors;

  return (
    <form onSubmit={submit} noValidate aria-describedby={`${formId}-required`}>
      {summary.length > 0 && (
        <div
          id={`${formId}-summary`}
          tabIndex={-1}
          className={classes.errorSummary}
          aria-labelledby={`${formId}-summary-title`}
          role="group"
        >
          <Title order={2} size="h4" id={`${formId}-summary-title`}>
            {t('calls.apply.summaryTitle', { count: summary.length })}
          </Title>
          <ul>
            {summary.map((item) => (
              <li key={item.field}>
                <a
                  href={`#${fieldId(item.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(item.field);
                  }}
                >
                  {t(FIELD_LABELS[item.field])}
                  {t('common.labelSeparator')}
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Text id={`${formId}-required`} size="sm" mb="md">
        {t('calls.apply.requiredHint')}
      </Text>
      <Stack gap="lg">
        {fixed}
        {isNew && terms.allowsIndividuals && (
          <Fieldset
            legend={t('calls.apply.nomineeKind')}
            id={fieldId('nomineeKind')}
            aria-describedby={errors.nomineeKind ? `${fieldId('nomineeKind')}-error` : undefined}
          >
            <Stack gap="xs">
              <Radio
                {...register('nomineeKind')}
                value="ORGANISATION_HEAD"
                label={t('calls.nomineeKind.ORGANISATION_HEAD')}
              />
              <Radio
                {...register('nomineeKind')}
                value="INDIVIDUAL_PHILANTHROPIST"
                label={t('calls.nomineeKind.INDIVIDUAL_PHILANTHROPIST')}
              />
            </Stack>
            {errors.nomineeKind && (
              <Text c="red.9" size="sm" mt="xs" id={`${fieldId('nomineeKind')}-error`}>
                {message(errors.nomineeKind)}
              </Text>
            )}
          </Fieldset>
        )}

        {isNew && kind === 'ORGANISATION_HEAD' && (
          <Fieldset legend={t('calls.apply.organisationLegend')}>
            <Text size="sm" mb="sm">
              {t('calls.apply.organisationHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                {...register('organisationNameHe')}
                id={fieldId('organisationNameHe')}
                label={t('calls.apply.organisationNameHe')}
                lang="he"
                dir="auto"
                autoComplete="organization"
                required
                error={message(errors.organisationNameHe)}
              />
              <TextInput
                {...register('organisationNameAr')}
                id={fieldId('organisationNameAr')}
                label={t('calls.apply.organisationNameAr')}
                lang="ar"
                dir="auto"
                autoComplete="off"
                error={message(errors.organisationNameAr)}
              />
              <TextInput
                {...register('organisationNameEn')}
                id={fieldId('organisationNameEn')}
                label={t('calls.apply.organisationNameEn')}
                lang="en"
                dir="auto"
                autoComplete="off"
                error={message(errors.organisationNameEn)}
              />
            </SimpleGrid>
            <TextInput
              {...register('registrationNumber')}
              id={fieldId('registrationNumber')}
              mt="md"
              maw="20rem"
              label={t('calls.apply.registrationNumber')}
              description={t('calls.apply.registrationNumberHint')}
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              required
              error={message(errors.registrationNumber)}
            />
          </Fieldset>
        )}

        {isNew && (
          <NativeSelect
            {...register('sector')}
            id={fieldId('sector')}
            maw="28rem"
            label={t('calls.apply.sector')}
            description={t('calls.apply.sectorHint')}
            required
            data={[
              ...(sectors.length === 1 ? [] : [{ value: '', label: t('calls.apply.chooseSector') }]),
              ...sectors.map((code: SectorCode) => ({ value: code, label: localize(sectorName(code)) })),
            ]}
            error={message(errors.sector)}
          />
        )}

        <Fieldset legend={t('calls.apply.nomineeLegend')}>
          <Text size="sm" mb="sm">
            {t(kind === 'INDIVIDUAL_PHILANTHROPIST' ? 'calls.apply.nomineeHintIndividual' : 'calls.apply.nomineeHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              {...register('nomineeName')}
              id={fieldId('nomineeName')}
              label={t('calls.apply.nomineeName')}
              dir="auto"
              autoComplete="name"
              required
              error={message(errors.nomineeName)}
            />
            <TextInput
              {...register('nomineeTitle')}
              id={fieldId('nomineeTitle')}
              label={t('calls.apply.nomineeTitle')}
              description={t('calls.apply.nomineeTitleHint')}
              dir="auto"
              autoComplete="organization-title"
              error={message(errors.nomineeTitle)}
            />
            <TextInput
              {...register('nomineeEmail')}
              id={fieldId('nomineeEmail')}
              type="email"
              label={t('calls.apply.nomineeEmail')}
              dir="ltr"
              autoComplete="email"
              required
              error={message(errors.nomineeEmail)}
            />
            <TextInput
              {...register('nomineePhone')}
              id={fieldId('nomineePhone')}
              type="tel"
              label={t('calls.apply.nomineePhone')}
              description={t('calls.apply.nomineePhoneHint')}
              dir="ltr"
              autoComplete="tel"
              error={message(errors.nomineePhone)}
            />
          </SimpleGrid>
        </Fieldset>

        <Textarea
          {...register('regionalTies')}
          id={fieldId('regionalTies')}
          label={t('calls.apply.regionalTies')}
          description={t('calls.apply.regionalTiesHint')}
          dir="auto"
          autosize
          minRows={3}
          required
          error={message(errors.regionalTies)}
        />
        <Textarea
          {...register('motivation')}
          id={fieldId('motivation')}
          label={t('calls.apply.motivation')}
          description={t('calls.apply.motivationHint')}
          dir="auto"
          autosize
          minRows={4}
          required
          error={message(errors.motivation)}
        />

        <Controller
          control={control}
          name="topicCodes"
          render={({ field }) => (
            <Fieldset
              legend={t('calls.apply.topics')}
              id={fieldId('topicCodes')}
              aria-describedby={`${fieldId('topicCodes')}-hint${errors.topicCodes ? ` ${fieldId('topicCodes')}-error` : ''}`}
            >
              <Text size="sm" mb="xs" id={`${fieldId('topicCodes')}-hint`}>
                {t('calls.apply.topicsHint', { max: APPLICATION_LIMITS.topicsMax })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
                {topicChoices.map((topic) => (
                  <Checkbox
                    key={topic.code}
                    label={topic.label}
                    checked={field.value.includes(topic.code)}
                    onChange={(event) => {
                      field.onChange(
                        event.currentTarget.checked
                          ? [...field.value, topic.code]
                          : field.value.filter((code) => code !== topic.code),
                      );
                    }}
                  />
                ))}
              </SimpleGrid>
              {errors.topicCodes && (
                <Text c="red.9" size="sm" mt="xs" id={`${fieldId('topicCodes')}-error`}>
                  {message(errors.topicCodes)}
                </Text>
              )}
            </Fieldset>
          )}
        />

        <FormError>{serverError}</FormError>
        <Group>
          <BusyButton type="submit" busy={isSubmitting}>
            {submitLabel}
          </BusyButton>
          {cancel}
        </Group>
      </Stack>
    </form>
  );
}
