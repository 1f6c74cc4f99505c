import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/language';
import classes from './forums.module.css';

interface Upcoming {
  startsAt: string;
  title: string;
  location?: string | null;
}

/** The next meeting that has not started: its date and title are public (docs/forums.md). */
export function NextMeeting({ meeting, order = 2 }: { meeting: Upcoming | null; order?: 2 | 3 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="forum-next-meeting" className={classes.section}>
      <Title order={order} id="forum-next-meeting" mb="xs">
        {t('forums.nextMeeting.title')}
      </Title>
      {meeting ? (
        <dl className={classes.facts}>
          <div>
            <dt>{t('forums.meetings.when')}</dt>
            <dd>
              <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt, language)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('forums.meetings.titleField')}</dt>
            <dd>
              <bdi>{meeting.title}</bdi>
            </dd>
          </div>
          {meeting.location && (
            <div>
              <dt>{t('forums.meetings.location')}</dt>
              <dd>
                <bdi>{meeting.location}</bdi>
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <Text>{t('forums.nextMeeting.none')}</Text>
      )}
    </section>
  );
}
