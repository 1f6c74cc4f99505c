import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
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
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@roundtable/shared/localized';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { BusyButton } from '../../app/busy-button';
import { fieldError } from '../../app/form-errors';
import { FormError, FormSuccess } from '../../app/form-status';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { useForumErrorMessage } from './forum-errors';
import {
  createForumInput,
  EMPTY_GOAL,
  emptyForum,
  FORUM_LIMITS,
  forumSchema,
  forumValues,
  kindsFor,
  updateForumInput,
  type ForumOutput,
  type ForumValues,
} from './forum-schema';
import type { ForumData } from './forum-types';
import { CREATE_FORUM_MUTATION, FORUM_REFETCH, TOPICS_QUERY, UPDATE_FORUM_MUTATION } from './forums.graphql';
import { FormDialog } from './member-forms';
import { sectorName } from './sector-label';
import classes from './forums.module.css';

/** Router state the new forum's page reads, to say it was created (not in the address: no bookmark shows it). */
export interface ForumCreatedState {
  forumCreated: true;
}

export function isForumCreatedState(state: unknown): state is ForumCreatedState {
  return (state as { forumCreated?: unknown } | null)?.forumCreated === true;
}

// ---------------------------------------------------------------- edit, on the forum's page

/**
 * Its managers change the forum's name, kind, topic, description, goals, rules and map here
 * (`viewerCanManage`; the API checks again). A map below the members who sit is refused
 * (SEAT_LIMIT) and nothing changes.
 */
export function EditForum({ forum }: { forum: ForumData }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [update] = useMutation(UPDATE_FORUM_MUTATION, { refetchQueries: FORUM_REFETCH, awaitRefetchQueries: true });
  const held = Object.fromEntries(forum.seats.map((row) => [row.sector, row.filled])) as Partial<
    Record<SectorCode, number>
  >;

  return (
    <div className={classes.settings}>
      <Button
        variant="outline"
        onClick={() => {
          setStatus(null);
          setOpened(true);
        }}
      >
        {t('forums.settings.edit')}
      </Button>
      <FormSuccess>{status}</FormSuccess>
      <FormDialog opened={opened} title={t('forums.settings.editTitle')} onClose={() => setOpened(false)} size="xl">
        <ForumForm
          national={forum.isNational}
          initialValues={forumValues(forum)}
          currentTopic={forum.topic}
          held={held}
          submitLabel={t('forums.settings.editSubmit')}
          onCancel={() => setOpened(false)}
          onSubmit={async (values) => {
            await update({ variables: { input: updateForumInput(forum.id, values) } });
            setOpened(false);
            setStatus(t('forums.settings.saved'));
          }}
        />
      </FormDialog>
    </div>
  );
}

// ---------------------------------------------------------------- new, on the cluster's page

/** The cluster's CEO creates a forum of the cluster; its page opens once it is made. */
export function NewForum({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [create] = useMutation(CREATE_FORUM_MUTATION, {
    update(cache) {
      // The cluster's list of forums is asked again when its page is next shown.
      cache.evict({ id: cache.identify({ __typename: 'Cluster', id: clusterId }), fieldName: 'forums' });
    },
  });

  return (
    <>
      <Button mb="md" onClick={() => setOpened(true)}>
        {t('forums.settings.new')}
      </Button>
      <FormDialog opened={opened} title={t('forums.settings.newTitle')} onClose={() => setOpened(false)} size="xl">
        <ForumForm
          national={false}
          initialValues={emptyForum(false)}
          currentTopic={null}
          held={{}}
          submitLabel={t('forums.settings.createSubmit')}
          onCancel={() => setOpened(false)}
          onSubmit={async (values) => {
            const { data } = await create({ variables: { input: createForumInput(clusterId, values) } });
            if (!data) return;
            setOpened(false);
            const state: ForumCreatedState = { forumCreated: true };
            await navigate(`/${language}/forums/${data.createForum.id}`, { state });
          }}
        />
      </FormDialog>
    </>
  );
}

// ---------------------------------------------------------------- the form both use

interface FormProps {
  national: boolean;
  initialValues: ForumValues;
  /** The forum's topic, offered while the list of topics loads. */
  currentTopic: { code: string; name: LocalizedText } | null;
  /** Seats each sector's active members hold now: the least the map may give it. */
  held: Partial<Record<SectorCode, number>>;
  submitLabel: string;
  /** Sends the forum; throws the API's refusal, which the form shows. */
  onSubmit: (values: ForumOutput) => Promise<void>;
  onCancel: () => void;
}

type GoalButton = 'up' | 'down' | 'remove' | 'he';

/**
 * The partial dates the API takes, isolated left-to-right (LRI … PDI) so a right-to-left hint keeps
 * their order, with non-breaking hyphens (U+2011) so no date is split across lines.
 */
const DATE_EXAMPLES = '\u20662013 · 2013\u201101 · 2013\u201101\u201107\u2069';

function ForumForm({ national, initialValues, currentTopic, held, submitLabel, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = useForumErrorMessage('map');
  const id = useId();
  const [serverError, setServerError] = useState<string | null>(null);
  const [goalStatus, setGoalStatus] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const topics = useQuery(TOPICS_QUERY);
  const schema = forumSchema(national);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ForumValues>({ resolver: zodResolver(schema), defaultValues: initialValues });
  const goals = useFieldArray({ control, name: 'goals' });

  // After a goal moves or goes, focus follows it (or its neighbour), so the keyboard keeps its place.
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [goals.fields]);

  const goalControl = (index: number, button: GoalButton) => `${id}-goal-${index}-${button}`;
  const count = goals.fields.length;

  const move = (from: number, to: number) => {
    goals.move(from, to);
    const direction: GoalButton = to < from ? 'up' : 'down';
    // At the top there is no "up" (at the bottom no "down"): the other button of the same goal.
    const exists = direction === 'up' ? to > 0 : to < count - 1;
    pendingFocus.current = goalControl(to, exists ? direction : direction === 'up' ? 'down' : 'up');
    setGoalStatus(t('forums.settings.goalMoved', { from: from + 1, to: to + 1 }));
  };
  const removeGoal = (index: number) => {
    goals.remove(index);
    const left = count - 1;
    pendingFocus.current = left === 0 ? `${id}-add-goal` : goalControl(Math.min(index, left - 1), 'remove');
    setGoalStatus(t('forums.settings.goalRemoved', { number: index + 1 }));
  };

  const collator = new Intl.Collator(language);
  const loadedTopics = topics.data?.topics ?? (currentTopic ? [currentTopic] : []);
  const topicOptions = [
    { value: '', label: t('forums.settings.noTopic') },
    ...loadedTopics
      .map((topic) => ({ value: topic.code, label: localize(topic.name) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  ];
  const kindOptions = [
    ...(initialValues.kind === '' ? [{ value: '', label: t('forums.settings.chooseKind') }] : []),
    ...kindsFor(national).map((kind) => ({ value: kind, label: t(`forums.kind.${kind}`) })),
  ];

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(schema.parse(values));
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  const error = (message: { message?: string } | undefined) => fieldError(t, message);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            {...register('nameHe')}
            label={t('forums.settings.nameHe')}
            lang="he"
            dir="auto"
            autoComplete="off"
            required
            data-autofocus
            error={error(errors.nameHe)}
          />
          <TextInput
            {...register('nameAr')}
            label={t('forums.settings.nameAr')}
            lang="ar"
            dir="auto"
            autoComplete="off"
            error={error(errors.nameAr)}
          />
          <TextInput
            {...register('nameEn')}
            label={t('forums.settings.nameEn')}
            lang="en"
            dir="auto"
            autoComplete="off"
            error={error(errors.nameEn)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            {...register('kind')}
            label={t('forums.settings.kind')}
            required
            data={kindOptions}
            error={error(errors.kind)}
          />
          <Controller
            control={control}
            name="topicCode"
            render={({ field }) => (
              <NativeSelect
                name={field.name}
                ref={field.ref}
                value={field.value}
                onChange={(event) => field.onChange(event.currentTarget.value)}
                onBlur={field.onBlur}
                label={t('forums.settings.topic')}
                data={topicOptions}
                error={error(errors.topicCode)}
              />
            )}
          />
        </SimpleGrid>

        <Fieldset legend={t('forums.settings.description')}>
          <Text size="sm" mb="xs">
            {t('forums.settings.descriptionHint')}
          </Text>
          <Stack gap="sm">
            <Textarea
              {...register('descriptionHe')}
              label={t('forums.settings.descriptionHe')}
              lang="he"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.descriptionHe)}
            />
            <Textarea
              {...register('descriptionAr')}
              label={t('forums.settings.descriptionAr')}
              lang="ar"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.descriptionAr)}
            />
            <Textarea
              {...register('descriptionEn')}
              label={t('forums.settings.descriptionEn')}
              lang="en"
              dir="auto"
              autosize
              minRows={2}
              error={error(errors.descriptionEn)}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('forums.settings.goals')}>
          <Text size="sm" mb="xs">
            {t('forums.settings.goalsHint')}
          </Text>
          <VisuallyHidden role="status" aria-atomic="true">
            {goalStatus}
          </VisuallyHidden>
          {count === 0 && <Text mb="sm">{t('forums.settings.noGoals')}</Text>}
          <ol className={classes.goalList}>
            {goals.fields.map((field, index) => {
              const goalErrors = errors.goals?.[index];
              return (
                <li key={field.id}>
                  <fieldset className={classes.goal}>
                    <legend>{t('forums.settings.goal', { number: index + 1 })}</legend>
                    <Stack gap="xs">
                      <Textarea
                        {...register(`goals.${index}.he`)}
                        id={goalControl(index, 'he')}
                        label={t('forums.settings.goalHe')}
                        lang="he"
                        dir="auto"
                        autosize
                        minRows={1}
                        required
                        error={error(goalErrors?.he)}
                      />
                      <Textarea
                        {...register(`goals.${index}.ar`)}
                        label={t('forums.settings.goalAr')}
                        lang="ar"
                        dir="auto"
                        autosize
                        minRows={1}
                        error={error(goalErrors?.ar)}
                      />
                      <Textarea
                        {...register(`goals.${index}.en`)}
                        label={t('forums.settings.goalEn')}
                        lang="en"
                        dir="auto"
                        autosize
                        minRows={1}
                        error={error(goalErrors?.en)}
                      />
                      <Group gap="xs">
                        {index > 0 && (
                          <Button
                            size="xs"
                            variant="outline"
                            id={goalControl(index, 'up')}
                            onClick={() => move(index, index - 1)}
                          >
                            {t('forums.settings.moveUp')}
                          </Button>
                        )}
                        {index < count - 1 && (
                          <Button
                            size="xs"
                            variant="outline"
                            id={goalControl(index, 'down')}
                            onClick={() => move(index, index + 1)}
                          >
                            {t('forums.settings.moveDown')}
                          </Button>
                        )}
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          id={goalControl(index, 'remove')}
                          onClick={() => removeGoal(index)}
                        >
                          {t('forums.settings.removeGoal')}
                        </Button>
                      </Group>
                    </Stack>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {errors.goals?.message && (
            <Text c="red.9" size="sm" mb="xs" role="alert">
              {error(errors.goals)}
            </Text>
          )}
          {count < FORUM_LIMITS.goalsMax && (
            <Button
              variant="outline"
              size="sm"
              id={`${id}-add-goal`}
              onClick={() => {
                goals.append(EMPTY_GOAL, { shouldFocus: false });
                pendingFocus.current = goalControl(count, 'he');
              }}
            >
              {t('forums.settings.addGoal')}
            </Button>
          )}
        </Fieldset>

        <Fieldset legend={t('forums.settings.rules')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                {...register('launchedOn')}
                label={t('forums.settings.launchedOn')}
                description={t('forums.settings.launchedOnHint', { examples: DATE_EXAMPLES })}
                dir="ltr"
                autoComplete="off"
                error={error(errors.launchedOn)}
              />
              <TextInput
                {...register('termYears')}
                label={t('forums.settings.termYears')}
                description={t('forums.settings.termYearsHint')}
                inputMode="numeric"
                autoComplete="off"
                error={error(errors.termYears)}
              />
              <TextInput
                {...register('minMeetingsPerYear')}
                label={t('forums.settings.minMeetings')}
                description={t('forums.settings.minMeetingsHint')}
                inputMode="numeric"
                autoComplete="off"
                error={error(errors.minMeetingsPerYear)}
              />
            </SimpleGrid>
            <Checkbox {...register('allowsIndividuals')} label={t('forums.settings.allowsIndividuals')} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('forums.settings.map')}>
          <Text size="sm" mb="xs">
            {t('forums.settings.mapHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="md">
            {SECTOR_CODES.map((sector) => {
              const filled = held[sector] ?? 0;
              return (
                <TextInput
                  key={sector}
                  {...register(`seats.${sector}`)}
                  label={localize(sectorName(sector))}
                  description={filled > 0 ? t('forums.settings.held', { count: filled, lng: language }) : undefined}
                  inputMode="numeric"
                  autoComplete="off"
                  error={error(errors.seats?.[sector])}
                />
              );
            })}
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
