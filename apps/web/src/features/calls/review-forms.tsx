import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { FormError, Warning } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { useLocalized, useLocalizedString } from '../../app/localized';
import type { CallReviewQuery, ReviewApplicationFieldsFragment } from '../../gql/graphql';
import { sectorName } from '../forums/sector-label';
import {
  CALL_LIMITS,
  callFieldError,
  DECISIONS,
  decisionInput,
  decisionSchema,
  EMPTY_DECISION,
  scoreInput,
  scoreSchema,
  scoreValues,
  type DecisionValues,
  type ScoreValues,
} from './call-schema';
import { CALL_MANAGE_REFETCH } from './calls-manage.graphql';
import { DECIDE_APPLICATION_MUTATION, SCORE_APPLICATION_MUTATION } from './calls-review.graphql';
import { ownScores } from './pipeline-data';
import { useCallErrorMessage } from './review-errors';
import classes from './review.module.css';

export type ReviewCall = NonNullable<CallReviewQuery['call']>;
export type ReviewApplication = ReviewApplicationFieldsFragment;
export type Criterion = ReviewCall['criteria'][number];

const SCALE = Array.from(
  { length: CALL_LIMITS.scoreMax - CALL_LIMITS.scoreMin + 1 },
  (_, i) => CALL_LIMITS.scoreMin + i,
);

/** The name an application goes by: its organisation, or the nominee for an individual. */
export function useApplicantName(): (application: ReviewApplication) => string {
  const localize = useLocalizedString();
  return (application) =>
    application.organisation ? localize(application.organisation.name) : application.nomineeName;
}

// ---------------------------------------------------------------- scores

/**
 * The viewer's scores of one application: 1 to 5 for every criterion, as a group of radio
 * buttons each (the legend names the criterion), with a note. It starts from the viewer's own
 * scores, so a second visit changes them rather than starting again.
 */
export function ScoreForm({
  application,
  criteria,
  onCancel,
  onDone,
}: {
  application: ReviewApplication;
  criteria: readonly Criterion[];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const errorMessage = useCallErrorMessage('score');
  const [serverError, setServerError] = useState<string | null>(null);
  const ordered = [...criteria].sort((a, b) => a.position - b.position);
  const ids = ordered.map((criterion) => criterion.id);
  const schema = scoreSchema(ids);
  const [score] = useMutation(SCORE_APPLICATION_MUTATION, {
    refetchQueries: ['CallReview'],
    awaitRefetchQueries: true,
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ScoreValues>({
    resolver: zodResolver(schema),
    defaultValues: scoreValues(ids, ownScores(application.scores)),
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await score({ variables: { input: scoreInput(application.id, ids, values) } });
      onDone();
    } catch (error) {
      setServerError(errorMessage(error).message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('callReview.score.intro')}</Text>
        {ordered.map((criterion, index) => {
          const name = localize(criterion.name);
          const description = criterion.description ? localize(criterion.description) : null;
          return (
            <div key={criterion.id} className={classes.criterion}>
              <Controller
                control={control}
                name={`scores.${criterion.id}`}
                render={({ field }) => (
                  <Radio.Group
                    name={`score-${criterion.id}`}
                    value={field.value ?? ''}
                    onChange={(value) => field.onChange(value)}
                    label={
                      <span {...name.attributes}>
                        {t('callReview.score.criterionLabel', { number: index + 1, name: name.text })}
                      </span>
                    }
                    description={description ? <span {...description.attributes}>{description.text}</span> : undefined}
                    required
                    error={callFieldError(t, errors.scores?.[criterion.id])}
                  >
                    <div className={classes.scale}>
                      {SCALE.map((value) => (
                        <Radio
                          key={value}
                          value={String(value)}
                          label={t(`callReview.score.value.${value}`)}
                          ref={value === SCALE[0] ? field.ref : undefined}
                          {...(index === 0 && value === SCALE[0] ? { 'data-autofocus': true } : {})}
                        />
                      ))}
                    </div>
                  </Radio.Group>
                )}
              />
              <Textarea
                {...register(`notes.${criterion.id}`)}
                label={t('callReview.score.note', { name: name.text })}
                dir="auto"
                autosize
                minRows={1}
                error={callFieldError(t, errors.notes?.[criterion.id])}
              />
            </div>
          );
        })}
        <FormError>{serverError}</FormError>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <BusyButton type="submit" busy={isSubmitting}>
            {t('callReview.score.submit')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- the decision

/**
 * Accept, reserve or reject, with the reason the applicant reads once the call is decided. An
 * acceptance appoints the nominee to a seat of the sector, so the form asks once more, saying how
 * many seats are left; SEAT_LIMIT and CONFLICT come back in words.
 */
export function DecisionForm({
  application,
  seatsLeft,
  onCancel,
  onDone,
}: {
  application: ReviewApplication;
  /** The sector's vacant seats now; null where the map gives the sector none. */
  seatsLeft: number | null;
  onCancel: () => void;
  onDone: (decision: (typeof DECISIONS)[number]) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const applicantName = useApplicantName();
  const errorMessage = useCallErrorMessage('decide');
  const [serverError, setServerError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const backButton = useRef<HTMLButtonElement>(null);
  const decisionGroup = useRef<HTMLInputElement | null>(null);
  const [decide] = useMutation(DECIDE_APPLICATION_MUTATION, {
    refetchQueries: [...CALL_MANAGE_REFETCH, 'ForumPage'],
    awaitRefetchQueries: true,
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionValues>({
    resolver: zodResolver(decisionSchema),
    defaultValues: EMPTY_DECISION,
  });
  const decision = useWatch({ control, name: 'decision' });

  // The form's content changes under the button just pressed: focus goes to the new step's safe choice, and back.
  const [stepChanged, setStepChanged] = useState(false);
  useEffect(() => {
    if (!stepChanged) return;
    if (confirming) backButton.current?.focus();
    else decisionGroup.current?.focus();
  }, [confirming, stepChanged]);

  const send = async (values: DecisionValues) => {
    setServerError(null);
    try {
      await decide({ variables: { input: decisionInput(application.id, values) } });
      if (values.decision !== '') onDone(values.decision);
    } catch (error) {
      const { message, field } = errorMessage(error);
      if (field === 'reason') {
        setConfirming(false);
        setError('reason', { message });
      } else setServerError(message);
    }
  };

  const submit = handleSubmit(async (values) => {
    // An acceptance appoints a person to a seat: asked once more, with the seats left.
    if (values.decision === 'ACCEPT' && !confirming) {
      setServerError(null);
      setStepChanged(true);
      setConfirming(true);
      return;
    }
    await send(values);
  });

  const sector = localize(sectorName(application.sector));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {confirming ? (
          <>
            <Warning>
              {t('callReview.decision.confirmAccept', {
                name: application.nomineeName,
                applicant: applicantName(application),
                sector,
              })}{' '}
              {seatsLeft === null
                ? t('callReview.decision.noSeatsInMap', { sector })
                : t('callReview.decision.seatsLeft', { count: seatsLeft, sector, lng: language })}
            </Warning>
            <FormError>{serverError}</FormError>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" ref={backButton} onClick={() => setConfirming(false)}>
                {t('callReview.decision.back')}
              </Button>
              <BusyButton type="submit" busy={isSubmitting}>
                {t('callReview.decision.confirmSubmit')}
              </BusyButton>
            </Group>
          </>
        ) : (
          <>
            <Controller
              control={control}
              name="decision"
              render={({ field }) => (
                <Radio.Group
                  name="decision"
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  label={t('callReview.decision.choose')}
                  required
                  error={callFieldError(t, errors.decision)}
                >
                  <Stack gap="xs" mt="xs">
                    {DECISIONS.map((value, index) => (
                      <Radio
                        key={value}
                        value={value}
                        label={t(`callReview.decision.option.${value}`)}
                        description={t(`callReview.decision.optionHint.${value}`)}
                        ref={
                          index === 0
                            ? (element: HTMLInputElement | null) => {
                                field.ref(element);
                                decisionGroup.current = element;
                              }
                            : undefined
                        }
                        {...(index === 0 ? { 'data-autofocus': true } : {})}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
            <Textarea
              {...register('reason')}
              label={t('callReview.decision.reason')}
              description={t('callReview.decision.reasonHint')}
              dir="auto"
              autosize
              minRows={2}
              required
              error={callFieldError(t, errors.reason)}
            />
            {decision === 'ACCEPT' && seatsLeft !== null && seatsLeft <= 0 && (
              <Warning>{t('callReview.decision.noSeatFree', { sector })}</Warning>
            )}
            <FormError>{serverError}</FormError>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onCancel}>
                {t('dialog.cancel')}
              </Button>
              <BusyButton type="submit" busy={isSubmitting}>
                {t('callReview.decision.submit')}
              </BusyButton>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
