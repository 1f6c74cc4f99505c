import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/graphql/pagination.js';
import { AuditEvent } from './audit-event.entity.js';

@ObjectType({ description: 'A page of the audit trail, newest first' })
export class AuditEventConnection {
  @Field(() => [AuditEvent])
  nodes: AuditEvent[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
