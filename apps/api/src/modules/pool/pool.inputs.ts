import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsIn,
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
import type { DistrictCode } from '@roundtable/shared/districts';
import { LANGUAGES, type Language } from '@roundtable/shared/localized';
import {
  LANGUAGE_CODE,
  MIN_BIRTH_YEAR,
  PROFILE_LIMITS,
  type ContactKind,
  type ContactVisibility,
  type Gender,
} from '@roundtable/shared/pool';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import { NewOrganisationInput } from '../forums/forum-member.inputs.js';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { ContactKindEnum, ContactVisibilityEnum, GenderEnum } from './pool.enums.js';

const { listItems, itemLength, bioLength, contacts, contactLength, positions } = PROFILE_LIMITS;

@InputType({ description: 'A way to reach the person, and who may see it' })
export class ContactDetailInput {
  @Field(() => ContactKindEnum)
  kind: ContactKind;

  @Field(() => String, { description: 'An email address, a phone number, or an https:// address' })
  @Length(1, contactLength, { message: `a contact detail is 1 to ${contactLength} characters` })
  value: string;

  @Field(() => ContactVisibilityEnum, {
    defaultValue: 'ONLY_ME',
    description: 'Who may see it; anything but ONLY_ME records the consent, with its time',
  })
  visibility: ContactVisibility;
}

@InputType({ description: 'A role the person held, for the history of their moves between sectors' })
export class PositionInput {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => String)
  @Length(1, 200, { message: 'a position title is 1 to 200 characters' })
  @Matches(/\S/u, { message: 'a position title must hold some text, not only spaces' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'organisationName must be at most 200 characters' })
  organisationName?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(MIN_BIRTH_YEAR, { message: `startYear must be ${MIN_BIRTH_YEAR} or later` })
  @Max(2100, { message: 'startYear must be a year' })
  startYear: number;

  @Field(() => Int, { nullable: true, description: 'Leave out while they hold it' })
  @IsOptional()
  @IsInt()
  @Min(MIN_BIRTH_YEAR, { message: `endYear must be ${MIN_BIRTH_YEAR} or later` })
  @Max(2100, { message: 'endYear must be a year' })
  endYear?: number | null;
}

/**
 * A profile's fields. On create, what is left out takes its default; on update, what is left out
 * stays as it is, and null clears what may be empty. Lists replace the whole list.
 */
@InputType({ description: 'A profile’s fields (create and update extend it)' })
abstract class ProfileFields {
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Their role title, such as "Director of education"' })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true, description: 'The organisation they work for, in the system' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId?: string | null;

  @Field(() => NewOrganisationInput, { nullable: true, description: 'Or one not yet in the system' })
  @IsOptional()
  @ValidateNested()
  newOrganisation?: NewOrganisationInput | null;

  @Field(() => [String], { nullable: true, description: 'Topic codes (the `topics` query lists them)' })
  @IsOptional()
  @ArrayMaxSize(listItems, { message: `topicCodes takes at most ${listItems} entries` })
  @MaxLength(60, { each: true, message: 'topicCodes are topic codes' })
  topicCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(listItems, { message: `interests takes at most ${listItems} entries` })
  @Length(1, itemLength, { each: true, message: `each of interests is 1 to ${itemLength} characters` })
  @Matches(/\S/u, { each: true, message: 'each of interests must hold some text, not only spaces' })
  interests?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(listItems, { message: `expertise takes at most ${listItems} entries` })
  @Length(1, itemLength, { each: true, message: `each of expertise is 1 to ${itemLength} characters` })
  @Matches(/\S/u, { each: true, message: 'each of expertise must hold some text, not only spaces' })
  expertise?: string[] | null;

  @Field(() => [DistrictCodeEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7, { message: 'districts takes each district at most once' })
  districts?: DistrictCode[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes: he, ar, en, ru, am, fr …' })
  @IsOptional()
  @ArrayMaxSize(listItems, { message: `languages takes at most ${listItems} entries` })
  @Matches(LANGUAGE_CODE, { each: true, message: 'languages are two-letter ISO 639-1 codes, such as he, ar, en' })
  languages?: string[] | null;

  @Field(() => GenderEnum, {
    nullable: true,
    description: 'Only you see it; the pool counts it in groups of five or more',
  })
  @IsOptional()
  gender?: Gender | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only you see it; the pool counts age bands in groups of five or more',
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_BIRTH_YEAR, { message: `birthYear must be ${MIN_BIRTH_YEAR} or later` })
  @Max(2100, { message: 'birthYear must be a year' })
  birthYear?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  openToConsultation?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Open to moving between sectors (מעבריות)' })
  @IsOptional()
  openToSectorMove?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(bioLength, { message: `bio must be at most ${bioLength} characters` })
  bio?: string | null;

  @Field(() => [ContactDetailInput], { nullable: true, description: 'Replaces the whole list' })
  @IsOptional()
  @ArrayMaxSize(contacts, { message: `contacts takes at most ${contacts} entries` })
  @ValidateNested({ each: true })
  contacts?: ContactDetailInput[] | null;

  @Field(() => [PositionInput], { nullable: true, description: 'The roles they held; replaces the whole list' })
  @IsOptional()
  @ArrayMaxSize(positions, { message: `positions takes at most ${positions} entries` })
  @ValidateNested({ each: true })
  positions?: PositionInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The language the consent notice was shown in (he, ar, en); recorded with each consent',
  })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'consentLanguage is he, ar or en' })
  consentLanguage?: Language | null;
}

@InputType({ description: "The signed-in person's new profile in the partner pool" })
export class CreateProfileInput extends ProfileFields {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => SectorCodeEnum, { description: 'The sector they work in now' })
  sector: SectorCode;
}

@InputType({ description: 'Changes to the signed-in person’s profile: what is left out stays' })
export class UpdateProfileInput extends ProfileFields {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput | null;

  @Field(() => SectorCodeEnum, { nullable: true })
  @IsOptional()
  sector?: SectorCode | null;
}

@InputType({ description: 'The districts and topics an organisation is active in; each list replaces the old' })
export class SetOrganisationActivityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId: string;

  @Field(() => [String])
  @ArrayMaxSize(listItems, { message: `topicCodes takes at most ${listItems} entries` })
  topicCodes: string[];

  @Field(() => [DistrictCodeEnum])
  @ArrayMaxSize(7, { message: 'districts takes each district at most once' })
  districts: DistrictCode[];
}
