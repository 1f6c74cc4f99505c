import { EVENT_KINDS, EVENT_TIMINGS, REGISTRATION_STATES, REGISTRATION_STATUSES } from '@roundtable/shared/events';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const EventKindEnum = registerCodeEnum(
  EVENT_KINDS,
  'EventKind',
  'CONFERENCE, EXPOSURE_CONFERENCE (כנס חשיפה, a cluster presenting itself), ONLINE_EVENT, WORKSHOP',
);
export const RegistrationStatusEnum = registerCodeEnum(
  REGISTRATION_STATUSES,
  'RegistrationStatus',
  'CONFIRMED while the event has room, else WAITLISTED in arrival order (promoted in that order when a confirmed one cancels); CANCELLED',
);
export const RegistrationStateEnum = registerCodeEnum(
  REGISTRATION_STATES,
  'RegistrationState',
  "By the server's clock: NOT_YET_OPEN before the window, CLOSED after it or once closed by hand, else OPEN",
);
export const EventTimingEnum = registerCodeEnum(
  EVENT_TIMINGS,
  'EventTiming',
  'UPCOMING through its last day (in Israel), PAST after it, UNDATED where its source gives no date',
);
