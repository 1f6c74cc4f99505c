import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { IdArgs } from '../identity/identity.args.js';
import { Source } from '../sources/source.entity.js';
import { AddMilestoneInput, UpdateMilestoneInput } from './milestone.inputs.js';
import { Milestone } from './milestone.entity.js';

/** Milestones: where each comes from, and the timelines a cluster's CEO and the PMO unit keep. */
@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Source, { nullable: true })
  source(@Root() milestone: Milestone, @Ctx() { loaders }: Context) {
    return milestone.sourceId ? loaders.sourceById.load(milestone.sourceId) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the viewer may change it: their cluster's (or, for the PMO, a national) milestone no source gives",
  })
  viewerCanEdit(@Root() milestone: Milestone, @Ctx() { viewer }: Context): boolean {
    if (milestone.sourceId) return false;
    return milestone.clusterId ? viewer.canManageCluster(milestone.clusterId) : viewer.hasRole('PMO_ANALYST');
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Milestone, { description: "Adds to a cluster's timeline (its CEO) or the national one (the PMO)" })
  addMilestone(@Arg('input', () => AddMilestoneInput) input: AddMilestoneInput, @Ctx() { services }: Context) {
    return services.milestones.add(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Milestone, { description: 'Changes a milestone someone added; those from a source stay' })
  updateMilestone(@Arg('input', () => UpdateMilestoneInput) input: UpdateMilestoneInput, @Ctx() { services }: Context) {
    return services.milestones.update(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Milestone, { description: 'Removes a milestone someone added; returns it as it was' })
  deleteMilestone(@Args(() => IdArgs) { id }: IdArgs, @Ctx() { services }: Context) {
    return services.milestones.remove(id);
  }
}
