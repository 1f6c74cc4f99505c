import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { DistrictCode } from '@roundtable/shared/districts';
import {
  MAX_NETWORK_LINKS,
  MAX_NETWORK_NODES,
  NETWORK_BROKERS,
  NETWORK_LINK_KINDS,
  NETWORK_NODE_KINDS,
  type NetworkLinkKind,
  type NetworkNodeKind,
} from '@roundtable/shared/network';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { registerCodeEnum } from '../../common/graphql/enum.js';
import { LocalizedText } from '../../common/graphql/localized-text.type.js';
import { DistrictCodeEnum } from '../geography/geography.enums.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';

export const NetworkNodeKindEnum = registerCodeEnum(
  NETWORK_NODE_KINDS,
  'NetworkNodeKind',
  'An organisation, a local authority, a person (a forum member), or a forum',
);
export const NetworkLinkKindEnum = registerCodeEnum(
  NETWORK_LINK_KINDS,
  'NetworkLinkKind',
  'PARTNERSHIP: two organisations partners in the same partnerships; SEAT: a seat in a forum; REPRESENTS: a person seated for an organisation or authority',
);

/** A list whose length the API bounds: priced at that bound, so the query-cost limit sees it. */
const bounded =
  (size: number) =>
  ({ childComplexity }: { childComplexity: number }) =>
    1 + size * childComplexity;

@InputType({ description: 'Narrows the network; every condition given must hold' })
export class PartnershipNetworkFilter {
  @Field(() => Int, {
    nullable: true,
    description: 'Partnerships advancing this direction (1–7), and the forums where their partner organisations sit',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'direction is 1 to 7' })
  @Max(7, { message: 'direction is 1 to 7' })
  direction?: number | null;

  @Field(() => DistrictCodeEnum, {
    nullable: true,
    description: 'Partnerships working in this district, and the forums of its clusters (national forums have none)',
  })
  district?: DistrictCode | null;
}

@ObjectType({ description: 'An organisation, authority, person or forum in the network' })
export class NetworkNode {
  @Field(() => ID, { description: 'kind:uuid, unique across kinds; links name nodes by it' })
  id: string;

  @Field(() => NetworkNodeKindEnum)
  kind: NetworkNodeKind;

  @Field(() => ID, { description: "The organisation's, authority's, person's or forum's own id" })
  entityId: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => SectorCodeEnum, {
    nullable: true,
    description: "An organisation's sector; local government for an authority; a person's seat's; null for a forum",
  })
  sector: SectorCode | null;

  @Field(() => Int, { description: 'Partnerships (under the filter) the organisation is a partner in' })
  partnerships: number;

  @Field(() => Int, { description: 'Forums it holds a seat in; for a forum, its seated members in the network' })
  forums: number;

  @Field(() => Int, { description: 'Nodes it is linked to' })
  degree: number;

  @Field(() => Int, {
    description: 'Organisations, authorities and people it shares a partnership, a forum or a seat with',
  })
  contacts: number;

  @Field(() => [SectorCodeEnum], {
    description: 'The sectors among its contacts other than its own',
    complexity: bounded(SECTOR_CODES.length),
  })
  sectorsBridged: SectorCode[];

  @Field(() => Float, { description: 'Normalised betweenness centrality, 0 to 1' })
  betweenness: number;
}

@ObjectType({ description: 'A link between two nodes of the network' })
export class NetworkLink {
  @Field(() => ID)
  source: string;

  @Field(() => ID)
  target: string;

  @Field(() => NetworkLinkKindEnum)
  kind: NetworkLinkKind;

  @Field(() => Int, { description: 'Partnerships shared, for PARTNERSHIP; 1 otherwise' })
  weight: number;
}

@ObjectType({
  description:
    'Organisations and people linked by shared partnerships and forum seats, from live data, with the cross-sector brokers',
})
export class PartnershipNetwork {
  @Field(() => [NetworkNode], {
    description: `The nodes drawn: the brokers, then the most connected, at most ${MAX_NETWORK_NODES}`,
    complexity: bounded(MAX_NETWORK_NODES),
  })
  nodes: NetworkNode[];

  @Field(() => [NetworkLink], {
    description: `The links between the nodes drawn, heaviest first, at most ${MAX_NETWORK_LINKS}`,
    complexity: bounded(MAX_NETWORK_LINKS),
  })
  links: NetworkLink[];

  @Field(() => [NetworkNode], {
    description: `The ${NETWORK_BROKERS} most connected cross-sector brokers: most sectors bridged, then betweenness, then contacts`,
    complexity: bounded(NETWORK_BROKERS),
  })
  brokers: NetworkNode[];

  @Field(() => Int, { description: 'Nodes in the whole graph' })
  totalNodes: number;

  @Field(() => Int, { description: 'Links in the whole graph' })
  totalLinks: number;

  @Field(() => Boolean, { description: 'True when fewer nodes or links are drawn than the graph holds' })
  truncated: boolean;
}
