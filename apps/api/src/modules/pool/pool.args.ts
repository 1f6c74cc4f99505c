import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { DistrictCode } from '@roundtable/shared/districts';
import { LANGUAGE_CODE } from '@roundtable/shared/pool';
import type { SectorCode } from '@roundtable/shared/sectors';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';

/** The pool's filters: each list keeps profiles with any of its values; the filters together, all of them. */
@ArgsType()
export class StakeholderFilterArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Free text over name, role, organisation, topics, expertise, interests and bio, in Hebrew, Arabic or English; prefixes, points and small misspellings do not matter',
  })
  @IsOptional()
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string | null;

  @Field(() => [SectorCodeEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  sectors?: SectorCode[] | null;

  @Field(() => [String], { nullable: true, description: 'Topic codes' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'topics takes at most 30 codes' })
  topics?: string[] | null;

  @Field(() => [DistrictCodeEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  districts?: DistrictCode[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'languages takes at most 20 codes' })
  @Matches(LANGUAGE_CODE, { each: true, message: 'languages are two-letter ISO 639-1 codes, such as he, ar, en' })
  languages?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  openToConsultation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  openToSectorMove?: boolean | null;
}

@ArgsType()
export class StakeholdersArgs extends StakeholderFilterArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'after is not a valid cursor' })
  after?: string | null;
}

@ArgsType()
export class StakeholderArgs {
  @Field(() => ID, { description: "The person's id" })
  @IsUUID('all', { message: 'id must be a person id' })
  id: string;
}

@ArgsType()
export class ErasePersonArgs {
  @Field(() => ID, { description: 'The person whose profile to erase' })
  @IsUUID('all', { message: 'personId must be a person id' })
  personId: string;
}

@ArgsType()
export class StakeholderMatchesArgs {
  @Field(() => ID, { nullable: true, description: 'Partners for this person' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a person id' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Partners for this organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Partners working on this topic (a code)' })
  @IsOptional()
  @MaxLength(60)
  topicCode?: string | null;

  @Field(() => Int, { defaultValue: 10 })
  @Min(1, { message: 'first must be at least 1' })
  @Max(50, { message: 'first must be at most 50' })
  first: number;
}

@ArgsType()
export class PoolDiversityArgs {
  @Field(() => String, { nullable: true, description: 'Only the people working on this topic (a code), with its gaps' })
  @IsOptional()
  @MaxLength(60)
  topicCode?: string | null;
}

/** Organisations by name, for a form that picks one (a partnership's partner). */
@ArgsType()
export class OrganisationsArgs {
  @Field(() => String, {
    description: 'Part of its name in Hebrew, Arabic or English, or its nine-digit registration number',
  })
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1, { message: 'first must be at least 1' })
  @Max(50, { message: 'first must be at most 50' })
  first: number;
}
