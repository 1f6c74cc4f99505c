import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  APPLICATION_LIMITS as LIMITS,
  SCORE_MAX,
  SCORE_MIN,
  type ApplicationDecision,
  type NomineeKind,
} from '@roundtable/shared/calls';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { ApplicationDecisionEnum, NomineeKindEnum } from './calls.enums.js';

/** Some text besides spaces: a required free text may not be blank. */
const NOT_BLANK = /\S/;
const MAX_CRITERIA = 20;

@InputType()
export class CallCriterionInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;
}

@InputType()
export class CreateCallInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'forumId must be a forum id' })
  forumId: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  /** A document, longer than LocalizedTextInput's 500 characters: the service checks its length. */
  @Field(() => LocalizedTextInput)
  text: LocalizedTextInput;

  @Field(() => LocalDateScalar, { nullable: true })
  opensOn?: string | null;

  @Field(() => LocalDateScalar)
  deadline: string;

  @Field(() => [SectorCodeEnum])
  @ArrayMinSize(1, { message: 'eligibleSectors needs at least one sector' })
  @ArrayUnique({ message: 'eligibleSectors lists a sector twice' })
  eligibleSectors: SectorCode[];

  @Field(() => Boolean, { defaultValue: false })
  allowsIndividuals: boolean;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { message: 'rotation is 1 or more' })
  @Max(100, { message: 'rotation is at most 100' })
  rotation: number;

  @Field(() => [CallCriterionInput], { description: 'At least one' })
  @ArrayMinSize(1, { message: 'criteria needs at least one criterion' })
  @ArrayMaxSize(MAX_CRITERIA, { message: `criteria has at most ${MAX_CRITERIA} criteria` })
  @ValidateNested({ each: true })
  criteria: CallCriterionInput[];
}

@InputType({ description: "A DRAFT call's fields; left out = unchanged" })
export class UpdateCallInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'callId must be a call id' })
  callId: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  text?: LocalizedTextInput | null;

  @Field(() => LocalDateScalar, { nullable: true })
  opensOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  deadline?: string | null;

  @Field(() => [SectorCodeEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'eligibleSectors needs at least one sector' })
  @ArrayUnique({ message: 'eligibleSectors lists a sector twice' })
  eligibleSectors?: SectorCode[] | null;

  @Field(() => Boolean, { nullable: true })
  allowsIndividuals?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'rotation is 1 or more' })
  @Max(100, { message: 'rotation is at most 100' })
  rotation?: number | null;

  @Field(() => [CallCriterionInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'criteria needs at least one criterion' })
  @ArrayMaxSize(MAX_CRITERIA, { message: `criteria has at most ${MAX_CRITERIA} criteria` })
  @ValidateNested({ each: true })
  criteria?: CallCriterionInput[] | null;
}

@InputType()
export class ExtendCallDeadlineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'callId must be a call id' })
  callId: string;

  @Field(() => LocalDateScalar)
  newDeadline: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  reason: LocalizedTextInput;
}

@InputType()
export class ApplicationOrganisationInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => String, { description: 'ע"ר or ח"פ: nine digits; finds the organisation when it is known' })
  @Matches(/^[\d\s-]{9,15}$/, {
    message: 'registrationNumber has nine digits, such as 580123456 or 58-012345-6',
  })
  registrationNumber: string;
}

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'callId must be a call id' })
  callId: string;

  @Field(() => String, { description: 'The same key on a retry returns the same application' })
  @Length(1, LIMITS.idempotencyKey, { message: `idempotencyKey is 1 to ${LIMITS.idempotencyKey} characters` })
  idempotencyKey: string;

  @Field(() => NomineeKindEnum, { defaultValue: 'ORGANISATION_HEAD' })
  nomineeKind: NomineeKind;

  @Field(() => ApplicationOrganisationInput, {
    nullable: true,
    description: 'Required for ORGANISATION_HEAD, absent for INDIVIDUAL_PHILANTHROPIST',
  })
  @IsOptional()
  @ValidateNested()
  organisation?: ApplicationOrganisationInput | null;

  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => String)
  @Length(1, LIMITS.nomineeName, { message: `nomineeName is 1 to ${LIMITS.nomineeName} characters` })
  @Matches(/\S/u, { message: 'nomineeName must hold some text, not only spaces' })
  @Matches(NOT_BLANK, { message: 'nomineeName is required' })
  nomineeName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nomineeTitle, { message: `nomineeTitle is at most ${LIMITS.nomineeTitle} characters` })
  nomineeTitle?: string | null;

  @Field(() => String)
  @IsEmail({}, { message: 'nomineeEmail must be an email address, such as name@example.org' })
  @MaxLength(LIMITS.nomineeEmail, { message: `nomineeEmail is at most ${LIMITS.nomineeEmail} characters` })
  nomineeEmail: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[\d\s()-]{6,40}$/, { message: 'nomineePhone must be a phone number, such as 04-1234567' })
  nomineePhone?: string | null;

  @Field(() => String)
  @Length(1, LIMITS.regionalTies, { message: `regionalTies is 1 to ${LIMITS.regionalTies} characters` })
  @Matches(/\S/u, { message: 'regionalTies must hold some text, not only spaces' })
  @Matches(NOT_BLANK, { message: 'regionalTies is required' })
  regionalTies: string;

  @Field(() => String)
  @Length(1, LIMITS.motivation, { message: `motivation is 1 to ${LIMITS.motivation} characters` })
  @Matches(/\S/u, { message: 'motivation must hold some text, not only spaces' })
  @Matches(NOT_BLANK, { message: 'motivation is required' })
  motivation: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.topics, { message: `topicCodes has at most ${LIMITS.topics} topics` })
  @ArrayUnique({ message: 'topicCodes lists a topic twice' })
  topicCodes: string[];
}

@InputType()
export class UpdateApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.nomineeName, { message: `nomineeName is 1 to ${LIMITS.nomineeName} characters` })
  @Matches(/\S/u, { message: 'nomineeName must hold some text, not only spaces' })
  @Matches(NOT_BLANK, { message: 'nomineeName may not be blank' })
  nomineeName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nomineeTitle, { message: `nomineeTitle is at most ${LIMITS.nomineeTitle} characters` })
  nomineeTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'nomineeEmail must be an email address, such as name@example.org' })
  @MaxLength(LIMITS.nomineeEmail, { message: `nomineeEmail is at most ${LIMITS.nomineeEmail} characters` })
  nomineeEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[\d\s()-]{6,40}$/, { message: 'nomineePhone must be a phone number, such as 04-1234567' })
  nomineePhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.regionalTies, { message: `regionalTies is 1 to ${LIMITS.regionalTies} characters` })
  @Matches(/\S/u, { message: 'regionalTies must hold some text, not only spaces' })
  @Matches(NOT_BLANK, { message: 'regionalTies may not be blank' })
  regionalTies?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.motivation, { message: `motivation is 1 to ${LIMITS.motivation} characters` })
  @Matches(/\S/u, { message: 'motivation must hold some text, not only spaces' })
  @Matches(NOT_BLANK, { message: 'motivation may not be blank' })
  motivation?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.topics, { message: `topicCodes has at most ${LIMITS.topics} topics` })
  @ArrayUnique({ message: 'topicCodes lists a topic twice' })
  topicCodes?: string[] | null;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'criterionId must be a criterion id' })
  criterionId: string;

  @Field(() => Int, { description: `${SCORE_MIN} to ${SCORE_MAX}` })
  @IsInt({ message: `score is a whole number from ${SCORE_MIN} to ${SCORE_MAX}` })
  @Min(SCORE_MIN, { message: `score is ${SCORE_MIN} to ${SCORE_MAX}` })
  @Max(SCORE_MAX, { message: `score is ${SCORE_MIN} to ${SCORE_MAX}` })
  score: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.scoreNote, { message: `note is at most ${LIMITS.scoreNote} characters` })
  note?: string | null;
}

@InputType()
export class ScoreApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMinSize(1, { message: 'scores needs at least one criterion' })
  @ArrayMaxSize(MAX_CRITERIA, { message: `scores has at most ${MAX_CRITERIA} criteria` })
  @ValidateNested({ each: true })
  scores: CriterionScoreInput[];
}

@InputType()
export class DecideApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId: string;

  @Field(() => ApplicationDecisionEnum)
  decision: ApplicationDecision;

  @Field(() => String)
  @MaxLength(LIMITS.decisionReason, { message: `reason is at most ${LIMITS.decisionReason} characters` })
  @Matches(NOT_BLANK, { message: 'reason is required: say why the committee decided so' })
  reason: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "For ACCEPT: the term's first day; today in Israel when left out",
  })
  termStartsOn?: string | null;
}
