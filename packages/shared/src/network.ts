/**
 * The network of partners (issue #7, item 5): what its nodes and links are, and its bounds. The
 * API builds it (apps/api/src/modules/network), the dashboard draws it; docs/partnerships.md says
 * how brokers are ranked.
 */

/** An organisation, a local authority, a person (a forum member), or a forum where they sit. */
export const NETWORK_NODE_KINDS = ['ORGANISATION', 'AUTHORITY', 'PERSON', 'FORUM'] as const;
export type NetworkNodeKind = (typeof NETWORK_NODE_KINDS)[number];

/**
 * PARTNERSHIP: two organisations partners in the same partnerships (weight: how many);
 * SEAT: an organisation, authority or person holding a seat in a forum;
 * REPRESENTS: a person sitting in a forum for an organisation or authority.
 */
export const NETWORK_LINK_KINDS = ['PARTNERSHIP', 'SEAT', 'REPRESENTS'] as const;
export type NetworkLinkKind = (typeof NETWORK_LINK_KINDS)[number];

/** The most nodes and links one answer draws: the most connected are kept, `truncated` says so. */
export const MAX_NETWORK_NODES = 300;
export const MAX_NETWORK_LINKS = 1200;
/** How many brokers the answer lists. */
export const NETWORK_BROKERS = 10;
/**
 * The most partner rows (a partnership's partner organisation) and forum seats the API reads for one
 * network: beyond them the graph is too large to measure in one request, and the filter must narrow it.
 */
export const MAX_NETWORK_PARTNER_ROWS = 20_000;
export const MAX_NETWORK_SEATS = 20_000;
