import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Account } from '../identity/account.entity.js';
import { AuditEventsArgs } from './audit.args.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventConnection } from './audit.types.js';

/** The audit trail is read by administrators and the PMO unit, and written by no one through the API. */
@Authorized('ADMIN', 'PMO_ANALYST')
@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first' })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() { services }: Context) {
    return services.audit.list(args);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'Who acted; null for what no one signed in did' })
  actor(@Root() event: AuditEvent, @Ctx() { loaders }: Context) {
    return event.actorAccountId ? loaders.accountById.load(event.actorAccountId) : null;
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account the entry is about' })
  subjectAccount(@Root() event: AuditEvent, @Ctx() { loaders }: Context) {
    return event.subjectAccountId ? loaders.accountById.load(event.subjectAccountId) : null;
  }

  @FieldResolver(() => Cluster, { nullable: true })
  cluster(@Root() event: AuditEvent, @Ctx() { loaders }: Context) {
    return event.clusterId ? loaders.clusterById.load(event.clusterId) : null;
  }
}
