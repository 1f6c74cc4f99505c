import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema } from 'type-graphql';
import {
  AuthorityClusterMembershipResolver,
  AuthorityClustersResolver,
  ClusterAuthorityResolver,
  ClusterSourceCountResolver,
  MembershipSourceResolver,
} from './modules/clusters/cluster-membership.resolver.js';
import { ClusterResolver } from './modules/clusters/cluster.resolver.js';
import { MilestoneResolver } from './modules/clusters/milestone.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import {
  ApplicationResolver,
  ApplicationScoreResolver,
  CallResolver,
  ForumCallsResolver,
} from './modules/calls/calls.resolver.js';
import {
  ClusterActivityResolver,
  DistrictActivityResolver,
  ForumActivityResolver,
} from './modules/forums/forum-activity.resolver.js';
import { ForumMemberResolver } from './modules/forums/forum-member.resolver.js';
import { ClusterForumsResolver, ForumResolver } from './modules/forums/forum.resolver.js';
import { MeetingResolver } from './modules/forums/meeting.resolver.js';
import { AccountResolver } from './modules/identity/account.resolver.js';
import { IdentityResolver } from './modules/identity/identity.resolver.js';
import { RoleGrantResolver } from './modules/identity/role-grant.resolver.js';
import { authChecker } from './common/auth/auth-checker.js';
import { operationsWithoutRule, simpleFieldsWithRules } from './common/auth/access-rules.js';
import { LocalAuthorityResolver } from './modules/geography/local-authority.resolver.js';
import {
  OrganisationActivityResolver,
  StakeholderConnectionResolver,
  StakeholderResolver,
} from './modules/pool/stakeholder.resolver.js';
import { PoolCsvResolver } from './modules/pool/pool-csv.resolver.js';
import {
  ClusterPartnershipsResolver,
  PartnershipDashboardResolver,
  PartnershipDirectionCountResolver,
  PartnershipDistrictCountResolver,
  PartnershipIndicatorResolver,
  PartnershipPartnerResolver,
  PartnershipResolver,
  PartnershipSdgCountResolver,
  PartnershipSectorCountResolver,
  ProgressReportResolver,
  ProgressReportValueResolver,
} from './modules/partnerships/partnerships.resolver.js';
import { PartnershipNetworkResolver } from './modules/network/network.resolver.js';
import { ClusterEventsResolver, EventRegistrationResolver, EventResolver } from './modules/events/events.resolver.js';
import { ReferenceResolver } from './modules/reference/reference.resolver.js';

export const RESOLVERS = [
  ReferenceResolver,
  LocalAuthorityResolver,
  ClusterResolver,
  ClusterAuthorityResolver,
  MembershipSourceResolver,
  ClusterSourceCountResolver,
  AuthorityClusterMembershipResolver,
  AuthorityClustersResolver,
  MilestoneResolver,
  ForumResolver,
  ClusterForumsResolver,
  ForumMemberResolver,
  MeetingResolver,
  ForumActivityResolver,
  ClusterActivityResolver,
  DistrictActivityResolver,
  IdentityResolver,
  AccountResolver,
  RoleGrantResolver,
  AuditResolver,
  StakeholderResolver,
  StakeholderConnectionResolver,
  OrganisationActivityResolver,
  PoolCsvResolver,
  CallResolver,
  ApplicationResolver,
  ApplicationScoreResolver,
  ForumCallsResolver,
  PartnershipResolver,
  PartnershipPartnerResolver,
  PartnershipIndicatorResolver,
  ProgressReportResolver,
  ProgressReportValueResolver,
  ClusterPartnershipsResolver,
  PartnershipDashboardResolver,
  PartnershipDirectionCountResolver,
  PartnershipSectorCountResolver,
  PartnershipDistrictCountResolver,
  PartnershipSdgCountResolver,
  PartnershipNetworkResolver,
  EventResolver,
  EventRegistrationResolver,
  ClusterEventsResolver,
] as const;

const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * What type-graphql's `validate: { forbidUnknownValues: false }` does to an argument (an args or
 * input object, or a list of them; scalars pass), with class-validator imported once: type-graphql
 * 2 imports it anew (`await import`) for each argument it checks, a module resolution per request.
 */
async function validateArgument(value: unknown): Promise<void> {
  const objects = (Array.isArray(value) ? value : [value]).filter(
    (item): item is object => item !== null && typeof item === 'object',
  );
  try {
    await Promise.all(objects.map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/**
 * The schema, built from the classes; `npm run schema:emit` writes it to schema.graphql. Every
 * query and mutation must carry an `@Authorized` rule (deny by default): building fails otherwise.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // class-validator checks every args and input class (bounds on paging, id formats).
    validateFn: validateArgument,
    authChecker,
    authMode: 'error',
  });
  const unruled = operationsWithoutRule(RESOLVERS);
  if (unruled.length > 0) {
    throw new Error(
      `Every operation needs an @Authorized rule (PUBLIC for everyone); these have none: ${unruled.join(', ')}`,
    );
  }
  const unguarded = simpleFieldsWithRules(schema);
  if (unguarded.length > 0) {
    throw new Error(
      `These fields have a rule or middleware that simple resolvers would skip; take simpleResolvers off their type: ${unguarded.join(', ')}`,
    );
  }
  return schema;
}
