import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../../common/graphql/partial-date.scalar.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Source } from '../sources/source.entity.js';
import { Cluster } from './cluster.entity.js';

/** One source's listing of a membership. `sourceId` is resolved to the Source by a loader. */
@ObjectType({ description: 'A source that lists a membership, and the join date it gives' })
export class MembershipSource {
  sourceId: string;

  @Field(() => Source)
  source?: Source;

  @Field(() => PartialDateScalar, { nullable: true })
  joinedOn: string | null;
}

@ObjectType({ description: "An authority in a cluster's list, with the sources that list it" })
export class ClusterAuthority {
  authorityId: string;

  @Field(() => LocalAuthority)
  authority?: LocalAuthority;

  @Field(() => [MembershipSource])
  sources: MembershipSource[];

  @Field(() => Boolean, {
    description: "True when every source that lists this cluster's members lists this authority",
  })
  isListedByAllSources: boolean;
}

@ObjectType({ description: 'A cluster an authority belongs to, with the sources that say so' })
export class AuthorityClusterMembership {
  clusterId: string;

  @Field(() => Cluster)
  cluster?: Cluster;

  @Field(() => [MembershipSource])
  sources: MembershipSource[];
}

@ObjectType({ description: 'How many authorities one source lists for a cluster' })
export class ClusterSourceCount {
  sourceId: string;

  @Field(() => Source)
  source?: Source;

  @Field(() => Int)
  authorityCount: number;
}
