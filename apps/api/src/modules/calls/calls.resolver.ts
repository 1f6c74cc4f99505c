import { Arg, Args, Authorized, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isAcceptingApplications } from '@roundtable/shared/calls';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import type { Context } from '../../context.js';
import { canManageForum } from '../forums/forum-access.js';
import { ForumMember } from '../forums/forum-member.entity.js';
import { ForumSeat } from '../forums/forum-seat.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { Source } from '../sources/source.entity.js';
import { assertCanReadApplications, canReview } from './call-access.js';
import { CallCriterion } from './call-criterion.entity.js';
import { CallDeadlineExtension } from './call-deadline-extension.entity.js';
import { Call } from './call.entity.js';
import { ApplicationScore } from './application-score.entity.js';
import { Application } from './application.entity.js';
import { ApplicationIdArgs, CallApplicationsArgs, CallArgs, CallIdArgs, CallsArgs } from './calls.args.js';
import {
  CreateCallInput,
  DecideApplicationInput,
  ExtendCallDeadlineInput,
  ScoreApplicationInput,
  SubmitApplicationInput,
  UpdateApplicationInput,
  UpdateCallInput,
} from './calls.inputs.js';
import { CallPipelineRow } from './calls.types.js';

const MANAGERS = ['CLUSTER_CEO', 'PMO_ANALYST'] as const;
/** Committee members, and the forum's managers (who are on its committee); the service checks the forum. */
const REVIEWERS = ['COMMITTEE_MEMBER', 'CLUSTER_CEO', 'PMO_ANALYST'] as const;
const SECTOR_ORDER = new Map<string, number>(SECTOR_CODES.map((sector, index) => [sector, index]));

async function forumOf(call: Call, { loaders }: Context): Promise<Forum> {
  return (await loaders.forumById.load(call.forumId))!;
}

/** Calls: the public read, their managers' changes, and what the committee and the applicant see. */
@Resolver(() => Call)
export class CallResolver {
  @Authorized(PUBLIC)
  @Query(() => [Call], {
    description: 'Calls anyone may read (not DRAFT, unless the viewer manages the forum), newest deadline first',
  })
  calls(@Args(() => CallsArgs) args: CallsArgs, @Ctx() { services }: Context) {
    return services.calls.list(args);
  }

  @Authorized(PUBLIC)
  @Query(() => Call, { description: 'NOT_FOUND for a draft the viewer does not manage' })
  call(@Args(() => CallArgs) { id }: CallArgs, @Ctx() { services }: Context) {
    return services.calls.one(id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Call, {
    description: "A DRAFT call of a forum the viewer manages (its cluster's CEO; the PMO for a national forum)",
  })
  createCall(@Arg('input', () => CreateCallInput) input: CreateCallInput, @Ctx() { services }: Context) {
    return services.calls.create(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Call, { description: 'Changes a DRAFT call; CONFLICT once it is open' })
  updateCall(@Arg('input', () => UpdateCallInput) input: UpdateCallInput, @Ctx() { services }: Context) {
    return services.calls.update(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Call, { description: 'DRAFT → OPEN, while its deadline is today or later in Israel' })
  openCall(@Args(() => CallIdArgs) { callId }: CallIdArgs, @Ctx() { services }: Context) {
    return services.calls.open(callId);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Call, { description: "Moves an OPEN call's deadline later, recording the previous one and why" })
  extendCallDeadline(
    @Arg('input', () => ExtendCallDeadlineInput) input: ExtendCallDeadlineInput,
    @Ctx() { services }: Context,
  ) {
    return services.calls.extendDeadline(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Call, {
    description: 'OPEN → CLOSED, also before the deadline; its submitted applications go UNDER_REVIEW',
  })
  closeCall(@Args(() => CallIdArgs) { callId }: CallIdArgs, @Ctx() { services }: Context) {
    return services.calls.close(callId);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Call, { description: 'CLOSED → DECIDED; CONFLICT while any application is undecided' })
  markCallDecided(@Args(() => CallIdArgs) { callId }: CallIdArgs, @Ctx() { services }: Context) {
    return services.calls.markDecided(callId);
  }

  @FieldResolver(() => Forum)
  forum(@Root() call: Call, @Ctx() context: Context) {
    return forumOf(call, context);
  }

  @FieldResolver(() => Boolean, { description: "OPEN, opened, and before closesAt by the server's clock" })
  acceptingApplications(@Root() call: Call, @Ctx() { services }: Context): boolean {
    return isAcceptingApplications(call, services.calls.now());
  }

  @FieldResolver(() => [CallDeadlineExtension], { description: 'Oldest first' })
  extensions(@Root() call: Call, @Ctx() { loaders }: Context) {
    return loaders.extensionsByCallId.load(call.id);
  }

  @FieldResolver(() => [CallCriterion])
  criteria(@Root() call: Call, @Ctx() { loaders }: Context) {
    return loaders.criteriaByCallId.load(call.id);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The document the call is known from' })
  source(@Root() call: Call, @Ctx() { loaders }: Context) {
    return call.sourceId ? loaders.sourceById.load(call.sourceId) : null;
  }

  @FieldResolver(() => Boolean, { description: "The forum's cluster's CEO (the PMO unit for a national forum)" })
  async viewerCanManage(@Root() call: Call, @Ctx() context: Context): Promise<boolean> {
    return canManageForum(context.viewer, await forumOf(call, context));
  }

  @FieldResolver(() => Boolean, { description: 'A committee member of the call’s forum, or one of its managers' })
  async viewerCanReview(@Root() call: Call, @Ctx() context: Context): Promise<boolean> {
    return canReview(context.viewer, await forumOf(call, context));
  }

  @FieldResolver(() => [ForumSeat], { description: "The forum's representation map now (same rows as Forum.seats)" })
  representationMap(@Root() call: Call, @Ctx() { loaders }: Context) {
    return loaders.seatsByForumId.load(call.forumId);
  }

  @FieldResolver(() => [Application], {
    nullable: true,
    description:
      'Reviewers, the PMO unit and admins only (null + FORBIDDEN otherwise). Ordered by sector, then rank in sector',
  })
  async applications(
    @Root() call: Call,
    @Args(() => CallApplicationsArgs) { sector, status }: CallApplicationsArgs,
    @Ctx() context: Context,
  ): Promise<Application[]> {
    assertCanReadApplications(context.viewer, await forumOf(call, context), "A call's applications");
    const applications = (await context.loaders.applicationsByCallId.load(call.id)).filter(
      (application) => (!sector || application.sectorCode === sector) && (!status || application.status === status),
    );
    const stats = await context.loaders.scoreStatsByApplicationId.loadMany(applications.map((a) => a.id));
    const rank = (index: number) => {
      const row = stats[index];
      return row instanceof Error ? null : (row?.rankInSector ?? null);
    };
    return applications
      .map((application, index) => ({ application, rank: rank(index) }))
      .sort(
        (a, b) =>
          SECTOR_ORDER.get(a.application.sectorCode)! - SECTOR_ORDER.get(b.application.sectorCode)! ||
          (a.rank ?? Infinity) - (b.rank ?? Infinity),
      )
      .map(({ application }) => application);
  }

  @FieldResolver(() => [CallPipelineRow], {
    nullable: true,
    description:
      'Reviewers, the PMO unit and admins only (null + FORBIDDEN otherwise). One row per sector of the map or with applications',
  })
  async pipeline(@Root() call: Call, @Ctx() context: Context) {
    assertCanReadApplications(context.viewer, await forumOf(call, context), "A call's pipeline and its counts");
    return context.loaders.pipelineByCallId.load(call.id);
  }

  @FieldResolver(() => Application, {
    nullable: true,
    description:
      "The signed-in viewer's application (theirs or their organisation's) to this call; null when none or anonymous",
  })
  viewerApplication(@Root() call: Call, @Ctx() { services, viewer }: Context) {
    return viewer.isSignedIn ? services.calls.viewerApplications.load(call.id) : null;
  }
}

/** Applications: the applicant's side and the committee's. */
@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized()
  @Query(() => [Application], {
    description: "The signed-in viewer's applications and their organisation's, newest first",
  })
  myApplications(@Ctx() { services }: Context) {
    return services.calls.myApplications();
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Applies to an open call before its deadline (DEADLINE_PASSED after, and nothing is stored); the same idempotencyKey returns the same application',
  })
  submitApplication(
    @Arg('input', () => SubmitApplicationInput) input: SubmitApplicationInput,
    @Ctx() { services }: Context,
  ) {
    return services.calls.submit(input);
  }

  @Authorized()
  @Mutation(() => Application, {
    description: 'The applicant changes their application while the call accepts applications',
  })
  updateApplication(
    @Arg('input', () => UpdateApplicationInput) input: UpdateApplicationInput,
    @Ctx() { services }: Context,
  ) {
    return services.calls.updateApplication(input);
  }

  @Authorized()
  @Mutation(() => Application, {
    description: 'The applicant takes their application back while the call accepts applications',
  })
  withdrawApplication(
    @Args(() => ApplicationIdArgs) { applicationId }: ApplicationIdArgs,
    @Ctx() { services }: Context,
  ) {
    return services.calls.withdraw(applicationId);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Application, {
    description: "A committee member's scores, 1 to 5 per criterion, replacing their earlier ones",
  })
  scoreApplication(
    @Arg('input', () => ScoreApplicationInput) input: ScoreApplicationInput,
    @Ctx() { services }: Context,
  ) {
    return services.calls.score(input);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Application, {
    description:
      'The committee decides: ACCEPT seats the nominee (SEAT_LIMIT when the sector is full), RESERVE, REJECT',
  })
  decideApplication(
    @Arg('input', () => DecideApplicationInput) input: DecideApplicationInput,
    @Ctx() { services }: Context,
  ) {
    return services.calls.decide(input);
  }

  @FieldResolver(() => Call)
  async call(@Root() application: Application, @Ctx() { loaders }: Context) {
    return (await loaders.callById.load(application.callId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Null for an individual philanthropist' })
  organisation(@Root() application: Application, @Ctx() { loaders }: Context) {
    return application.organisationId ? loaders.organisationById.load(application.organisationId) : null;
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() application: Application, @Ctx() { loaders }: Context): Promise<Topic[]> {
    const topics = await loaders.topicByCode.loadMany(application.topicCodes);
    return topics.filter((topic): topic is Topic => topic !== null && !(topic instanceof Error));
  }

  @FieldResolver(() => ForumMember, { nullable: true, description: 'The seat an acceptance led to' })
  forumMember(@Root() application: Application, @Ctx() { loaders }: Context) {
    return application.forumMemberId ? loaders.forumMemberById.load(application.forumMemberId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may still edit or withdraw it (theirs, and the call still accepts applications)',
  })
  async viewerCanEdit(@Root() application: Application, @Ctx() { loaders, services }: Context): Promise<boolean> {
    if (application.status !== 'SUBMITTED' || !(await services.calls.isApplicantSide(application))) return false;
    const call = await loaders.callById.load(application.callId);
    return call !== null && isAcceptingApplications(call, services.calls.now());
  }

  @FieldResolver(() => [ApplicationScore], {
    nullable: true,
    description: 'Reviewers, PMO, admins only (null + FORBIDDEN otherwise): every score, by criterion',
  })
  async scores(@Root() application: Application, @Ctx() context: Context) {
    await assertReviewerView(application, context);
    return context.loaders.scoresByApplicationId.load(application.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Reviewers, PMO, admins only: the mean of all scores, null when none',
  })
  async averageScore(@Root() application: Application, @Ctx() context: Context) {
    await assertReviewerView(application, context);
    return (await context.loaders.scoreStatsByApplicationId.load(application.id)).averageScore;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Reviewers, PMO, admins only: how many committee members scored it',
  })
  async reviewerCount(@Root() application: Application, @Ctx() context: Context) {
    await assertReviewerView(application, context);
    return (await context.loaders.scoreStatsByApplicationId.load(application.id)).reviewerCount;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Reviewers, PMO, admins only: 1 = best average score among its sector's applications that are not withdrawn; null when unscored",
  })
  async rankInSector(@Root() application: Application, @Ctx() context: Context) {
    await assertReviewerView(application, context);
    return (await context.loaders.scoreStatsByApplicationId.load(application.id)).rankInSector;
  }
}

/** Scores are the committee's: an applicant sees their application and its decision, never its scores. */
async function assertReviewerView(application: Application, context: Context): Promise<void> {
  const call = (await context.loaders.callById.load(application.callId))!;
  assertCanReadApplications(context.viewer, await forumOf(call, context), "An application's scores");
}

@Resolver(() => ApplicationScore)
export class ApplicationScoreResolver {
  @FieldResolver(() => CallCriterion)
  async criterion(@Root() score: ApplicationScore, @Ctx() { loaders }: Context) {
    return score.criterion ?? (await loaders.criterionById.load(score.criterionId))!;
  }

  @FieldResolver(() => String, { description: "The committee member's display name" })
  async reviewerName(@Root() score: ApplicationScore, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.accountById.load(score.reviewerAccountId))?.displayName ?? '';
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer gave this score' })
  isViewers(@Root() score: ApplicationScore, @Ctx() { viewer }: Context): boolean {
    return score.reviewerAccountId === viewer.accountId;
  }
}

/** Adds calls and reserves to Forum here, so the forums module does not depend on calls. */
@Resolver(() => Forum)
export class ForumCallsResolver {
  @FieldResolver(() => [Call], { description: 'Its calls, newest deadline first; drafts only for its managers' })
  async calls(@Root() forum: Forum, @Ctx() { loaders, services }: Context): Promise<Call[]> {
    return (await loaders.callsByForumId.load(forum.id)).filter((call) => services.calls.isVisible(call, forum));
  }

  @FieldResolver(() => [Application], {
    nullable: true,
    description:
      "Applications decided RESERVE for the forum's calls of its current rotation: reviewers, PMO, admins only (null + FORBIDDEN otherwise)",
  })
  reserves(@Root() forum: Forum, @Ctx() { loaders, viewer }: Context) {
    assertCanReadApplications(viewer, forum, "A forum's reserves");
    return loaders.reservesByForumId.load(forum.id);
  }
}
