import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { AttendanceStatus } from '@roundtable/shared/forums';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { SectorCode } from '@roundtable/shared/sectors';
import { PageInfo } from '../../common/graphql/pagination.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { District } from '../geography/district.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { AttendanceStatusEnum } from './forum.enums.js';
import { ForumMember } from './forum-member.entity.js';
import { Meeting } from './meeting.entity.js';

@ObjectType({ description: "A page of a forum's meetings, newest first" })
export class MeetingConnection {
  @Field(() => [Meeting])
  nodes: Meeting[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: 'How many meetings a forum held (or has scheduled) in a calendar month in Israel' })
export class MeetingMonth {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  meetings: number;
}

@ObjectType({ description: "A member's attendance in a calendar year against the forum's minimum (rule 3)" })
export class MemberAttendance {
  @Field(() => ForumMember)
  member: ForumMember;

  @Field(() => Int, { description: 'Meetings of the year the member came to' })
  attended: number;

  @Field(() => Int, {
    nullable: true,
    description: "The minimum pro-rated to the part of the year the member's term covers, rounded up",
  })
  required: number | null;

  @Field(() => Int, { nullable: true, description: 'The minimum pro-rated to today, rounded down' })
  expectedByNow: number | null;

  @Field(() => AttendanceStatusEnum, { nullable: true, description: 'Null when the forum sets no minimum' })
  status: AttendanceStatus | null;
}

@ObjectType({ description: 'At one meeting: seat-holding members of a sector who came, against its seats' })
export class MeetingSectorBalance {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Int, { nullable: true, description: "The sector's seats; null when the map gives it none" })
  seats: number | null;

  @Field(() => Int)
  attended: number;
}

@ObjectType({ description: "Figures of clusters' forums" })
export class ActivityFigures {
  @Field(() => Int)
  forums: number;

  @Field(() => Int, { description: 'Meetings that started in the last 12 months' })
  meetingsLast12Months: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The average, over those meetings with attendance recorded, of the share of seat-holding members present (0 to 1); null when there are none',
  })
  averageAttendance: number | null;

  @Field(() => Int, { description: "Seats of the forums' representation maps that no active member holds" })
  vacancies: number;
}

@ObjectType({ description: "One cluster's forum activity" })
export class ClusterActivity extends ActivityFigures {
  clusterId: string;

  @Field(() => Cluster)
  cluster?: Cluster;
}

@ObjectType({ description: 'The forum activity of the clusters of a district' })
export class DistrictActivity extends ActivityFigures {
  districtCode: DistrictCode | null;

  @Field(() => District, { nullable: true, description: 'Null for the clusters no source places in a district' })
  district?: District | null;

  @Field(() => [ClusterActivity])
  clusters: ClusterActivity[];
}

@ObjectType({ description: "Clusters' forum activity, per district and per cluster, and for them all" })
export class ClusterActivityReport {
  @Field(() => ActivityFigures)
  total: ActivityFigures;

  @Field(() => [DistrictActivity])
  districts: DistrictActivity[];
}
