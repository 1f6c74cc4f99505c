/** A cluster's stage, from a candidate in a Ministry of Interior call to an active body (domain.md). */
export const CLUSTER_STAGES = ['CANDIDATE', 'FORMING', 'INCORPORATING', 'ACTIVE'] as const;
export type ClusterStage = (typeof CLUSTER_STAGES)[number];

/** איגוד ערים, or a municipal corporation (תאגיד עירוני / חברה בע"מ). Null while it has none. */
export const CLUSTER_LEGAL_FORMS = ['CITIES_ASSOCIATION', 'MUNICIPAL_CORPORATION'] as const;
export type ClusterLegalForm = (typeof CLUSTER_LEGAL_FORMS)[number];
