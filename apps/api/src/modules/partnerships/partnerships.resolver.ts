import { Arg, Args, Authorized, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { dateInIsrael } from '@roundtable/shared/forums';
import {
  lateMilestones,
  nextReportDue,
  statusLight,
  type StatusLight,
  type StatusLightInput,
} from '@roundtable/shared/partnerships';
import { ACTION_DIRECTIONS } from '@roundtable/shared/action-directions';
import { DISTRICTS } from '@roundtable/shared/districts';
import { SDGS } from '@roundtable/shared/sdgs';
import { SECTOR_CODES, SECTORS, type SectorCode } from '@roundtable/shared/sectors';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText } from '../../common/graphql/localized-text.type.js';
import type { Context } from '../../context.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { District } from '../geography/district.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { ActionDirection } from '../reference/action-direction.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sdg } from '../reference/sdg.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { Source } from '../sources/source.entity.js';
import {
  PartnershipDashboard,
  PartnershipDashboardFilter,
  PartnershipDirectionCount,
  PartnershipDistrictCount,
  PartnershipSdgCount,
  PartnershipSectorCount,
} from './partnership-dashboard.types.js';
import { PartnershipIndicator } from './partnership-indicator.entity.js';
import { PartnershipMilestone } from './partnership-milestone.entity.js';
import { PartnershipPartner } from './partnership-partner.entity.js';
import { partnershipSectors } from './partnership-sectors.js';
import { Partnership } from './partnership.entity.js';
import {
  PartnershipArgs,
  PartnershipIndicatorArgs,
  PartnershipMilestoneArgs,
  PartnershipPartnerArgs,
  PartnershipsArgs,
} from './partnerships.args.js';
import { StatusLightEnum } from './partnerships.enums.js';
import {
  AddPartnershipIndicatorInput,
  AddPartnershipMilestoneInput,
  AddPartnershipPartnerInput,
  CreatePartnershipInput,
  ReportPartnershipProgressInput,
  UpdatePartnershipIndicatorInput,
  UpdatePartnershipInput,
  UpdatePartnershipMilestoneInput,
} from './partnerships.inputs.js';
import { PartnershipConnection } from './partnerships.types.js';
import { ProgressReport, ProgressReportValue } from './progress-report.entity.js';

/** Who may create one: a cluster's CEO (for their cluster) or the PMO unit (a national one); the service checks the scope. */
const CREATORS = ['CLUSTER_CEO', 'PMO_ANALYST'] as const;

async function lightInput(partnership: Partnership, { loaders }: Context): Promise<StatusLightInput> {
  const [milestones, last] = await Promise.all([
    loaders.milestonesByPartnershipId.load(partnership.id),
    loaders.lastReportOnByPartnershipId.load(partnership.id),
  ]);
  return {
    status: partnership.status,
    startOn: partnership.startOn,
    registeredOn: dateInIsrael(partnership.createdAt),
    lastReportOn: last?.lastReportOn ?? null,
    reportingPeriodMonths: partnership.reportingPeriodMonths,
    milestones,
  };
}

/**
 * The partnerships registry: public reads, and the changes its managers (the cluster's CEO, the
 * PMO unit for a national one) and its partner organisations' accounts make. Edits need an
 * account; the service decides the scope (rule 6).
 */
@Resolver(() => Partnership)
export class PartnershipResolver {
  @Authorized(PUBLIC)
  @Query(() => PartnershipConnection, { description: 'Partnerships, newest registered first; public' })
  partnerships(@Args(() => PartnershipsArgs) args: PartnershipsArgs, @Ctx() { services }: Context) {
    return services.partnerships.list(args);
  }

  @Authorized(PUBLIC)
  @Query(() => Partnership)
  partnership(@Args(() => PartnershipArgs) { id }: PartnershipArgs, @Ctx() { services }: Context) {
    return services.partnerships.one(id);
  }

  @Authorized(...CREATORS)
  @Mutation(() => Partnership, {
    description:
      "Registers a partnership: a cluster's (its CEO; INTER_MUNICIPAL ones always belong to a cluster) or a national cross-sector one (the PMO unit)",
  })
  createPartnership(
    @Arg('input', () => CreatePartnershipInput) input: CreatePartnershipInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.create(input);
  }

  @Authorized()
  @Mutation(() => Partnership, {
    description: 'Its managers and its partners’ accounts; kind and cluster are fixed once registered',
  })
  updatePartnership(
    @Arg('input', () => UpdatePartnershipInput) input: UpdatePartnershipInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.update(input);
  }

  @Authorized()
  @Mutation(() => Partnership, { description: 'CONFLICT when the organisation is a partner already' })
  addPartnershipPartner(
    @Arg('input', () => AddPartnershipPartnerInput) input: AddPartnershipPartnerInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.addPartner(input);
  }

  @Authorized()
  @Mutation(() => Partnership)
  removePartnershipPartner(
    @Args(() => PartnershipPartnerArgs) args: PartnershipPartnerArgs,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.removePartner(args);
  }

  @Authorized()
  @Mutation(() => Partnership)
  addPartnershipMilestone(
    @Arg('input', () => AddPartnershipMilestoneInput) input: AddPartnershipMilestoneInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.addMilestone(input);
  }

  @Authorized()
  @Mutation(() => Partnership, { description: 'doneOn marks it done (today or earlier); null marks it not done' })
  updatePartnershipMilestone(
    @Arg('input', () => UpdatePartnershipMilestoneInput) input: UpdatePartnershipMilestoneInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.updateMilestone(input);
  }

  @Authorized()
  @Mutation(() => Partnership)
  removePartnershipMilestone(
    @Args(() => PartnershipMilestoneArgs) { milestoneId }: PartnershipMilestoneArgs,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.removeMilestone(milestoneId);
  }

  @Authorized()
  @Mutation(() => Partnership)
  addPartnershipIndicator(
    @Arg('input', () => AddPartnershipIndicatorInput) input: AddPartnershipIndicatorInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.addIndicator(input);
  }

  @Authorized()
  @Mutation(() => Partnership)
  updatePartnershipIndicator(
    @Arg('input', () => UpdatePartnershipIndicatorInput) input: UpdatePartnershipIndicatorInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.updateIndicator(input);
  }

  @Authorized()
  @Mutation(() => Partnership, { description: 'CONFLICT once a progress report recorded a value of it' })
  removePartnershipIndicator(
    @Args(() => PartnershipIndicatorArgs) { indicatorId }: PartnershipIndicatorArgs,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.removeIndicator(indicatorId);
  }

  @Authorized()
  @Mutation(() => ProgressReport, {
    description:
      "A dated progress report with indicator values, kept as history; its managers and its partners' accounts. The same idempotencyKey returns the same report",
  })
  reportPartnershipProgress(
    @Arg('input', () => ReportPartnershipProgressInput) input: ReportPartnershipProgressInput,
    @Ctx() { services }: Context,
  ) {
    return services.partnerships.report(input);
  }

  @FieldResolver(() => Cluster, { nullable: true, description: 'Null for a national partnership' })
  cluster(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return partnership.clusterId ? loaders.clusterById.load(partnership.clusterId) : null;
  }

  @FieldResolver(() => [PartnershipPartner], { description: 'The lead first, then funders, then partners' })
  partners(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.partnersByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => [SectorCodeEnum], {
    description:
      "The sectors it involves, in the sectors' order: its partners', and local government for a cluster's partnership (its authorities)",
  })
  async sectors(@Root() partnership: Partnership, @Ctx() { loaders }: Context): Promise<SectorCode[]> {
    const partners = await loaders.partnersByPartnershipId.load(partnership.id);
    const organisations = await loaders.organisationById.loadMany(partners.map((p) => p.organisationId));
    const sectors = partnershipSectors(
      organisations.flatMap((o) => (o instanceof Error || o === null ? [] : [o.sectorCode])),
      partnership.clusterId,
    );
    return SECTOR_CODES.filter((code) => sectors.has(code));
  }

  @FieldResolver(() => [District])
  districts(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.districtsByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => [ActionDirection], { description: 'The action directions (seed 004) it advances' })
  directions(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.directionsByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => [Sdg], { description: 'The Sustainable Development Goals it contributes to' })
  sdgs(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.sdgsByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => [String], { description: 'SDG targets, such as 11.6; each of one of its goals' })
  async sdgTargets(@Root() partnership: Partnership, @Ctx() { loaders }: Context): Promise<string[]> {
    return (await loaders.sdgTargetsByPartnershipId.load(partnership.id)).map((row) => row.target);
  }

  @FieldResolver(() => [Topic])
  topics(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.topicsByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => [PartnershipMilestone], { description: 'By due day; those without one last' })
  milestones(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.milestonesByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => [PartnershipIndicator])
  indicators(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.indicatorsByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => [ProgressReport], { description: 'Every report, never changed: the latest day first' })
  reports(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return loaders.reportsByPartnershipId.load(partnership.id);
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'The latest report’s day' })
  async lastReportedOn(@Root() partnership: Partnership, @Ctx() { loaders }: Context): Promise<string | null> {
    return (await loaders.lastReportOnByPartnershipId.load(partnership.id))?.lastReportOn ?? null;
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description:
      'One reporting period after the last report (else the start, else registration); null when it does not report',
  })
  async nextReportDueOn(@Root() partnership: Partnership, @Ctx() context: Context): Promise<string | null> {
    return nextReportDue(await lightInput(partnership, context));
  }

  @FieldResolver(() => StatusLightEnum, {
    nullable: true,
    description:
      "By the server's clock: INACTIVE, else OVERDUE, else AT_RISK, else ON_TRACK (docs/partnerships.md); null unless PLANNING or ACTIVE",
  })
  async statusLight(@Root() partnership: Partnership, @Ctx() context: Context): Promise<StatusLight | null> {
    return statusLight(await lightInput(partnership, context), context.services.partnerships.today());
  }

  @FieldResolver(() => Int, { description: 'Milestones past their due day and not done' })
  async lateMilestoneCount(@Root() partnership: Partnership, @Ctx() context: Context): Promise<number> {
    const milestones = await context.loaders.milestonesByPartnershipId.load(partnership.id);
    return lateMilestones(milestones, context.services.partnerships.today());
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The document it is known from, for seeded ones' })
  source(@Root() partnership: Partnership, @Ctx() { loaders }: Context) {
    return partnership.sourceId ? loaders.sourceById.load(partnership.sourceId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may change it and report its progress (its manager, or a partner's account)",
  })
  viewerCanEdit(@Root() partnership: Partnership, @Ctx() { services }: Context) {
    return services.partnerships.canEdit(partnership);
  }
}

@Resolver(() => PartnershipPartner)
export class PartnershipPartnerResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() partner: PartnershipPartner, @Ctx() { loaders }: Context) {
    return (await loaders.organisationById.load(partner.organisationId))!;
  }

  @FieldResolver(() => SectorCodeEnum, { description: "The organisation's sector" })
  async sector(@Root() partner: PartnershipPartner, @Ctx() { loaders }: Context): Promise<SectorCode> {
    return (await loaders.organisationById.load(partner.organisationId))!.sectorCode;
  }
}

@Resolver(() => PartnershipIndicator)
export class PartnershipIndicatorResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'The value the latest report gave; null before any' })
  async actual(@Root() indicator: PartnershipIndicator, @Ctx() { loaders }: Context): Promise<number | null> {
    return (await loaders.latestValueByIndicatorId.load(indicator.id))?.value ?? null;
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'The day of the report that gave `actual`' })
  async actualReportedOn(@Root() indicator: PartnershipIndicator, @Ctx() { loaders }: Context) {
    return (await loaders.latestValueByIndicatorId.load(indicator.id))?.reportedOn ?? null;
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => [ProgressReportValue])
  values(@Root() report: ProgressReport, @Ctx() { loaders }: Context) {
    return loaders.valuesByReportId.load(report.id);
  }

  @FieldResolver(() => Partnership)
  async partnership(@Root() report: ProgressReport, @Ctx() { loaders }: Context) {
    return (await loaders.partnershipById.load(report.partnershipId))!;
  }
}

@Resolver(() => ProgressReportValue)
export class ProgressReportValueResolver {
  @FieldResolver(() => PartnershipIndicator)
  async indicator(@Root() value: ProgressReportValue, @Ctx() { loaders }: Context) {
    return (await loaders.indicatorById.load(value.indicatorId))!;
  }
}

/** Adds partnerships to Cluster here, so the clusters module does not depend on partnerships. */
@Resolver(() => Cluster)
export class ClusterPartnershipsResolver {
  @FieldResolver(() => [Partnership], { description: "The cluster's partnerships, newest registered first" })
  partnerships(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return loaders.partnershipsByClusterId.load(cluster.id);
  }
}

@Resolver(() => PartnershipDashboard)
export class PartnershipDashboardResolver {
  @Authorized('PMO_ANALYST', 'ADMIN')
  @Query(() => PartnershipDashboard, {
    description:
      "The PMO unit's national figures, all under one filter: by direction, sector mix, district, SDG, quarter and status light",
  })
  partnershipDashboard(
    @Arg('filter', () => PartnershipDashboardFilter, { nullable: true }) filter: PartnershipDashboardFilter | null,
    @Ctx() { services }: Context,
  ) {
    return services.partnershipDashboard.dashboard(filter ?? {});
  }
}

/**
 * Names for the dashboard's rows, in the three languages, from packages/shared (the reference
 * tables are seeded from the same lists), so one request draws a labelled chart.
 */
@Resolver(() => PartnershipDirectionCount)
export class PartnershipDirectionCountResolver {
  @FieldResolver(() => LocalizedText)
  title(@Root() row: PartnershipDirectionCount): LocalizedText {
    return ACTION_DIRECTIONS.find((direction) => direction.number === row.direction)!.title;
  }
}

@Resolver(() => PartnershipSectorCount)
export class PartnershipSectorCountResolver {
  @FieldResolver(() => LocalizedText)
  name(@Root() row: PartnershipSectorCount): LocalizedText {
    return SECTORS.find((sector) => sector.code === row.sector)!.name;
  }
}

@Resolver(() => PartnershipDistrictCount)
export class PartnershipDistrictCountResolver {
  @FieldResolver(() => LocalizedText)
  name(@Root() row: PartnershipDistrictCount): LocalizedText {
    return DISTRICTS.find((district) => district.code === row.district)!.name;
  }
}

@Resolver(() => PartnershipSdgCount)
export class PartnershipSdgCountResolver {
  @FieldResolver(() => LocalizedText)
  title(@Root() row: PartnershipSdgCount): LocalizedText {
    return SDGS.find((sdg) => sdg.number === row.sdg)!.title;
  }

  @FieldResolver(() => String, { description: "The UN's colour for the goal, #RRGGBB" })
  color(@Root() row: PartnershipSdgCount): string {
    return SDGS.find((sdg) => sdg.number === row.sdg)!.color;
  }
}
