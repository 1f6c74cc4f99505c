import type {
  ForumAttendanceQuery,
  ForumDashboardQuery,
  ForumMeetingsQuery,
  ForumMemberFieldsFragment,
  ForumPageQuery,
} from '../../gql/graphql';

export type ForumData = ForumPageQuery['forum'];
export type PublicMember = ForumData['members'][number];
export type DashboardData = ForumDashboardQuery['forum'];
export type MemberData = ForumMemberFieldsFragment;
export type AttendanceRow = NonNullable<ForumAttendanceQuery['forum']['attendance']>[number];
export type MeetingData = NonNullable<ForumMeetingsQuery['forum']['meetings']>['nodes'][number];
