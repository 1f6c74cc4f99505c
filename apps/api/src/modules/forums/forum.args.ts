import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { ForumKind } from '@roundtable/shared/forums';
import { ForumKindEnum } from './forum.enums.js';

@ArgsType()
export class ForumsArgs {
  @Field(() => ID, { nullable: true, description: "One cluster's forums" })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only the national forums (the round table); false: only clusters’ forums',
  })
  national?: boolean | null;

  @Field(() => ForumKindEnum, { nullable: true })
  kind?: ForumKind | null;
}

@ArgsType()
export class ForumArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a forum id' })
  id: string;
}

@ArgsType()
export class ForumMembersArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Include members whose membership ended (who sat when)',
  })
  includeEnded: boolean;
}

@ArgsType()
export class MeetingsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1, { message: 'first must be at least 1' })
  @Max(100, { message: 'first must be at most 100' })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @MaxLength(500, { message: 'after is not a valid cursor' })
  after?: string | null;
}

@ArgsType()
export class MeetingCadenceArgs {
  @Field(() => Int, { defaultValue: 12, description: 'How many months, ending with the current one' })
  @Min(1, { message: 'months must be at least 1' })
  @Max(36, { message: 'months must be at most 36' })
  months: number;
}

@ArgsType()
export class ForumAttendanceArgs {
  @Field(() => Int, { nullable: true, description: 'A calendar year in Israel; the current one when left out' })
  @IsOptional()
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year?: number | null;
}
