import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type Role } from '@roundtable/shared/identity';
import { IsEmailAddress } from './email.js';
import { RoleEnum } from './identity.enums.js';

const NEW_PASSWORD_RULE = {
  message: `a new password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long; a few unrelated words make a strong one`,
};

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmailAddress()
  email: string;

  // Any length is checked (an old password may predate the rules), up to the bound that keeps hashing cheap.
  @Field(() => String)
  @MinLength(1, { message: 'password is empty' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MinLength(1, { message: 'currentPassword is empty' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `currentPassword must be at most ${PASSWORD_MAX_LENGTH} characters` })
  currentPassword: string;

  @Field(() => String)
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, NEW_PASSWORD_RULE)
  newPassword: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link' })
  @Length(1, 200, { message: 'token is not an invitation token' })
  token: string;

  @Field(() => String)
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, NEW_PASSWORD_RULE)
  password: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, to recognise it later' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  @Matches(/\S/u, { message: 'name must hold some text, not only spaces' })
  name: string;

  @Field(() => Int, { defaultValue: 90 })
  @Min(1, { message: 'expiresInDays must be at least 1' })
  @Max(365, { message: 'expiresInDays must be at most 365: renew a token rather than keep one for years' })
  expiresInDays: number;
}

@InputType({ description: 'A role and its scope: a cluster for CLUSTER_CEO, a forum for COMMITTEE_MEMBER' })
export class RoleGrantInput {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'forumId must be a forum id' })
  forumId?: string | null;
}

@InputType()
export class InviteAccountInput {
  @Field(() => String)
  @IsEmailAddress()
  email: string;

  @Field(() => String)
  @Length(1, 200, { message: 'displayName must be 1 to 200 characters' })
  @Matches(/\S/u, { message: 'displayName must hold some text, not only spaces' })
  displayName: string;

  @Field(() => ID, { nullable: true, description: 'The person in the partner pool this account belongs to' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a person id' })
  personId?: string | null;

  @Field(() => [RoleGrantInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'at most 20 roles at once' })
  // type-graphql makes each item a RoleGrantInput, so its own rules run too.
  @ValidateNested({ each: true })
  roles: RoleGrantInput[];
}

@InputType()
export class GrantRoleInput extends RoleGrantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id' })
  accountId: string;
}
