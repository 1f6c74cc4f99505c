import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { ApplicationStatus, CallStatus } from '@roundtable/shared/calls';
import type { SectorCode } from '@roundtable/shared/sectors';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { ApplicationStatusEnum, CallStatusEnum } from './calls.enums.js';

@ArgsType()
export class CallsArgs {
  @Field(() => [CallStatusEnum], { nullable: true })
  status?: CallStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'forumId must be a forum id' })
  forumId?: string | null;
}

@ArgsType()
export class CallArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a call id' })
  id: string;
}

@ArgsType()
export class CallIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'callId must be a call id' })
  callId: string;
}

@ArgsType()
export class ApplicationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'applicationId must be an application id' })
  applicationId: string;
}

@ArgsType()
export class CallApplicationsArgs {
  @Field(() => SectorCodeEnum, { nullable: true })
  sector?: SectorCode | null;

  @Field(() => ApplicationStatusEnum, { nullable: true })
  status?: ApplicationStatus | null;
}
