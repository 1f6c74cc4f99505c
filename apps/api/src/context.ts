import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from './common/clock.js';
import type { Logger } from './common/logging/logger.js';
import type { AuthConfig } from './config/env.js';
import { AuditTrail } from './modules/audit/audit-trail.js';
import { AuditService } from './modules/audit/audit.service.js';
import { CallService } from './modules/calls/call.service.js';
import { createCallLoaders } from './modules/calls/calls.loaders.js';
import { createClusterLoaders } from './modules/clusters/cluster.loaders.js';
import { ClusterService } from './modules/clusters/cluster.service.js';
import { MilestoneService } from './modules/clusters/milestone.service.js';
import { ForumActivityService } from './modules/forums/forum-activity.service.js';
import { ForumMemberService } from './modules/forums/forum-member.service.js';
import { createForumLoaders } from './modules/forums/forum.loaders.js';
import { ForumService } from './modules/forums/forum.service.js';
import { MeetingService } from './modules/forums/meeting.service.js';
import { createGeographyLoaders } from './modules/geography/geography.loaders.js';
import { LocalAuthorityService } from './modules/geography/local-authority.service.js';
import { AccountService } from './modules/identity/account.service.js';
import { createIdentityLoaders } from './modules/identity/identity.loaders.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { bearerToken, SessionCookie } from './modules/identity/session-cookie.js';
import type { SessionService } from './modules/identity/session.service.js';
import type { SignInLimiter } from './modules/identity/sign-in-limiter.js';
import type { Viewer } from './modules/identity/viewer.js';
import { createPoolLoaders } from './modules/pool/pool.loaders.js';
import { PoolExportService } from './modules/pool/pool-export.service.js';
import { PoolImportService } from './modules/pool/pool-import.service.js';
import { PoolInsightsService } from './modules/pool/pool-insights.service.js';
import { PoolSearchService } from './modules/pool/pool-search.service.js';
import { PoolService } from './modules/pool/pool.service.js';
import { NetworkService } from './modules/network/network.service.js';
import { createEventLoaders } from './modules/events/events.loaders.js';
import { EventAttendeesExportService } from './modules/events/event-attendees-export.service.js';
import { EventParticipationService } from './modules/events/event-participation.service.js';
import { EventService } from './modules/events/event.service.js';
import { createPartnershipLoaders } from './modules/partnerships/partnerships.loaders.js';
import { PartnershipDashboardService } from './modules/partnerships/partnership-dashboard.service.js';
import { PartnershipService } from './modules/partnerships/partnership.service.js';
import { ReferenceService } from './modules/reference/reference.service.js';
import { createSourcesLoaders } from './modules/sources/sources.loaders.js';

/** Each module's loaders; a request makes a module's only when it uses one of them. */
const LOADER_GROUPS = [
  createGeographyLoaders,
  createClusterLoaders,
  createSourcesLoaders,
  createIdentityLoaders,
  createForumLoaders,
  createPoolLoaders,
  createCallLoaders,
  createPartnershipLoaders,
  createEventLoaders,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (both: infer I) => void
  ? I
  : never;

export type Loaders = UnionToIntersection<ReturnType<(typeof LOADER_GROUPS)[number]>>;

const DATA_SOURCE = Symbol('dataSource');
interface LazyLoaders {
  [DATA_SOURCE]: DataSource;
}

let loadersPrototype: object | undefined;

/**
 * A getter for every loader, shared by all requests: the first use of a module's loader makes all
 * of that module's loaders for the request, as own properties that hide the getters from then on.
 * A request uses a few of some seventy (a pool search two, of two modules), and making them all
 * was a noticeable part of each request's work and garbage (docs/benchmarks.md).
 */
function lazyLoadersPrototype(dataSource: DataSource): object {
  if (loadersPrototype) return loadersPrototype;
  const prototype: PropertyDescriptorMap = {};
  for (const create of LOADER_GROUPS) {
    // The names only: loaders touch the database when asked for a key, not when made.
    for (const name of Object.keys(create(dataSource))) {
      if (Object.hasOwn(prototype, name)) throw new Error(`Two modules make a loader named ${name}: rename one.`);
      prototype[name] = {
        get(this: LazyLoaders) {
          const made = create(this[DATA_SOURCE]);
          for (const [key, loader] of Object.entries(made))
            Object.defineProperty(this, key, { value: loader, enumerable: true });
          return made[name as keyof typeof made];
        },
      };
    }
  }
  return (loadersPrototype = Object.create(null, prototype) as object);
}

/** The request's DataLoaders, each module's made on first use. */
export function createLoaders(dataSource: DataSource): Loaders {
  const loaders = Object.create(lazyLoadersPrototype(dataSource)) as LazyLoaders;
  loaders[DATA_SOURCE] = dataSource;
  return loaders as unknown as Loaders;
}

/** What identity needs for the life of the server: sessions and the shared sign-in limit. */
export interface AuthDependencies {
  config: AuthConfig;
  sessions: SessionService;
  limiter: SignInLimiter;
}

/**
 * What every resolver sees: the request's id, who is asking, the audit trail's pen, its
 * DataLoaders (fresh per request) and the services.
 */
export interface Context {
  requestId: string;
  logger: Logger;
  /** Who is asking; it becomes someone else when the request signs in or out (Viewer.become). */
  viewer: Viewer;
  audit: AuditTrail;
  loaders: Loaders;
  services: {
    reference: ReferenceService;
    authorities: LocalAuthorityService;
    clusters: ClusterService;
    milestones: MilestoneService;
    forums: ForumService;
    forumMembers: ForumMemberService;
    meetings: MeetingService;
    forumActivity: ForumActivityService;
    identity: IdentityService;
    accounts: AccountService;
    audit: AuditService;
    pool: PoolService;
    poolSearch: PoolSearchService;
    poolInsights: PoolInsightsService;
    poolImport: PoolImportService;
    poolExport: PoolExportService;
    calls: CallService;
    partnerships: PartnershipService;
    partnershipDashboard: PartnershipDashboardService;
    network: NetworkService;
    events: EventService;
    eventParticipation: EventParticipationService;
    eventAttendeesExport: EventAttendeesExportService;
  };
}

export interface ContextSource {
  dataSource: DataSource;
  logger: Logger;
  requestId: string;
  auth: AuthDependencies;
  req: Request;
  res: Response;
  /** The server's clock; tests set their own (clock.ts). */
  clock?: Clock;
}

export async function createContext({
  dataSource,
  logger,
  requestId,
  auth,
  req,
  res,
  clock = systemClock,
}: ContextSource): Promise<Context> {
  const cookie = new SessionCookie(req, res, auth.config);
  // An API client's bearer token wins over a cookie the same client may carry.
  const bearer = bearerToken(req);
  const viewer = await auth.sessions.viewerFor(bearer ?? cookie.read());
  if (!bearer && viewer.hasExpiredSession) cookie.clear();
  const audit = new AuditTrail(dataSource, viewer, requestId);
  const loaders = createLoaders(dataSource);
  const pool = new PoolService(dataSource, viewer, audit);
  const poolSearch = new PoolSearchService(dataSource, loaders);
  const events = new EventService(dataSource, viewer, audit, clock);
  const forumMembers = new ForumMemberService(dataSource, viewer, audit);
  return {
    requestId,
    logger,
    viewer,
    audit,
    loaders,
    services: {
      reference: new ReferenceService(dataSource),
      authorities: new LocalAuthorityService(dataSource),
      clusters: new ClusterService(dataSource),
      milestones: new MilestoneService(dataSource, viewer, audit),
      forums: new ForumService(dataSource, viewer, audit),
      forumMembers,
      meetings: new MeetingService(dataSource, viewer, audit),
      forumActivity: new ForumActivityService(dataSource),
      identity: new IdentityService({
        dataSource,
        viewer,
        audit,
        sessions: auth.sessions,
        limiter: auth.limiter,
        cookie,
        address: req.ip ?? 'unknown',
      }),
      accounts: new AccountService(dataSource, viewer, audit, auth.sessions),
      audit: new AuditService(dataSource),
      pool,
      poolSearch,
      poolInsights: new PoolInsightsService(dataSource),
      poolImport: new PoolImportService(dataSource, viewer, audit),
      poolExport: new PoolExportService(dataSource, poolSearch, { viewer, audit, loaders, services: { pool } }),
      calls: new CallService(dataSource, viewer, audit, clock, forumMembers),
      partnerships: new PartnershipService(dataSource, viewer, audit, clock),
      partnershipDashboard: new PartnershipDashboardService(dataSource, clock),
      network: new NetworkService(dataSource, viewer),
      events,
      eventParticipation: new EventParticipationService(dataSource, viewer, events),
      eventAttendeesExport: new EventAttendeesExportService(dataSource, events, {
        viewer,
        audit,
        loaders,
        services: { pool },
      }),
    },
  };
}
