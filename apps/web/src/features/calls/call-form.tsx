import { useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { Controller, useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { BusyButton } from '../../app/busy-button';
import { FormError } from '../../app/form-status';
import { useLocalizedString } from '../../app/localized';
import { sectorName } from '../forums/sector-label';
import {
  CALL_LIMITS,
  callFieldError,
  callSchema,
  EMPTY_CRITERION,
  type CallOutput,
  type CallValues,
} from './call-schema';
import { useCallErrorMessage } from './review-errors';
import classes from './review.module.css';

/** Router state the manage page reads, to say the call was created (not in the address). */
export interface CallCreatedState {
  callCreated: true;
}

export function isCallCreatedState(state: unknown): state is CallCreatedState {
  return (state as { callCreated?: unknown } | null)?.callCreated === true;
}

interface Props {
  initialValues: CallValues;
  /** Today in Israel: the deadline may not be before it. */
  today: string;
  /** The sectors of the forum's map: the call may admit these (every sector when the map is empty). */
  mapSectors: readonly SectorCode[];
  /** Whether the forum seats philanthropists as individuals: only then may a call admit them. */
  forumAllowsIndividuals: boolean;
  submitLabel: string;
  /** Sends the call; throws the API's refusal, which the form shows by its field or below. */
  onSubmit: (values: CallOutput) => Promise<void>;
  onCancel: () => void;
}

type CriterionButton = 'up' | 'down' | 'remove' | 'he';

const FIELDS_BY_ARGUMENT: Record<string, FieldPath<CallValues>> = {
  titleHe: 'titleHe',
  textHe: 'textHe',
  opensOn: 'opensOn',
  deadline: 'deadline',
  eligibleSectors: 'eligibleSectors',
  rotation: 'rotation',
  criteria: 'criteria',
  allowsIndividuals: 'allowsIndividuals',
};

/**
 * A call's form: its title and text in three languages (Hebrew first and required), dates,
 * sectors, rotation and the criteria the committee scores (added, removed and reordered from the
 * keyboard; focus follows a criterion that moves). The API's refusal of a field is shown at it.
 */
export function CallForm({
  initialValues,
  today,
  mapSectors,
  forumAllowsIndividuals,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const errorMessage = useCallErrorMessage('form');
  const id = useId();
  const [serverError, setServerError] = useState<string | null>(null);
  const [criteriaStatus, setCriteriaStatus] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const schema = callSchema({ today, mapSectors });
  const {
    register,
    handleSubmit,
    control,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<CallValues>({ resolver: zodResolver(schema), defaultValues: initialValues });
  const criteria = useFieldArray({ control, name: 'criteria' });
  const sectors = mapSectors.length > 0 ? mapSectors : SECTOR_CODES;

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [criteria.fields]);

  const control_ = (index: number, button: CriterionButton) => `${id}-criterion-${index}-${button}`;
  const count = criteria.fields.length;

  const move = (from: number, to: number) => {
    criteria.move(from, to);
    const direction: CriterionButton = to < from ? 'up' : 'down';
    const exists = direction === 'up' ? to > 0 : to < count - 1;
    pendingFocus.current = control_(to, exists ? direction : direction === 'up' ? 'down' : 'up');
    setCriteriaStatus(t('callReview.form.criterionMoved', { from: from + 1, to: to + 1 }));
  };
  const remove = (index: number) => {
    criteria.remove(index);
    const left = count - 1;
    pendingFocus.current = left === 0 ? `${id}-add-criterion` : control_(Math.min(index, left - 1), 'remove');
    setCriteriaStatus(t('callReview.form.criterionRemoved', { number: index + 1 }));
  };

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(schema.parse(values));
    } catch (error) {
      const { message, field } = errorMessage(error);
      const path = field ? FIELDS_BY_ARGUMENT[field] : undefined;
      if (path) {
        setError(path, { message });
        if (path !== 'criteria' && path !== 'eligibleSectors') setFocus(path);
      } else setServerError(message);
    }
  });

  const error = (message: { message?: string } | undefined) => callFieldError(t, message);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('callReview.form.titleLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              {...register('titleHe')}
              label={t('callReview.form.titleHe')}
              lang="he"
              dir="auto"
              autoComplete="off"
              required
              error={error(errors.titleHe)}
            />
            <TextInput
              {...register('titleAr')}
              label={t('callReview.form.titleAr')}
              lang="ar"
              dir="auto"
              autoComplete="off"
              error={error(errors.titleAr)}
            />
            <TextInput
              {...register('titleEn')}
              label={t('callReview.form.titleEn')}
              lang="en"
              dir="auto"
              autoComplete="off"
              error={error(errors.titleEn)}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('callReview.form.textLegend')}>
          <Text size="sm" mb="xs">
            {t('callReview.form.textHint')}
          </Text>
          <Stack gap="sm">
            <Textarea
              {...register('textHe')}
              label={t('callReview.form.textHe')}
              lang="he"
              dir="auto"
              autosize
              minRows={3}
              required
              error={error(errors.textHe)}
            />
            <Textarea
              {...register('textAr')}
              label={t('callReview.form.textAr')}
              lang="ar"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.textAr)}
            />
            <Textarea
              {...register('textEn')}
              label={t('callReview.form.textEn')}
              lang="en"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.textEn)}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('callReview.form.rulesLegend')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                {...register('opensOn')}
                type="date"
                label={t('callReview.form.opensOn')}
                description={t('callReview.form.opensOnHint')}
                error={error(errors.opensOn)}
              />
              <TextInput
                {...register('deadline')}
                type="date"
                label={t('callReview.form.deadline')}
                description={t('callReview.form.deadlineHint')}
                required
                error={error(errors.deadline)}
              />
              <TextInput
                {...register('rotation')}
                label={t('callReview.form.rotation')}
                description={t('callReview.form.rotationHint')}
                inputMode="numeric"
                autoComplete="off"
                required
                error={error(errors.rotation)}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="eligibleSectors"
              render={({ field }) => (
                <Checkbox.Group
                  value={field.value}
                  onChange={(value) => field.onChange(value as SectorCode[])}
                  label={t('callReview.form.eligibleSectors')}
                  description={t('callReview.form.eligibleSectorsHint')}
                  required
                  error={error(errors.eligibleSectors)}
                >
                  <Group gap="lg" mt="xs">
                    {sectors.map((sector, index) => (
                      <Checkbox
                        key={sector}
                        value={sector}
                        label={localize(sectorName(sector))}
                        ref={index === 0 ? field.ref : undefined}
                      />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            {forumAllowsIndividuals ? (
              <Checkbox
                {...register('allowsIndividuals')}
                label={t('callReview.form.allowsIndividuals')}
                description={t('callReview.form.allowsIndividualsHint')}
                error={error(errors.allowsIndividuals)}
              />
            ) : (
              <Text size="sm">{t('callReview.form.forumNoIndividuals')}</Text>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('callReview.form.criteriaLegend')}>
          <Text size="sm" mb="xs">
            {t('callReview.form.criteriaHint')}
          </Text>
          <VisuallyHidden role="status" aria-atomic="true">
            {criteriaStatus}
          </VisuallyHidden>
          {count === 0 && <Text mb="sm">{t('callReview.form.noCriteria')}</Text>}
          <ol className={classes.criteriaItems}>
            {criteria.fields.map((field, index) => {
              const itemErrors = errors.criteria?.[index];
              return (
                <li key={field.id}>
                  <fieldset className={classes.criteriaBlock}>
                    <legend>{t('callReview.form.criterion', { number: index + 1 })}</legend>
                    <Stack gap="xs">
                      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                        <TextInput
                          {...register(`criteria.${index}.nameHe`)}
                          id={control_(index, 'he')}
                          label={t('callReview.form.criterionNameHe')}
                          lang="he"
                          dir="auto"
                          autoComplete="off"
                          required
                          error={error(itemErrors?.nameHe)}
                        />
                        <TextInput
                          {...register(`criteria.${index}.nameAr`)}
                          label={t('callReview.form.criterionNameAr')}
                          lang="ar"
                          dir="auto"
                          autoComplete="off"
                          error={error(itemErrors?.nameAr)}
                        />
                        <TextInput
                          {...register(`criteria.${index}.nameEn`)}
                          label={t('callReview.form.criterionNameEn')}
                          lang="en"
                          dir="auto"
                          autoComplete="off"
                          error={error(itemErrors?.nameEn)}
                        />
                      </SimpleGrid>
                      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                        <Textarea
                          {...register(`criteria.${index}.descriptionHe`)}
                          label={t('callReview.form.criterionDescriptionHe')}
                          lang="he"
                          dir="auto"
                          autosize
                          minRows={1}
                          error={error(itemErrors?.descriptionHe)}
                        />
                        <Textarea
                          {...register(`criteria.${index}.descriptionAr`)}
                          label={t('callReview.form.criterionDescriptionAr')}
                          lang="ar"
                          dir="auto"
                          autosize
                          minRows={1}
                          error={error(itemErrors?.descriptionAr)}
                        />
                        <Textarea
                          {...register(`criteria.${index}.descriptionEn`)}
                          label={t('callReview.form.criterionDescriptionEn')}
                          lang="en"
                          dir="auto"
                          autosize
                          minRows={1}
                          error={error(itemErrors?.descriptionEn)}
                        />
                      </SimpleGrid>
                      <Group gap="xs">
                        {index > 0 && (
                          <Button
                            size="xs"
                            variant="outline"
                            id={control_(index, 'up')}
                            onClick={() => move(index, index - 1)}
                          >
                            {t('callReview.form.moveUp')}
                          </Button>
                        )}
                        {index < count - 1 && (
                          <Button
                            size="xs"
                            variant="outline"
                            id={control_(index, 'down')}
                            onClick={() => move(index, index + 1)}
                          >
                            {t('callReview.form.moveDown')}
                          </Button>
                        )}
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          id={control_(index, 'remove')}
                          onClick={() => remove(index)}
                        >
                          {t('callReview.form.removeCriterion')}
                        </Button>
                      </Group>
                    </Stack>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {errors.criteria?.message && (
            <Text c="red.9" size="sm" mb="xs" role="alert">
              {error(errors.criteria)}
            </Text>
          )}
          {count < CALL_LIMITS.criteriaMax && (
            <Button
              variant="outline"
              size="sm"
              id={`${id}-add-criterion`}
              onClick={() => {
                criteria.append({ ...EMPTY_CRITERION }, { shouldFocus: false });
                pendingFocus.current = control_(count, 'he');
              }}
            >
              {t('callReview.form.addCriterion')}
            </Button>
          )}
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
