import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { AuditAction } from '@roundtable/shared/identity';
import { AuditActionEnum } from './audit.enums.js';

@ArgsType()
export class AuditEventsArgs {
  @Field(() => ID, { nullable: true, description: "Only changes to this cluster's data" })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries this account made or that are about it' })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be an account id' })
  accountId?: string | null;

  @Field(() => AuditActionEnum, { nullable: true })
  action?: AuditAction | null;

  @Field(() => String, { nullable: true, description: 'Account, RoleGrant, ApiToken, Milestone …' })
  @IsOptional()
  @MaxLength(50, { message: 'entityType must be at most 50 characters' })
  @Matches(/^[A-Za-z]+$/, { message: 'entityType is a type name such as Milestone' })
  entityType?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this time' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries before this time' })
  until?: Date | null;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'after is not a valid cursor' })
  after?: string | null;
}
