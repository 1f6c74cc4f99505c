import { Field, Int, ObjectType } from 'type-graphql';
import type { SectorCode } from '@roundtable/shared/sectors';
import { SectorCodeEnum } from '../reference/reference.enums.js';

/** One sector of a call's pipeline: the forum's seats, and the call's applications by status. */
@ObjectType()
export class CallPipelineRow {
  @Field(() => SectorCodeEnum)
  sector: SectorCode;

  @Field(() => Int)
  seats: number;

  @Field(() => Int)
  filled: number;

  @Field(() => Int)
  vacant: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  underReview: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  reserve: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  withdrawn: number;
}
