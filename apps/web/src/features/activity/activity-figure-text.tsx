import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { attendanceState, formatPercent, type Figures } from './activity-figures';
import classes from './activity.module.css';

/** Average attendance as a percent, or why there is none: never a 0% for a record that is empty. */
export function AttendanceText({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = attendanceState(figures);
  switch (state.kind) {
    case 'share':
      return <>{formatPercent(state.share, language)}</>;
    case 'noForums':
      return <span className={classes.none}>{t('activity.noForums')}</span>;
    case 'noMeetings':
      return <span className={classes.none}>{t('activity.noMeetings')}</span>;
    case 'noAttendance':
      return <span className={classes.none}>{t('activity.noAttendance')}</span>;
  }
}
