import { useEffect, useId, useRef, useState } from 'react';
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
  VisuallyHidden,
} from '@mantine/core';
import { Controller, useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '@roundtable/shared/events';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { BusyButton } from '../../app/busy-button';
import { FormError } from '../../app/form-status';
import { useLocalizedString } from '../../app/localized';
import { sectorName } from '../forums/sector-label';
import { useEventErrorMessage } from './event-errors';
import { EMPTY_TRACK, eventFieldError, eventSchema, type EventOutput, type EventValues } from './event-schema';
import classes from './events.module.css';

interface Props {
  initialValues: EventValues;
  /** The organisers the viewer may create for (a new event); null when changing one. */
  organisers: Array<{ value: string; label: string }> | null;
  /** Confirmed registrations now: the capacity may not go below them. */
  confirmedCount: number;
  /** A source's event that gives no date may stay without one (never an invented date). */
  undatedAllowed?: boolean;
  submitLabel: string;
  /** Sends the event; throws the API's refusal, which the form shows at its field or below. */
  onSubmit: (values: EventOutput) => Promise<void>;
  onCancel: () => void;
}

const FIELDS: ReadonlySet<string> = new Set([
  'titleHe',
  'summaryHe',
  'venueHe',
  'onlineLink',
  'startsOn',
  'endsOn',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'audienceSectors',
  'tracks',
  'outcomeSummaryHe',
  'isOnline',
]);

type Language = 'He' | 'Ar' | 'En';
const LANGUAGES: Array<{ suffix: Language; lang: 'he' | 'ar' | 'en' }> = [
  { suffix: 'He', lang: 'he' },
  { suffix: 'Ar', lang: 'ar' },
  { suffix: 'En', lang: 'en' },
];

/**
 * An event's form: title, summary, venue and outcome in three languages (Hebrew first and
 * required where the text is), days, seats, the registration window on Israel's clock, audience
 * sectors, and the discussion tracks (added, removed and reordered from the keyboard).
 */
export function EventForm({
  initialValues,
  organisers,
  confirmedCount,
  undatedAllowed = false,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const localize = useLocalizedString();
  const errorMessage = useEventErrorMessage('form');
  const id = useId();
  const [serverError, setServerError] = useState<string | null>(null);
  const [tracksStatus, setTracksStatus] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const schema = eventSchema({ confirmedCount, creating: organisers !== null, undatedAllowed });
  const {
    register,
    handleSubmit,
    control,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<EventValues>({ resolver: zodResolver(schema), defaultValues: initialValues });
  const tracks = useFieldArray({ control, name: 'tracks' });
  const isOnline = useWatch({ control, name: 'isOnline' });

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [tracks.fields]);

  const trackControl = (index: number, button: 'up' | 'down' | 'remove' | 'topic') => `${id}-track-${index}-${button}`;
  const count = tracks.fields.length;
  const move = (from: number, to: number) => {
    tracks.move(from, to);
    pendingFocus.current = trackControl(to, 'topic');
    setTracksStatus(t('events.form.trackMoved', { from: from + 1, to: to + 1 }));
  };
  const remove = (index: number) => {
    tracks.remove(index);
    const left = count - 1;
    pendingFocus.current = left === 0 ? `${id}-add-track` : trackControl(Math.min(index, left - 1), 'topic');
    setTracksStatus(t('events.form.trackRemoved', { number: index + 1 }));
  };
  const add = () => {
    tracks.append({ ...EMPTY_TRACK });
    pendingFocus.current = trackControl(count, 'topic');
    setTracksStatus(t('events.form.trackAdded', { number: count + 1 }));
  };

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(schema.parse(values));
    } catch (failure) {
      const { message, field } = errorMessage(failure);
      if (field && FIELDS.has(field)) {
        setError(field as FieldPath<EventValues>, { message });
        if (field !== 'tracks' && field !== 'audienceSectors') setFocus(field as FieldPath<EventValues>);
      } else setServerError(message);
    }
  });

  const error = (message: { message?: string } | undefined) => eventFieldError(t, message);
  const trilingual = (base: 'title' | 'summary' | 'venue' | 'outcomeSummary', multiline: boolean, required = false) => (
    <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 3 }} spacing="md">
      {LANGUAGES.map(({ suffix, lang }) => {
        const name = `${base}${suffix}` as const;
        const props = {
          ...register(name),
          label: t(`events.form.${base}${suffix}`),
          lang,
          dir: 'auto' as const,
          required: required && suffix === 'He',
          error: error(errors[name]),
        };
        return multiline ? (
          <Textarea key={name} {...props} autosize minRows={suffix === 'He' ? 3 : 2} />
        ) : (
          <TextInput key={name} {...props} autoComplete="off" />
        );
      })}
    </SimpleGrid>
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('events.form.whatLegend')}>
          <Stack gap="sm">
            {organisers && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NativeSelect
                  {...register('organiser')}
                  label={t('events.form.organiser')}
                  required
                  data={[{ value: '', label: t('events.form.chooseOrganiser') }, ...organisers]}
                  error={error(errors.organiser)}
                />
                <NativeSelect
                  {...register('kind')}
                  label={t('events.form.kind')}
                  required
                  data={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) }))}
                />
              </SimpleGrid>
            )}
            {trilingual('title', false, true)}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.summaryLegend')}>{trilingual('summary', true)}</Fieldset>

        <Fieldset legend={t('events.form.whenLegend')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                {...register('startsOn')}
                type="date"
                label={t('events.form.startsOn')}
                description={undatedAllowed ? t('events.form.startsOnUndated') : undefined}
                required={!undatedAllowed}
                error={error(errors.startsOn)}
              />
              <TextInput
                {...register('endsOn')}
                type="date"
                label={t('events.form.endsOn')}
                description={t('events.form.endsOnHint')}
                error={error(errors.endsOn)}
              />
            </SimpleGrid>
            <Checkbox {...register('isOnline')} label={t('events.form.isOnline')} error={error(errors.isOnline)} />
            {isOnline ? (
              <TextInput
                {...register('onlineLink')}
                type="url"
                dir="ltr"
                label={t('events.form.onlineLink')}
                description={t('events.form.onlineLinkHint')}
                autoComplete="url"
                error={error(errors.onlineLink)}
              />
            ) : (
              <>
                <Text size="sm">{t('events.form.venueHint')}</Text>
                {trilingual('venue', false)}
              </>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.registrationLegend')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                {...register('capacity')}
                label={t('events.form.capacity')}
                description={t('events.form.capacityHint')}
                inputMode="numeric"
                autoComplete="off"
                error={error(errors.capacity)}
              />
              <TextInput
                {...register('registrationOpensAt')}
                type="datetime-local"
                label={t('events.form.registrationOpensAt')}
                description={t('events.form.windowHint')}
                error={error(errors.registrationOpensAt)}
              />
              <TextInput
                {...register('registrationClosesAt')}
                type="datetime-local"
                label={t('events.form.registrationClosesAt')}
                description={t('events.form.windowHint')}
                error={error(errors.registrationClosesAt)}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="audienceSectors"
              render={({ field }) => (
                <Checkbox.Group
                  value={field.value}
                  onChange={(value) => field.onChange(value as SectorCode[])}
                  label={t('events.form.audienceSectors')}
                  required
                  error={error(errors.audienceSectors)}
                >
                  <Group gap="lg" mt="xs">
                    {SECTOR_CODES.map((sector, index) => (
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
          </Stack>
        </Fieldset>

        <Fieldset legend={t('events.form.tracksLegend')}>
          <Text size="sm" mb="xs">
            {t('events.form.tracksHint')}
          </Text>
          <VisuallyHidden role="status" aria-atomic="true">
            {tracksStatus}
          </VisuallyHidden>
          {errors.tracks?.message && (
            <Text c="red.9" size="sm" mb="xs">
              {error(errors.tracks)}
            </Text>
          )}
          {count === 0 && <Text mb="sm">{t('events.form.noTracks')}</Text>}
          <ol className={classes.trackItems}>
            {tracks.fields.map((field, index) => {
              const itemErrors = errors.tracks?.[index];
              return (
                <li key={field.id}>
                  <fieldset className={classes.trackBlock}>
                    <legend>{t('events.form.track', { number: index + 1 })}</legend>
                    <Stack gap="xs">
                      {(['topic', 'facilitator'] as const).map((part) => (
                        <SimpleGrid key={part} cols={{ base: 1, sm: 3 }} spacing="sm">
                          {LANGUAGES.map(({ suffix, lang }) => (
                            <TextInput
                              key={suffix}
                              {...register(`tracks.${index}.${part}${suffix}`)}
                              id={part === 'topic' && suffix === 'He' ? trackControl(index, 'topic') : undefined}
                              label={t(`events.form.${part}${suffix}`)}
                              lang={lang}
                              dir="auto"
                              autoComplete="off"
                              required={part === 'topic' && suffix === 'He'}
                              error={error(itemErrors?.[`${part}${suffix}`])}
                            />
                          ))}
                        </SimpleGrid>
                      ))}
                      {LANGUAGES.map(({ suffix, lang }) => (
                        <Textarea
                          key={suffix}
                          {...register(`tracks.${index}.outcome${suffix}`)}
                          label={t(`events.form.trackOutcome${suffix}`)}
                          lang={lang}
                          dir="auto"
                          autosize
                          minRows={1}
                          error={error(itemErrors?.[`outcome${suffix}`])}
                        />
                      ))}
                      <Group gap="xs">
                        <Button
                          variant="default"
                          size="xs"
                          id={trackControl(index, 'up')}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                          aria-label={t('events.form.trackUp', { number: index + 1 })}
                        >
                          {t('events.form.up')}
                        </Button>
                        <Button
                          variant="default"
                          size="xs"
                          id={trackControl(index, 'down')}
                          disabled={index === count - 1}
                          onClick={() => move(index, index + 1)}
                          aria-label={t('events.form.trackDown', { number: index + 1 })}
                        >
                          {t('events.form.down')}
                        </Button>
                        <Button
                          variant="outline"
                          color="red.9"
                          size="xs"
                          id={trackControl(index, 'remove')}
                          onClick={() => remove(index)}
                          aria-label={t('events.form.trackRemove', { number: index + 1 })}
                        >
                          {t('events.form.remove')}
                        </Button>
                      </Group>
                    </Stack>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <Button variant="default" mt="sm" id={`${id}-add-track`} onClick={add}>
            {t('events.form.addTrack')}
          </Button>
        </Fieldset>

        <Fieldset legend={t('events.form.outcomeLegend')}>{trilingual('outcomeSummary', true)}</Fieldset>

        <FormError>{serverError}</FormError>
        <Group gap="sm">
          <BusyButton type="submit" busy={isSubmitting}>
            {submitLabel}
          </BusyButton>
          <Button variant="default" onClick={onCancel}>
            {t('events.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
