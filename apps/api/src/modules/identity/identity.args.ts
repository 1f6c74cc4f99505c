import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { AccountStatus, Role } from '@roundtable/shared/identity';
import { AccountStatusEnum, RoleEnum } from './identity.enums.js';

@ArgsType()
export class AccountsArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or the email' })
  @IsOptional()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => AccountStatusEnum, { nullable: true })
  status?: AccountStatus | null;

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
export class AccountIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id' })
  accountId: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id from this API' })
  id: string;
}
