import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { AuthorityKind } from '@roundtable/shared/authority-kinds';
import type { DistrictCode } from '@roundtable/shared/districts';
import { AuthorityKindEnum, DistrictCodeEnum } from './geography.enums.js';

@ArgsType()
export class LocalAuthoritiesArgs {
  @Field(() => DistrictCodeEnum, { nullable: true })
  district?: DistrictCode | null;

  @Field(() => AuthorityKindEnum, { nullable: true })
  kind?: AuthorityKind | null;

  @Field(() => ID, { nullable: true, description: 'Only the members of this cluster, by any source' })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches any spelling of the name, in Hebrew, Arabic or English',
  })
  @IsOptional()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;

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
export class LocalAuthorityArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a local authority id' })
  id: string;
}
