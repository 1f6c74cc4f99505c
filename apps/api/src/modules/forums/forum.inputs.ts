import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { ForumKind } from '@roundtable/shared/forums';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import { PartialDateScalar } from '../../common/graphql/partial-date.scalar.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { ForumKindEnum } from './forum.enums.js';

/** The most goals a forum lists; more belong in a work plan. */
export const MAX_FORUM_GOALS = 20;
/** Seats a sector may have: the Haifa Bay forum has 9 per sector; a national table more. */
export const MAX_SEATS_PER_SECTOR = 200;

@InputType({ description: "A sector's seats in the representation map" })
export class ForumSeatInput {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Int)
  @Min(1, { message: 'seats must be at least 1; leave a sector out of the map to give it none' })
  @Max(MAX_SEATS_PER_SECTOR, { message: `seats must be at most ${MAX_SEATS_PER_SECTOR} for a sector` })
  seats: number;
}

@InputType({ description: "A new forum: a cluster's, or national (the round table) when clusterId is left out" })
export class CreateForumInput {
  @Field(() => ID, { nullable: true, description: 'The cluster; leave out for a national round table (the PMO)' })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => ForumKindEnum)
  kind: ForumKind;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Who sits in it and what it is for' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'A topic code from the topics list' })
  @IsOptional()
  @MaxLength(100, { message: 'topicCode is not a topic code' })
  topicCode?: string | null;

  @Field(() => [LocalizedTextInput], { defaultValue: [], description: 'In order' })
  @ArrayMaxSize(MAX_FORUM_GOALS, { message: `a forum lists at most ${MAX_FORUM_GOALS} goals` })
  @ValidateNested({ each: true })
  goals: LocalizedTextInput[];

  @Field(() => [ForumSeatInput], {
    defaultValue: [],
    description: 'The representation map, a row per sector; none for a forum with no seat limit',
  })
  @ArrayMaxSize(6, { message: 'the map has at most one row for each of the 6 sectors' })
  @ValidateNested({ each: true })
  seats: ForumSeatInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'termYears must be at least 1' })
  @Max(10, { message: 'termYears must be at most 10' })
  termYears?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'minMeetingsPerYear must be at least 1; leave it out for no minimum' })
  @Max(52, { message: 'minMeetingsPerYear must be at most 52' })
  minMeetingsPerYear?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  allowsIndividuals: boolean;

  @Field(() => PartialDateScalar, { nullable: true })
  launchedOn?: string | null;
}

@InputType({
  description:
    'Changes to a forum: a field left out stays as it is; null clears description, topicCode, termYears, minMeetingsPerYear and launchedOn. goals and seats replace the whole list ([] for none).',
})
export class UpdateForumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a forum id' })
  id: string;

  @Field(() => ForumKindEnum, { nullable: true })
  kind?: ForumKind | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'topicCode is not a topic code' })
  topicCode?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_FORUM_GOALS, { message: `a forum lists at most ${MAX_FORUM_GOALS} goals` })
  @ValidateNested({ each: true })
  goals?: LocalizedTextInput[] | null;

  @Field(() => [ForumSeatInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6, { message: 'the map has at most one row for each of the 6 sectors' })
  @ValidateNested({ each: true })
  seats?: ForumSeatInput[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'termYears must be at least 1' })
  @Max(10, { message: 'termYears must be at most 10' })
  termYears?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'minMeetingsPerYear must be at least 1; set it to null for no minimum' })
  @Max(52, { message: 'minMeetingsPerYear must be at most 52' })
  minMeetingsPerYear?: number | null;

  @Field(() => Boolean, { nullable: true })
  allowsIndividuals?: boolean | null;

  @Field(() => PartialDateScalar, { nullable: true })
  launchedOn?: string | null;
}
