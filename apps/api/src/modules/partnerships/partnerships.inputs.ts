import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { DistrictCode } from '@roundtable/shared/districts';
import {
  PARTNERSHIP_LIMITS as LIMITS,
  REPORTING_PERIOD_MAX_MONTHS,
  REPORTING_PERIOD_MIN_MONTHS,
  SDG_TARGET_PATTERN,
  type FundingMechanism,
  type PartnerRole,
  type PartnershipKind,
  type PartnershipStatus,
} from '@roundtable/shared/partnerships';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import {
  FundingMechanismEnum,
  PartnerRoleEnum,
  PartnershipKindEnum,
  PartnershipStatusEnum,
} from './partnerships.enums.js';

const LIST = { message: `at most ${LIMITS.listItems} items` };

@InputType()
export class PartnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId: string;

  @Field(() => PartnerRoleEnum, { defaultValue: 'PARTNER' })
  role: PartnerRole;
}

@InputType()
export class MilestoneInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  @Field(() => LocalDateScalar, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class IndicatorInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Such as tons, households, %' })
  @IsOptional()
  @ValidateNested()
  unit?: LocalizedTextInput | null;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;
}

/** What create and update share: the partnership's own fields and the lists it is classified by. */
@InputType()
abstract class PartnershipFieldsInput {
  /** Longer than LocalizedTextInput's 500 characters: the service checks its length. */
  @Field(() => LocalizedTextInput, { nullable: true, description: `Up to ${LIMITS.summary} characters a language` })
  summary?: LocalizedTextInput | null;

  @Field(() => FundingMechanismEnum, { nullable: true })
  fundingMechanism?: FundingMechanism | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'In agorot (1 ₪ = 100 agorot), 0 or more' })
  @IsOptional()
  @Min(0, { message: 'budgetAgorot may not be negative' })
  budgetAgorot?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or after startOn' })
  endOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Months between progress reports, 1 to 12' })
  @IsOptional()
  @IsInt()
  @Min(REPORTING_PERIOD_MIN_MONTHS, { message: 'reportingPeriodMonths is 1 to 12' })
  @Max(REPORTING_PERIOD_MAX_MONTHS, { message: 'reportingPeriodMonths is 1 to 12' })
  reportingPeriodMonths?: number | null;
}

@InputType()
export class CreatePartnershipInput extends PartnershipFieldsInput {
  @Field(() => PartnershipKindEnum)
  kind: PartnershipKind;

  @Field(() => ID, {
    nullable: true,
    description: "The cluster it belongs to (its CEO's); none for a national cross-sector partnership (the PMO's)",
  })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  @Field(() => PartnershipStatusEnum, { defaultValue: 'IDEA' })
  status: PartnershipStatus;

  @Field(() => [DistrictCodeEnum], { defaultValue: [] })
  @ArrayUnique({ message: 'districts lists a district twice' })
  districts: DistrictCode[];

  @Field(() => [Int], { defaultValue: [], description: 'Action directions, 1 to 7 (seed 004)' })
  @ArrayUnique({ message: 'directions lists a direction twice' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'directions are numbered 1 to 7' })
  @Max(7, { each: true, message: 'directions are numbered 1 to 7' })
  directions: number[];

  @Field(() => [Int], { defaultValue: [], description: 'Sustainable Development Goals, 1 to 17' })
  @ArrayUnique({ message: 'sdgs lists a goal twice' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'SDGs are numbered 1 to 17' })
  @Max(17, { each: true, message: 'SDGs are numbered 1 to 17' })
  sdgs: number[];

  @Field(() => [String], { defaultValue: [], description: 'SDG targets such as 11.6 or 6.a; each of a goal in sdgs' })
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ArrayUnique({ message: 'sdgTargets lists a target twice' })
  @Matches(SDG_TARGET_PATTERN, { each: true, message: 'an SDG target is a goal and a target, such as 11.6 or 6.a' })
  sdgTargets: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ArrayUnique({ message: 'topicCodes lists a topic twice' })
  topicCodes: string[];

  @Field(() => [PartnerInput], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ValidateNested({ each: true })
  partners: PartnerInput[];

  @Field(() => [MilestoneInput], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ValidateNested({ each: true })
  milestones: MilestoneInput[];

  @Field(() => [IndicatorInput], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ValidateNested({ each: true })
  indicators: IndicatorInput[];
}

/** Fields left out stay as they are; a list given replaces the list; null clears a field that may be empty. */
@InputType()
export class UpdatePartnershipInput extends PartnershipFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput | null;

  @Field(() => PartnershipStatusEnum, { nullable: true })
  status?: PartnershipStatus | null;

  @Field(() => [DistrictCodeEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'districts lists a district twice' })
  districts?: DistrictCode[] | null;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'directions lists a direction twice' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'directions are numbered 1 to 7' })
  @Max(7, { each: true, message: 'directions are numbered 1 to 7' })
  directions?: number[] | null;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'sdgs lists a goal twice' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'SDGs are numbered 1 to 17' })
  @Max(17, { each: true, message: 'SDGs are numbered 1 to 17' })
  sdgs?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the targets; each of a goal in sdgs (as updated)' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ArrayUnique({ message: 'sdgTargets lists a target twice' })
  @Matches(SDG_TARGET_PATTERN, { each: true, message: 'an SDG target is a goal and a target, such as 11.6 or 6.a' })
  sdgTargets?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ArrayUnique({ message: 'topicCodes lists a topic twice' })
  topicCodes?: string[] | null;
}

@InputType()
export class AddPartnershipPartnerInput extends PartnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;
}

@InputType()
export class AddPartnershipMilestoneInput extends MilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;
}

@InputType()
export class UpdatePartnershipMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'milestoneId must be a milestone id' })
  milestoneId: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null removes the due day' })
  dueOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was done; null marks it not done' })
  doneOn?: string | null;
}

@InputType()
export class AddPartnershipIndicatorInput extends IndicatorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;
}

@InputType()
export class UpdatePartnershipIndicatorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'indicatorId must be an indicator id' })
  indicatorId: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  unit?: LocalizedTextInput | null;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;
}

@InputType()
export class IndicatorValueInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'indicatorId must be an indicator id' })
  indicatorId: string;

  @Field(() => Float)
  value: number;
}

@InputType()
export class ReportPartnershipProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field(() => LocalDateScalar, { description: 'The day the report speaks of: today or earlier, in Israel' })
  reportedOn: string;

  /** Longer than LocalizedTextInput's 500 characters: the service checks its length. */
  @Field(() => LocalizedTextInput, { description: `Up to ${LIMITS.reportText} characters a language` })
  text: LocalizedTextInput;

  @Field(() => [IndicatorValueInput], { defaultValue: [], description: "Values of the partnership's indicators" })
  @ArrayMaxSize(LIMITS.listItems, LIST)
  @ValidateNested({ each: true })
  values: IndicatorValueInput[];

  @Field(() => String, {
    description: 'Chosen by the client per report: a retry with the same key returns the same report',
  })
  @Length(1, LIMITS.idempotencyKey, { message: `idempotencyKey must be 1 to ${LIMITS.idempotencyKey} characters` })
  idempotencyKey: string;
}
