import { Field, Int, ObjectType } from 'type-graphql';
import { Event } from './event.entity.js';

@ObjectType({ description: 'Events of the calendar: upcoming ones soonest first, past ones latest first' })
export class EventConnection {
  @Field(() => [Event])
  nodes: Event[];

  @Field(() => Int, { description: 'All events the filter matches' })
  totalCount: number;
}
