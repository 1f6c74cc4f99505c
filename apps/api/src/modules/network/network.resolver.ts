import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PartnershipNetwork, PartnershipNetworkFilter } from './network.types.js';

@Resolver(() => PartnershipNetwork)
export class PartnershipNetworkResolver {
  @Authorized('PMO_ANALYST', 'ADMIN', 'CLUSTER_CEO')
  @Query(() => PartnershipNetwork, {
    description:
      'The network of partners: organisations, authorities and people linked by shared partnerships and forum seats, and the cross-sector brokers. People as the forums show them to the viewer',
  })
  partnershipNetwork(
    @Arg('filter', () => PartnershipNetworkFilter, { nullable: true }) filter: PartnershipNetworkFilter | null,
    @Ctx() { services }: Context,
  ) {
    return services.network.network(filter ?? {});
  }
}
