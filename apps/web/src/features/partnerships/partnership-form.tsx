import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, useForm, type Control, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ACTION_DIRECTIONS } from '@roundtable/shared/action-directions';
import { DISTRICTS } from '@roundtable/shared/districts';
import type { LocalizedText } from '@roundtable/shared/localized';
import { FUNDING_MECHANISMS, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '@roundtable/shared/partnerships';
import { SDGS } from '@roundtable/shared/sdgs';
import { BusyButton } from '../../app/busy-button';
import { fieldError } from '../../app/form-errors';
import { FormError } from '../../app/form-status';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { usePartnershipErrorMessage } from './partnership-errors';
import { partnershipSchema, type PartnershipOutput, type PartnershipValues } from './partnership-schema';
import { PARTNERSHIP_FORM_TOPICS_QUERY } from './partnerships.graphql';
import classes from './partnerships.module.css';

/** A cluster the viewer may register a partnership for; `id` '' is a national one (the PMO unit's). */
export interface ScopeChoice {
  id: string;
  name: LocalizedText | null;
}

interface Props {
  initialValues: PartnershipValues;
  /** For a new partnership: the scopes the viewer may choose. Null when changing one (kind and cluster are fixed). */
  scopes: readonly ScopeChoice[] | null;
  submitLabel: string;
  /** Sends the partnership; throws the API's refusal, which the form shows at its field or below. */
  onSubmit: (values: PartnershipOutput) => Promise<void>;
  onCancel: () => void;
}

const FIELDS: ReadonlySet<string> = new Set([
  'titleHe',
  'summaryHe',
  'clusterId',
  'endOn',
  'sdgTargets',
  'topicCodes',
  'budget',
  'reportingPeriodMonths',
  'status',
]);

/** A group of checkboxes (a fieldset with its legend) for a list field. */
function CheckList({
  control,
  name,
  label,
  description,
  options,
  error,
}: {
  control: Control<PartnershipValues>;
  name: 'directions' | 'sdgs' | 'districts' | 'topicCodes';
  label: string;
  description?: string;
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
  error?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          value={field.value as string[]}
          onChange={(value) => field.onChange(value)}
          label={label}
          description={description}
          error={error}
        >
          <div className={classes.checkGrid}>
            {options.map((option, index) => (
              <Checkbox
                key={option.value}
                value={option.value}
                label={option.label}
                ref={index === 0 ? field.ref : undefined}
              />
            ))}
          </div>
        </Checkbox.Group>
      )}
    />
  );
}

/**
 * A partnership's form (issue #7, item 1): kind and cluster (when new), the title and summary in
 * three languages (Hebrew first and required), status, classification, funding, budget in shekels,
 * dates and the reporting period. The API's refusal of a field is shown at it.
 */
export function PartnershipForm({ initialValues, scopes, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = usePartnershipErrorMessage();
  const topics = useQuery(PARTNERSHIP_FORM_TOPICS_QUERY);
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<PartnershipValues>({ resolver: zodResolver(partnershipSchema), defaultValues: initialValues });
  const error = (message: { message?: string } | undefined) => fieldError(t, message);
  const collator = new Intl.Collator(language);
  const numbered = (number: number, title: LocalizedText) =>
    t('partnerships.numbered', { number: formatNumber(number, language), title: localize(title) });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(partnershipSchema.parse(values));
    } catch (failure) {
      const { message, field } = errorMessage(failure);
      if (field && FIELDS.has(field)) {
        const path = field as FieldPath<PartnershipValues>;
        setError(path, { message });
        setFocus(path);
      } else setServerError(message);
    }
  });

  const topicOptions = (topics.data?.topics ?? [])
    .map((topic) => ({ value: topic.code, label: localize(topic.name) }))
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {scopes && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...register('kind')}
              label={t('partnerships.form.kind')}
              description={t('partnerships.form.kindHint')}
              required
              data={[
                { value: '', label: t('partnerships.form.chooseKind') },
                ...PARTNERSHIP_KINDS.map((kind) => ({ value: kind, label: t(`partnerships.kind.${kind}`) })),
              ]}
              error={error(errors.kind)}
            />
            <NativeSelect
              {...register('clusterId')}
              label={t('partnerships.form.cluster')}
              description={t('partnerships.form.clusterHint')}
              data={scopes.map((scope) => ({
                value: scope.id,
                label: scope.name ? localize(scope.name) : t('partnerships.list.national'),
              }))}
              error={error(errors.clusterId)}
            />
          </SimpleGrid>
        )}

        <Fieldset legend={t('partnerships.form.titleLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              {...register('titleHe')}
              label={t('partnerships.form.titleHe')}
              lang="he"
              dir="auto"
              autoComplete="off"
              required
              data-autofocus
              error={error(errors.titleHe)}
            />
            <TextInput
              {...register('titleAr')}
              label={t('partnerships.form.titleAr')}
              lang="ar"
              dir="auto"
              autoComplete="off"
              error={error(errors.titleAr)}
            />
            <TextInput
              {...register('titleEn')}
              label={t('partnerships.form.titleEn')}
              lang="en"
              dir="auto"
              autoComplete="off"
              error={error(errors.titleEn)}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('partnerships.form.summaryLegend')}>
          <Text size="sm" mb="xs">
            {t('partnerships.form.summaryHint')}
          </Text>
          <Stack gap="sm">
            <Textarea
              {...register('summaryHe')}
              label={t('partnerships.form.summaryHe')}
              lang="he"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.summaryHe)}
            />
            <Textarea
              {...register('summaryAr')}
              label={t('partnerships.form.summaryAr')}
              lang="ar"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.summaryAr)}
            />
            <Textarea
              {...register('summaryEn')}
              label={t('partnerships.form.summaryEn')}
              lang="en"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.summaryEn)}
            />
          </Stack>
        </Fieldset>

        <NativeSelect
          {...register('status')}
          label={t('partnerships.facts.status')}
          description={t('partnerships.form.statusHint')}
          required
          data={[
            // A partnership its source gives no status keeps none until one is chosen.
            ...(initialValues.status === '' ? [{ value: '', label: t('partnerships.status.NONE') }] : []),
            ...PARTNERSHIP_STATUSES.map((status) => ({ value: status, label: t(`partnerships.status.${status}`) })),
          ]}
          error={error(errors.status)}
        />

        <Fieldset legend={t('partnerships.page.classification')}>
          <Stack gap="md">
            <CheckList
              control={control}
              name="directions"
              label={t('partnerships.facts.directions')}
              options={ACTION_DIRECTIONS.map((direction) => ({
                value: String(direction.number),
                label: numbered(direction.number, direction.title),
              }))}
              error={error(errors.directions)}
            />
            <CheckList
              control={control}
              name="sdgs"
              label={t('partnerships.facts.sdgs')}
              options={SDGS.map((sdg) => ({ value: String(sdg.number), label: numbered(sdg.number, sdg.title) }))}
              error={error(errors.sdgs)}
            />
            <TextInput
              {...register('sdgTargets')}
              label={t('partnerships.facts.sdgTargets')}
              description={t('partnerships.form.sdgTargetsHint')}
              dir="ltr"
              autoComplete="off"
              error={error(errors.sdgTargets)}
            />
            <CheckList
              control={control}
              name="districts"
              label={t('partnerships.facts.districts')}
              options={DISTRICTS.map((district) => ({ value: district.code, label: localize(district.name) })).sort(
                (a, b) => collator.compare(a.label, b.label),
              )}
              error={error(errors.districts)}
            />
            {topicOptions.length > 0 ? (
              <CheckList
                control={control}
                name="topicCodes"
                label={t('partnerships.facts.topics')}
                options={topicOptions}
                error={error(errors.topicCodes)}
              />
            ) : (
              <Text size="sm">{t(topics.error ? 'partnerships.form.topicsFailed' : 'status.loading')}</Text>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('partnerships.page.money')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...register('fundingMechanism')}
              label={t('partnerships.facts.funding')}
              data={[
                { value: '', label: t('partnerships.facts.notGiven') },
                ...FUNDING_MECHANISMS.map((mechanism) => ({
                  value: mechanism,
                  label: t(`partnerships.funding.${mechanism}`),
                })),
              ]}
              error={error(errors.fundingMechanism)}
            />
            <TextInput
              {...register('budget')}
              label={t('partnerships.form.budget')}
              description={t('partnerships.form.budgetHint')}
              inputMode="decimal"
              dir="ltr"
              autoComplete="off"
              error={error(errors.budget)}
            />
            <TextInput
              {...register('startOn')}
              type="date"
              label={t('partnerships.facts.startOn')}
              error={error(errors.startOn)}
            />
            <TextInput
              {...register('endOn')}
              type="date"
              label={t('partnerships.facts.endOn')}
              error={error(errors.endOn)}
            />
            <TextInput
              {...register('reportingPeriodMonths')}
              label={t('partnerships.form.reportingPeriod')}
              description={t('partnerships.form.reportingPeriodHint')}
              inputMode="numeric"
              autoComplete="off"
              error={error(errors.reportingPeriodMonths)}
            />
          </SimpleGrid>
        </Fieldset>

        <FormError>{serverError}</FormError>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <BusyButton type="submit" busy={isSubmitting}>
            {submitLabel}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
