import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { PartnershipKind, PartnershipStatus } from '@roundtable/shared/partnerships';
import type { SectorCode } from '@roundtable/shared/sectors';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { PartnershipKindEnum, PartnershipStatusEnum } from './partnerships.enums.js';

/** Every condition given must hold. */
@InputType({ description: 'Narrows the partnerships listed; every condition given must hold' })
export class PartnershipFilter {
  @Field(() => PartnershipKindEnum, { nullable: true })
  kind?: PartnershipKind | null;

  @Field(() => [PartnershipStatusEnum], { nullable: true, description: 'Any of these' })
  status?: PartnershipStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Advances this action direction (1–7)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'direction is 1 to 7' })
  @Max(7, { message: 'direction is 1 to 7' })
  direction?: number | null;

  @Field(() => Int, { nullable: true, description: 'Contributes to this SDG (1–17)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'sdg is 1 to 17' })
  @Max(17, { message: 'sdg is 1 to 17' })
  sdg?: number | null;

  @Field(() => DistrictCodeEnum, { nullable: true, description: 'Works in this district' })
  district?: DistrictCode | null;

  @Field(() => SectorCodeEnum, {
    nullable: true,
    description: "Involves this sector: a partner of it, or local government for a cluster's partnership",
  })
  sector?: SectorCode | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'topicCode is a topic code' })
  topicCode?: string | null;
}

@ArgsType()
export class PartnershipsArgs {
  @Field(() => PartnershipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PartnershipFilter | null;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'after is not a valid cursor' })
  after?: string | null;
}

@ArgsType()
export class PartnershipArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a partnership id' })
  id: string;
}

@ArgsType()
export class PartnershipPartnerArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnershipId must be a partnership id' })
  partnershipId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId: string;
}

@ArgsType()
export class PartnershipMilestoneArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'milestoneId must be a milestone id' })
  milestoneId: string;
}

@ArgsType()
export class PartnershipIndicatorArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'indicatorId must be an indicator id' })
  indicatorId: string;
}
