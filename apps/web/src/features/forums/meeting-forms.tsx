import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../app/busy-button';
import { fieldError } from '../../app/form-errors';
import { FormError } from '../../app/form-status';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import { useLocalizedString } from '../../app/localized';
import { instantToIsraelTime, membersSeatedOn } from './forum-data';
import { useForumErrorMessage } from './forum-errors';
import type { MeetingData, MemberData } from './forum-types';
import {
  FORUM_REFETCH,
  RECORD_ATTENDANCE_MUTATION,
  SCHEDULE_MEETING_MUTATION,
  UPDATE_MEETING_MUTATION,
} from './forums.graphql';
import { FormDialog } from './member-forms';
import { EMPTY_MEETING, meetingInput, meetingSchema, meetingValues, type MeetingValues } from './meeting-schema';
import { sectorName } from './sector-label';
import classes from './forums.module.css';

// ---------------------------------------------------------------- schedule or change

export function MeetingDialog({
  opened,
  forumId,
  meeting,
  onClose,
  onDone,
}: {
  opened: boolean;
  forumId: string;
  /** Null to schedule a new meeting. */
  meeting: MeetingData | null;
  onClose: () => void;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      opened={opened}
      title={t(meeting ? 'forums.meetingForm.editTitle' : 'forums.meetingForm.scheduleTitle')}
      onClose={onClose}
    >
      <MeetingForm forumId={forumId} meeting={meeting} onCancel={onClose} onDone={onDone} />
    </FormDialog>
  );
}

function MeetingForm({
  forumId,
  meeting,
  onCancel,
  onDone,
}: {
  forumId: string;
  meeting: MeetingData | null;
  onCancel: () => void;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useForumErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const options = { refetchQueries: FORUM_REFETCH, awaitRefetchQueries: true };
  const [schedule] = useMutation(SCHEDULE_MEETING_MUTATION, options);
  const [update] = useMutation(UPDATE_MEETING_MUTATION, options);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<MeetingValues>({
    resolver: zodResolver(meetingSchema),
    defaultValues: meeting ? meetingValues(meeting) : EMPTY_MEETING,
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const input = meetingInput(meetingSchema.parse(values));
    try {
      if (meeting) await update({ variables: { input: { ...input, id: meeting.id } } });
      else {
        // Scheduling takes no summary: one is written after the meeting, by changing it.
        const { startsAt, title, location, agenda } = input;
        await schedule({ variables: { input: { forumId, startsAt, title, location, agenda } } });
      }
      onDone(input.title);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('forums.meetingForm.timeZone')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...register('date')}
            type="date"
            label={t('forums.meetingForm.date')}
            required
            data-autofocus
            error={fieldError(t, errors.date)}
          />
          <TextInput
            {...register('time')}
            type="time"
            label={t('forums.meetingForm.time')}
            required
            error={fieldError(t, errors.time)}
          />
        </SimpleGrid>
        <TextInput
          {...register('title')}
          label={t('forums.meetings.titleField')}
          dir="auto"
          autoComplete="off"
          required
          error={fieldError(t, errors.title)}
        />
        <TextInput
          {...register('location')}
          label={t('forums.meetings.location')}
          dir="auto"
          autoComplete="off"
          error={fieldError(t, errors.location)}
        />
        <Textarea
          {...register('agenda')}
          label={t('forums.meetings.agenda')}
          dir="auto"
          autosize
          minRows={3}
          error={fieldError(t, errors.agenda)}
        />
        {meeting && (
          <Textarea
            {...register('summary')}
            label={t('forums.meetings.summary')}
            description={t('forums.meetingForm.summaryHint')}
            dir="auto"
            autosize
            minRows={3}
            error={fieldError(t, errors.summary)}
          />
        )}
        <FormError>{serverError}</FormError>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <BusyButton type="submit" busy={isSubmitting}>
            {t(meeting ? 'forums.meetingForm.editSubmit' : 'forums.meetingForm.scheduleSubmit')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}

// ---------------------------------------------------------------- attendance

export function AttendanceDialog({
  meeting,
  members,
  onClose,
  onDone,
}: {
  meeting: MeetingData | null;
  members: readonly MemberData[];
  onClose: () => void;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      opened={meeting !== null}
      title={meeting ? t('forums.attendanceForm.title', { title: meeting.title }) : ''}
      onClose={onClose}
    >
      {meeting && <AttendanceForm meeting={meeting} members={members} onCancel={onClose} onDone={onDone} />}
    </FormDialog>
  );
}

/**
 * Who came, as a checklist of the members who sat on the meeting's date in Israel (the API
 * refuses anyone else); the list replaces what was recorded.
 */
function AttendanceForm({
  meeting,
  members,
  onCancel,
  onDone,
}: {
  meeting: MeetingData;
  members: readonly MemberData[];
  onCancel: () => void;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedString();
  const errorMessage = useForumErrorMessage();
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RECORD_ATTENDANCE_MUTATION, {
    refetchQueries: FORUM_REFETCH,
    awaitRefetchQueries: true,
  });
  const { date } = instantToIsraelTime(meeting.startsAt);
  const collator = new Intl.Collator(language);
  const seated = membersSeatedOn(members, date).sort((a, b) => collator.compare(localize(a.name), localize(b.name)));
  const [present, setPresent] = useState<Set<string>>(
    () => new Set((meeting.attendance ?? []).map((member) => member.id)),
  );

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setServerError(null);
    setBusy(true);
    try {
      // Only those seated on the day: a member marked before and ended since drops out of the list.
      const memberIds = seated.filter((member) => present.has(member.id)).map((member) => member.id);
      await record({ variables: { input: { meetingId: meeting.id, memberIds } } });
      onDone(meeting.title);
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('forums.attendanceForm.intro', { date: formatDateTime(meeting.startsAt, language) })}</Text>
        {seated.length === 0 ? (
          <Text>{t('forums.attendanceForm.noMembers')}</Text>
        ) : (
          <fieldset className={classes.checklist}>
            <legend>{t('forums.attendanceForm.legend')}</legend>
            {seated.map((member, index) => (
              <Checkbox
                key={member.id}
                data-autofocus={index === 0 || undefined}
                checked={present.has(member.id)}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setPresent((current) => {
                    const next = new Set(current);
                    if (checked) next.add(member.id);
                    else next.delete(member.id);
                    return next;
                  });
                }}
                label={localize(member.name)}
                description={[
                  member.sector ? localize(sectorName(member.sector)) : null,
                  t(`forums.role.${member.role}`),
                ]
                  .filter(Boolean)
                  .join(t('common.separator'))}
              />
            ))}
          </fieldset>
        )}
        <FormError>{serverError}</FormError>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('dialog.cancel')}
          </Button>
          <BusyButton type="submit" busy={busy}>
            {t('forums.attendanceForm.submit')}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
