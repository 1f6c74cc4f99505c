import { Authorized, Field, Float, Int, ObjectType } from 'type-graphql';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { AgeBand, Gender } from '@roundtable/shared/pool';
import type { SectorCode } from '@roundtable/shared/sectors';
import { PageInfo } from '../../common/graphql/pagination.js';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Topic } from '../reference/topic.entity.js';
import type { StakeholderFilterArgs } from './pool.args.js';
import { AgeBandEnum, GenderEnum } from './pool.enums.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

@ObjectType()
export class StakeholderEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => StakeholderProfile)
  node: StakeholderProfile;

  @Field(() => Float, { nullable: true, description: 'How well the profile matches the search text; null without one' })
  score: number | null;
}

// The facets' counts are plain values: graphql-js reads each field itself (simpleResolvers, which
// would skip an @Authorized field: these types must have none).
@ObjectType({ simpleResolvers: true })
export class SectorCount {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class TopicCount {
  @Field(() => Topic)
  topic: Topic;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class DistrictCount {
  @Field(() => DistrictCodeEnum)
  district: DistrictCode;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class LanguageCount {
  @Field(() => String)
  language: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true })
export class BooleanCount {
  @Field(() => Boolean)
  value: boolean;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    "How many profiles each filter's values would give: every other filter applied, not the facet's own, so a choice shows its alternatives",
})
export class StakeholderFacets {
  @Field(() => [SectorCount])
  sectors: SectorCount[];

  @Field(() => [TopicCount])
  topics: TopicCount[];

  @Field(() => [DistrictCount])
  districts: DistrictCount[];

  @Field(() => [LanguageCount])
  languages: LanguageCount[];

  @Field(() => [BooleanCount])
  openToConsultation: BooleanCount[];

  @Field(() => [BooleanCount])
  openToSectorMove: BooleanCount[];
}

@ObjectType({ description: 'A page of the partner pool, best match first (by name without search text)' })
export class StakeholderConnection {
  @Field(() => [StakeholderEdge])
  edges: StakeholderEdge[];

  @Field(() => [StakeholderProfile])
  nodes: StakeholderProfile[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All matches, on all pages' })
  totalCount: number;

  /** The search, for the facets' field resolver. */
  filters: StakeholderFilterArgs;
}

@ObjectType({ description: 'Why a partner is suggested' })
export class MatchReason {
  @Field(() => [Topic], { description: 'Topics both work on' })
  sharedTopics: Topic[];

  @Field(() => [DistrictCodeEnum], { description: 'Districts both work in' })
  sharedDistricts: DistrictCode[];

  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Boolean, {
    description:
      "The partner's sector is not the subject's (for a person or an organisation), or is among the fewest on the topic (for a topic)",
  })
  complementarySector: boolean;

  @Field(() => Boolean)
  openToConsultation: boolean;
}

@ObjectType({ description: 'A suggested partner from another sector, with the reason' })
export class StakeholderMatch {
  @Field(() => StakeholderProfile)
  stakeholder: StakeholderProfile;

  @Field(() => Float)
  score: number;

  @Field(() => MatchReason)
  reason: MatchReason;
}

@ObjectType({
  description:
    'A count of people; null when the group is too small to show (fewer than five), or would give a small one away',
})
export class ProtectedSectorCount {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Int, { nullable: true })
  count: number | null;
}

@ObjectType()
export class ProtectedGenderCount {
  @Authorized('PMO_ANALYST', 'ADMIN', 'CLUSTER_CEO')
  @Field(() => GenderEnum, { nullable: true, description: 'Null: not given' })
  gender: Gender | null;

  @Field(() => Int, { nullable: true })
  count: number | null;
}

@ObjectType()
export class ProtectedAgeBandCount {
  @Field(() => AgeBandEnum, { nullable: true, description: 'Null: not given' })
  ageBand: AgeBand | null;

  @Field(() => Int, { nullable: true })
  count: number | null;
}

@ObjectType()
export class ProtectedDistrictCount {
  @Field(() => DistrictCodeEnum, { nullable: true, description: 'Null: no district given' })
  district: DistrictCode | null;

  @Field(() => Int, { nullable: true })
  count: number | null;
}

@ObjectType({ description: 'A sector with fewer than five people on the topic' })
export class SectorGap {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Boolean, { description: 'No one at all (otherwise one to four: the exact number is not shown)' })
  isMissing: boolean;
}

@ObjectType({
  description:
    'The pool in aggregate: counts by sector, gender, age band and district, each only for groups of at least five, with complementary suppression',
})
export class PoolDiversity {
  @Field(() => Topic, { nullable: true })
  topic: Topic | null;

  @Field(() => Int)
  minimumGroupSize: number;

  @Field(() => Int, { nullable: true, description: 'People counted; null when fewer than the minimum' })
  total: number | null;

  @Field(() => [ProtectedSectorCount])
  bySector: ProtectedSectorCount[];

  @Authorized('PMO_ANALYST', 'ADMIN', 'CLUSTER_CEO')
  @Field(() => [ProtectedGenderCount])
  byGender: ProtectedGenderCount[];

  @Field(() => [ProtectedAgeBandCount])
  byAgeBand: ProtectedAgeBandCount[];

  @Field(() => [ProtectedDistrictCount], {
    description: 'A person may work in several districts, so these need not add up to the total',
  })
  byDistrict: ProtectedDistrictCount[];

  @Field(() => [SectorGap], { description: 'For a topic: the sectors missing or nearly missing from it' })
  sectorGaps: SectorGap[];
}
