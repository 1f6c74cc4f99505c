import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  EVENT_LIMITS as LIMITS,
  type EventKind,
  type EventTiming,
  type RegistrationStatus,
} from '@roundtable/shared/events';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { EventKindEnum, EventTimingEnum, RegistrationStatusEnum } from './events.enums.js';

/** A long text in three languages (a summary): Hebrew required. */
@InputType()
export class EventTextInput {
  @Field(() => String)
  @MaxLength(LIMITS.summary, { message: `he must be at most ${LIMITS.summary} characters` })
  he: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.summary, { message: `ar must be at most ${LIMITS.summary} characters` })
  ar?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.summary, { message: `en must be at most ${LIMITS.summary} characters` })
  en?: string | null;
}

@InputType({ description: 'A discussion track; tracks are numbered in the order given' })
export class EventTrackInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  topic: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  facilitator?: LocalizedTextInput | null;

  @Field(() => EventTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  outcomeSummary?: EventTextInput | null;
}

/** What createEvent and updateEvent share; on update, a field left out keeps its value. */
@InputType({ description: 'What creating and updating an event share' })
export class EventFieldsInput {
  @Field(() => EventTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  summary?: EventTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  venue?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'localAuthorityId must be a local authority id' })
  localAuthorityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where to join an online event (https)' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'onlineLink must be an https link' })
  @MaxLength(2000)
  onlineLink?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; null: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity is at least 1 (or null for no limit)' })
  @Max(LIMITS.capacity)
  capacity?: number | null;

  @Field(() => Date, { nullable: true })
  registrationOpensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  registrationClosesAt?: Date | null;

  @Field(() => [SectorCodeEnum], { nullable: true, description: 'The sectors it is for' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  audienceSectors?: SectorCode[] | null;

  @Field(() => [EventTrackInput], { nullable: true, description: 'Replaces every track when given' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @ValidateNested({ each: true })
  tracks?: EventTrackInput[] | null;

  @Field(() => EventTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  outcomeSummary?: EventTextInput | null;

  @Field(() => [Int], { nullable: true, description: 'The action directions (1–7) it produced' })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'a direction is 1 to 7' })
  @Max(7, { each: true, message: 'a direction is 1 to 7' })
  outcomeDirections?: number[] | null;

  @Field(() => [ID], { nullable: true, description: 'The partnerships it produced' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @IsUUID('all', { each: true, message: 'outcomePartnershipIds must be partnership ids' })
  outcomePartnershipIds?: string[] | null;
}

@InputType()
export class CreateEventInput extends EventFieldsInput {
  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field(() => ID, {
    nullable: true,
    description: "The organising cluster (its CEO); null: the PMO unit's national event",
  })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => ID, { nullable: true, description: "A forum of the organiser's the event is held for" })
  @IsOptional()
  @IsUUID('all', { message: 'forumId must be a forum id' })
  forumId?: string | null;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  @Field(() => Boolean, { defaultValue: false })
  isOnline: boolean;

  @Field(() => LocalDateScalar)
  startsOn: string;
}

@InputType()
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput | null;

  @Field(() => Boolean, { nullable: true })
  isOnline?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startsOn?: string | null;
}

@InputType({ description: 'Narrows the calendar; every condition given must hold' })
export class EventFilter {
  @Field(() => EventTimingEnum, { nullable: true })
  timing?: EventTiming | null;

  @Field(() => EventKindEnum, { nullable: true })
  kind?: EventKind | null;

  @Field(() => ID, { nullable: true, description: "A cluster's events" })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only the PMO unit's national events" })
  national?: boolean | null;
}

@ArgsType()
export class EventsArgs {
  @Field(() => EventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EventFilter | null;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 50;
}

@ArgsType()
export class EventArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an event id' })
  id: string;
}

@ArgsType()
export class EventIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId: string;
}

@ArgsType()
export class RegisterForEventArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be an event id' })
  eventId: string;

  @Field(() => SectorCodeEnum, { description: 'The sector the person comes from' })
  sector: SectorCode;

  @Field(() => ID, { nullable: true, description: 'The organisation they come from, when there is one' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId?: string | null;
}

@ArgsType()
export class RegistrationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'registrationId must be a registration id' })
  registrationId: string;
}

@ArgsType()
export class EventRegistrationsArgs extends EventIdArgs {
  @Field(() => RegistrationStatusEnum, { nullable: true, description: 'Only registrations in this status' })
  @IsOptional()
  status?: RegistrationStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the registrant's name, in any of its languages; case-insensitive",
  })
  @IsOptional()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'after is not a valid cursor' })
  after?: string | null;
}

@ArgsType()
export class EventParticipationArgs {
  @Field(() => LocalDateScalar, { description: 'The first day: events whose first day is on or after it' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'The last day: events whose first day is on or before it' })
  to: string;

  @Field(() => EventKindEnum, { nullable: true, description: 'Only events of this kind' })
  @IsOptional()
  kind?: EventKind | null;
}
