import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { LocalizedText } from '@roundtable/shared/localized';
import type { NetworkLinkKind, NetworkNodeKind } from '@roundtable/shared/network';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';

/**
 * The network of partners as a graph (graphology), and what is measured on it: pure, so the unit
 * tests check the ranking on small graphs; network.service.ts reads the rows and applies who may
 * see whom before anything reaches here.
 */

export interface NetworkPartnerRow {
  partnershipId: string;
  organisationId: string;
}

/** An active forum seat the viewer may see (network.service.ts leaves out the others). */
export interface NetworkSeatRow {
  forumId: string;
  personId: string;
  organisationId: string | null;
  authorityId: string | null;
  sector: SectorCode | null;
}

export interface NetworkNames {
  organisations: ReadonlyMap<string, { name: LocalizedText; sector: SectorCode }>;
  authorities: ReadonlyMap<string, LocalizedText>;
  people: ReadonlyMap<string, LocalizedText>;
  forums: ReadonlyMap<string, LocalizedText>;
}

export interface NetworkNode {
  /** `kind:uuid`, unique across kinds. */
  id: string;
  kind: NetworkNodeKind;
  entityId: string;
  name: LocalizedText;
  /** An organisation's sector; local government for an authority; a person's seat's; null for a forum. */
  sector: SectorCode | null;
  /** Partnerships (under the filter) the organisation is a partner in. */
  partnerships: number;
  /** Forums the organisation, authority or person holds a seat in; a forum's seated members. */
  forums: number;
  /** Nodes it is linked to. */
  degree: number;
  /** Other organisations, authorities and people it shares a partnership, a forum or a seat with. */
  contacts: number;
  /** The sectors among its contacts other than its own, in the sectors' order. */
  sectorsBridged: SectorCode[];
  /** Normalised betweenness centrality (0 to 1): the share of shortest paths passing through it. */
  betweenness: number;
}

export interface NetworkLink {
  source: string;
  target: string;
  kind: NetworkLinkKind;
  /** Shared partnerships for PARTNERSHIP; 1 otherwise. */
  weight: number;
}

export interface NetworkLimits {
  /** The most nodes and links the answer draws. */
  maxNodes: number;
  maxLinks: number;
  brokers: number;
  /** The largest graph measured at all: beyond it, `NetworkTooLargeError`. */
  maxGraphNodes: number;
  maxGraphLinks: number;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
  brokers: NetworkNode[];
  totalNodes: number;
  totalLinks: number;
  /** Fewer nodes or links drawn than the graph holds (the most connected kept, brokers first). */
  truncated: boolean;
}

export class NetworkTooLargeError extends Error {
  constructor(
    readonly what: 'nodes' | 'links',
    readonly maximum: number,
  ) {
    super(`more than ${maximum} ${what}`);
  }
}

interface NodeAttributes {
  kind: NetworkNodeKind;
  entityId: string;
  name: LocalizedText;
  sector: SectorCode | null;
  partnerships: Set<string>;
  forums: Set<string>;
}

interface LinkAttributes {
  kind: NetworkLinkKind;
  weight: number;
}

// The package is CommonJS (`module.exports = betweenness`), which Node's ESM import gives as the
// default; its types declare an ES default export, which NodeNext reads as one level deeper.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

const ACTOR_KINDS: ReadonlySet<NetworkNodeKind> = new Set(['ORGANISATION', 'AUTHORITY', 'PERSON']);
const key = (kind: NetworkNodeKind, id: string) => `${kind.toLowerCase()}:${id}`;
const LOCAL_GOVERNMENT: SectorCode = 'LOCAL_GOVERNMENT';
const UNKNOWN = (id: string): LocalizedText => ({ he: id, ar: null, en: null });

/** Builds the graph and measures it: every node's contacts, sectors bridged and betweenness; the brokers. */
export function buildNetwork(
  partners: readonly NetworkPartnerRow[],
  seats: readonly NetworkSeatRow[],
  names: NetworkNames,
  limits: NetworkLimits,
): Network {
  const graph = new UndirectedGraph<NodeAttributes, LinkAttributes>();
  const node = (kind: NetworkNodeKind, entityId: string, name: LocalizedText, sector: SectorCode | null) => {
    const id = key(kind, entityId);
    if (!graph.hasNode(id)) {
      if (graph.order >= limits.maxGraphNodes) throw new NetworkTooLargeError('nodes', limits.maxGraphNodes);
      graph.addNode(id, { kind, entityId, name, sector, partnerships: new Set(), forums: new Set() });
    }
    return id;
  };
  const link = (a: string, b: string, kind: NetworkLinkKind) => {
    if (a === b) return;
    if (graph.hasEdge(a, b)) {
      graph.updateEdgeAttribute(a, b, 'weight', (weight) => (weight ?? 0) + (kind === 'PARTNERSHIP' ? 1 : 0));
      return;
    }
    if (graph.size >= limits.maxGraphLinks) throw new NetworkTooLargeError('links', limits.maxGraphLinks);
    graph.addUndirectedEdge(a, b, { kind, weight: 1 });
  };
  const organisation = (id: string) => {
    const known = names.organisations.get(id);
    return node('ORGANISATION', id, known?.name ?? UNKNOWN(id), known?.sector ?? null);
  };

  const byPartnership = new Map<string, string[]>();
  for (const row of partners) {
    const organisationNode = organisation(row.organisationId);
    graph.getNodeAttributes(organisationNode).partnerships.add(row.partnershipId);
    const list = byPartnership.get(row.partnershipId) ?? [];
    if (!list.includes(organisationNode)) list.push(organisationNode);
    byPartnership.set(row.partnershipId, list);
  }
  for (const members of byPartnership.values()) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) link(members[i]!, members[j]!, 'PARTNERSHIP');
    }
  }

  for (const seat of seats) {
    const forum = node('FORUM', seat.forumId, names.forums.get(seat.forumId) ?? UNKNOWN(seat.forumId), null);
    const person = node(
      'PERSON',
      seat.personId,
      names.people.get(seat.personId) ?? UNKNOWN(seat.personId),
      seat.sector,
    );
    if (graph.getNodeAttribute(person, 'sector') === null && seat.sector) {
      graph.setNodeAttribute(person, 'sector', seat.sector);
    }
    const seated = [person];
    if (seat.organisationId) seated.push(organisation(seat.organisationId));
    if (seat.authorityId) {
      const name = names.authorities.get(seat.authorityId) ?? UNKNOWN(seat.authorityId);
      seated.push(node('AUTHORITY', seat.authorityId, name, LOCAL_GOVERNMENT));
    }
    for (const actor of seated) {
      link(actor, forum, 'SEAT');
      graph.getNodeAttributes(actor).forums.add(seat.forumId);
      graph.getNodeAttributes(forum).forums.add(actor);
    }
    for (const body of seated.slice(1)) link(person, body, 'REPRESENTS');
  }

  // Unweighted: a heavier link is a closer tie, not a longer path. (The library fails on an empty graph.)
  const betweenness = graph.order === 0 ? {} : betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const nodes = graph.mapNodes((id, attributes): NetworkNode => {
    const contacts = contactsOf(graph, id);
    const own = attributes.sector;
    const bridged = new Set<SectorCode>();
    for (const contact of contacts) {
      const sector = graph.getNodeAttribute(contact, 'sector');
      if (sector && sector !== own) bridged.add(sector);
    }
    return {
      id,
      kind: attributes.kind,
      entityId: attributes.entityId,
      name: attributes.name,
      sector: attributes.sector,
      partnerships: attributes.partnerships.size,
      // A forum's count is its seated members (organisations, authorities and people).
      forums: attributes.forums.size,
      degree: graph.degree(id),
      contacts: contacts.size,
      sectorsBridged: SECTOR_CODES.filter((sector) => bridged.has(sector)),
      betweenness: roundTo(betweenness[id] ?? 0, 6),
    };
  });

  const brokers = nodes
    .filter((n) => ACTOR_KINDS.has(n.kind) && n.sectorsBridged.length > 0)
    .sort(byBrokerRank)
    .slice(0, limits.brokers);

  // What is drawn: the brokers, then the most connected, up to the limit.
  const kept = new Set(brokers.map((n) => n.id));
  for (const n of [...nodes].sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness || compareIds(a, b))) {
    if (kept.size >= limits.maxNodes) break;
    kept.add(n.id);
  }
  const allLinks = graph.mapEdges((_edge, attributes, source, target): NetworkLink => {
    const [first, second] = source < target ? [source, target] : [target, source];
    return { source: first, target: second, kind: attributes.kind, weight: attributes.weight };
  });
  const links = allLinks
    .filter((l) => kept.has(l.source) && kept.has(l.target))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        a.kind.localeCompare(b.kind) ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target),
    );
  const drawnLinks = links.slice(0, limits.maxLinks);
  return {
    nodes: nodes.filter((n) => kept.has(n.id)).sort(compareIds),
    links: drawnLinks,
    brokers,
    totalNodes: graph.order,
    totalLinks: graph.size,
    truncated: kept.size < graph.order || drawnLinks.length < graph.size,
  };
}

/**
 * An actor's contacts: the organisations, authorities and people linked to it directly (a shared
 * partnership, a seat held for an organisation), and those seated in a forum where it sits.
 * A forum's contacts are its seated members.
 */
function contactsOf(graph: UndirectedGraph<NodeAttributes, LinkAttributes>, id: string): Set<string> {
  const contacts = new Set<string>();
  graph.forEachNeighbor(id, (neighbour, attributes) => {
    if (attributes.kind !== 'FORUM') {
      contacts.add(neighbour);
      return;
    }
    graph.forEachNeighbor(neighbour, (other) => {
      if (other !== id) contacts.add(other);
    });
  });
  return contacts;
}

/** Brokers: most sectors bridged, then betweenness, then contacts, then by Hebrew name. */
export function byBrokerRank(a: NetworkNode, b: NetworkNode): number {
  return (
    b.sectorsBridged.length - a.sectorsBridged.length ||
    b.betweenness - a.betweenness ||
    b.contacts - a.contacts ||
    a.name.he.localeCompare(b.name.he, 'he') ||
    compareIds(a, b)
  );
}

function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
