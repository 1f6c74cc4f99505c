import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import { PartialDateScalar } from '../../common/graphql/partial-date.scalar.js';

@InputType({ description: "A dated event for a cluster's timeline, or the national one when clusterId is left out" })
export class AddMilestoneInput {
  @Field(() => ID, { nullable: true, description: "The cluster; leave out for the programme's national timeline" })
  @IsOptional()
  @IsUUID('all', { message: 'clusterId must be a cluster id' })
  clusterId?: string | null;

  @Field(() => PartialDateScalar)
  occurredOn: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a milestone id' })
  id: string;

  @Field(() => PartialDateScalar)
  occurredOn: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;
}
