import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import type { ClusterStage } from '@roundtable/shared/clusters';
import type { DistrictCode } from '@roundtable/shared/districts';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { ClusterStageEnum } from './cluster.enums.js';

@ArgsType()
export class ClustersArgs {
  @Field(() => DistrictCodeEnum, { nullable: true })
  district?: DistrictCode | null;

  @Field(() => ClusterStageEnum, { nullable: true })
  stage?: ClusterStage | null;
}

@ArgsType()
export class ClusterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a cluster id' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The name in links, such as haifa-bay' })
  @IsOptional()
  @MaxLength(100, { message: 'slug must be at most 100 characters' })
  @Matches(/^[a-z0-9-]+$/, { message: 'slug has only lower-case letters, digits and hyphens, such as haifa-bay' })
  slug?: string | null;
}
