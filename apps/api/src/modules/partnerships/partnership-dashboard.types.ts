import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { StatusLight } from '@roundtable/shared/partnerships';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { StatusLightEnum } from './partnerships.enums.js';

@InputType({ description: 'Narrows every figure of the dashboard at once; every condition given must hold' })
export class PartnershipDashboardFilter {
  @Field(() => Int, { nullable: true, description: 'Advances this action direction (1–7)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'direction is 1 to 7' })
  @Max(7, { message: 'direction is 1 to 7' })
  direction?: number | null;

  @Field(() => DistrictCodeEnum, { nullable: true, description: 'Works in this district (as the partnership lists)' })
  district?: DistrictCode | null;

  @Field(() => SectorCodeEnum, {
    nullable: true,
    description: "Involves this sector: a partner of it, or local government for a cluster's partnership",
  })
  sector?: SectorCode | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Began on or after this day: its start, or the day it was registered when the start is unknown',
  })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Began on or before this day (inclusive)' })
  to?: string | null;
}

@ObjectType({ description: 'How many of the partnerships counted, and their share of them (0 to 1)' })
export class PartnershipShare {
  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'count ÷ total; 0 when there are none' })
  share: number;
}

@ObjectType('PartnershipDirectionCount')
export class PartnershipDirectionCount extends PartnershipShare {
  @Field(() => Int, { description: 'The action direction, 1–7 (resolve its names with `directions`)' })
  direction: number;
}

@ObjectType('PartnershipSectorCount')
export class PartnershipSectorCount extends PartnershipShare {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;
}

@ObjectType('PartnershipSectorMixCount', {
  description: 'Partnerships by how many sectors they involve (0 = none known yet)',
})
export class PartnershipSectorMixCount extends PartnershipShare {
  @Field(() => Int)
  sectorCount: number;
}

@ObjectType('PartnershipDistrictCount')
export class PartnershipDistrictCount extends PartnershipShare {
  @Field(() => DistrictCodeEnum)
  district: DistrictCode;
}

@ObjectType('PartnershipSdgCount')
export class PartnershipSdgCount extends PartnershipShare {
  @Field(() => Int, { description: 'The goal, 1–17' })
  sdg: number;
}

@ObjectType('PartnershipQuarterCount', {
  description: 'Partnerships that began in a quarter (their start, else the day they were registered)',
})
export class PartnershipQuarterCount {
  @Field(() => String, { description: 'Such as 2030-Q1' })
  quarter: string;

  @Field(() => LocalDateScalar, { description: 'The quarter’s first day' })
  startsOn: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('PartnershipStatusLightCount')
export class PartnershipStatusLightCount extends PartnershipShare {
  @Field(() => StatusLightEnum, {
    nullable: true,
    description: 'Null: not expected to report (IDEA, COMPLETED, PAUSED, unknown)',
  })
  light: StatusLight | null;
}

/**
 * Every figure the PMO's dashboard shows, for the partnerships the filter leaves, in one answer.
 * Lists by direction, sector, district, SDG and light have a row for every value (zeros included),
 * so a chart and its table have the same rows whatever the filter.
 */
@ObjectType({ description: "The PMO unit's national figures on partnerships, under one filter" })
export class PartnershipDashboard {
  @Field(() => LocalDateScalar, {
    description: "The day (Israel) the status lights were computed for, by the server's clock",
  })
  asOf: string;

  @Field(() => Int, { description: 'Partnerships the filter leaves' })
  total: number;

  @Field(() => [PartnershipDirectionCount], {
    description: 'Directions 1–7; a partnership counts under each it advances',
  })
  byDirection: PartnershipDirectionCount[];

  @Field(() => Int, { description: 'Partnerships that name no direction' })
  withoutDirection: number;

  @Field(() => [PartnershipSectorCount], { description: 'Every sector; a partnership counts under each it involves' })
  bySector: PartnershipSectorCount[];

  @Field(() => [PartnershipSectorMixCount], { description: 'By the number of sectors involved, 0 to 6' })
  sectorMix: PartnershipSectorMixCount[];

  @Field(() => PartnershipShare, { description: 'Involving the business sector (direction 3)' })
  withBusiness: PartnershipShare;

  @Field(() => PartnershipShare, { description: 'Involving local government (direction 5)' })
  withLocalGovernment: PartnershipShare;

  @Field(() => [PartnershipDistrictCount], { description: 'Every district; a partnership counts under each it lists' })
  byDistrict: PartnershipDistrictCount[];

  @Field(() => Int, { description: 'Partnerships that list no district' })
  withoutDistrict: number;

  @Field(() => [PartnershipSdgCount], { description: 'Goals 1–17; a partnership counts under each it contributes to' })
  bySdg: PartnershipSdgCount[];

  @Field(() => Int, { description: 'How many of the 17 goals at least one partnership covers' })
  sdgsCovered: number;

  @Field(() => [PartnershipQuarterCount], {
    description: 'From the first quarter with one to the last, empty quarters included',
  })
  byQuarter: PartnershipQuarterCount[];

  @Field(() => [PartnershipStatusLightCount], {
    description: 'ON_TRACK, AT_RISK, OVERDUE, INACTIVE, then null (not reporting)',
  })
  statusLights: PartnershipStatusLightCount[];
}
