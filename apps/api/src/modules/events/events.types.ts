import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/graphql/pagination.js';
import { EventRegistration } from './event-registration.entity.js';
import { Event } from './event.entity.js';

@ObjectType({ description: 'Events of the calendar: upcoming ones soonest first, past ones latest first' })
export class EventConnection {
  @Field(() => [Event])
  nodes: Event[];

  @Field(() => Int, { description: 'All events the filter matches' })
  totalCount: number;
}

@ObjectType({
  description: "A page of an event's registrations: confirmed, waitlisted, cancelled; each in arrival order",
})
export class EventRegistrationConnection {
  @Field(() => [EventRegistration])
  nodes: EventRegistration[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All registrations the status and search match' })
  totalCount: number;
}
