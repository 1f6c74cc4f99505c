import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';

export const MAX_AGENDA_LENGTH = 10_000;
export const MAX_SUMMARY_LENGTH = 20_000;

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'forumId must be a forum id' })
  forumId: string;

  @Field(() => Date, { description: 'When it starts (ISO 8601 with a zone, such as 2024-05-12T17:00:00+03:00)' })
  startsAt: Date;

  @Field(() => String)
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  @Matches(/\S/u, { message: 'title must hold some text, not only spaces' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'location must be at most 200 characters' })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_AGENDA_LENGTH, { message: `agenda must be at most ${MAX_AGENDA_LENGTH} characters` })
  agenda?: string | null;
}

@InputType({
  description: 'Changes to a meeting: a field left out stays as it is; null clears location, agenda and summary',
})
export class UpdateMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a meeting id' })
  id: string;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  @Matches(/\S/u, { message: 'title must hold some text, not only spaces' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'location must be at most 200 characters' })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_AGENDA_LENGTH, { message: `agenda must be at most ${MAX_AGENDA_LENGTH} characters` })
  agenda?: string | null;

  @Field(() => String, { nullable: true, description: 'What was discussed and decided' })
  @IsOptional()
  @MaxLength(MAX_SUMMARY_LENGTH, { message: `summary must be at most ${MAX_SUMMARY_LENGTH} characters` })
  summary?: string | null;
}

@InputType({ description: 'Who came to a meeting: the whole list, replacing what was recorded' })
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field(() => [ID])
  @ArrayMaxSize(100, { message: 'at most 100 members at once' })
  @IsUUID('all', { each: true, message: 'memberIds must be forum member ids' })
  memberIds: string[];
}
